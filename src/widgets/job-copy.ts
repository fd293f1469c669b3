// <job-copy>: copies a job description as Markdown or plain text, or downloads it as .md. When the
// browser refuses the clipboard, the text is shown selected so the reader can copy it by hand.
import { copyWithFallback, downloadText } from './clipboard.ts';
import { isJobCopyData, type JobCopyData } from './job-copy-data.ts';
import { WidgetElement } from './widget-element.ts';

class JobCopy extends WidgetElement<JobCopyData> {
  protected readonly isData = isJobCopyData;

  protected start() {
    const { markdown, text, filename } = this.data;
    const status = this.find('status');
    this.on('copy-markdown', 'click', () => void copyWithFallback(this, markdown, status, 'the job description as Markdown'));
    this.on('copy-text', 'click', () => void copyWithFallback(this, text, status, 'the job description as plain text'));
    this.on('download', 'click', () => downloadText(this, filename, 'text/markdown', markdown, status));
  }
}

customElements.define('job-copy', JobCopy);
