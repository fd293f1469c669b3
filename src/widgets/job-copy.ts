// <job-copy>: copies a job description formatted (HTML with plain text beside it) or as Markdown, or
// downloads it as .md. When the browser refuses the clipboard, the text is shown selected so the
// reader can copy it by hand. The .docx is a plain link, built with the page.
import { copyWithFallback, downloadText } from './clipboard.ts';
import { isJobCopyData, type JobCopyData } from './job-copy-data.ts';
import { WidgetElement } from './widget-element.ts';

class JobCopy extends WidgetElement<JobCopyData> {
  protected readonly isData = isJobCopyData;

  protected start() {
    const { markdown, text, html, filename } = this.data;
    const status = this.find('status');
    this.on(
      'copy-formatted',
      'click',
      () => void copyWithFallback(this, text, status, 'the job description with its headings and lists', html),
    );
    this.on('copy-markdown', 'click', () => void copyWithFallback(this, markdown, status, 'the job description as Markdown'));
    this.on('download', 'click', () => downloadText(this, filename, 'text/markdown', markdown, status));
  }
}

customElements.define('job-copy', JobCopy);
