// <job-copy>: copies a job description formatted (HTML with plain text beside it) or as Markdown, or
// downloads it as .md. When the browser refuses the clipboard, the text is shown selected so the
// reader can copy it by hand. The .docx is a plain link, built with the page.
import { copyWithFallback, downloadText } from './clipboard.ts';
import { isJobCopyData, type JobCopyData } from './job-copy-data.ts';
import { WidgetElement } from './widget-element.ts';

/**
 * Copies `html` with the text beside it as text/plain, so Word, Google Docs and ATS editors keep the
 * headings and lists and a plain field gets the text; where the browser cannot write both (no
 * ClipboardItem), the text alone. False when the browser refuses. Here, not in clipboard.ts, so the
 * other widgets' pages do not ship it.
 */
const copyFormatted = (html: string) => async (text: string) => {
  try {
    const { clipboard } = navigator;
    if (!clipboard) return false;
    if (clipboard.write && typeof ClipboardItem === 'function') {
      const flavour = (type: string, content: string) => new Blob([content], { type });
      await clipboard.write([new ClipboardItem({ 'text/html': flavour('text/html', html), 'text/plain': flavour('text/plain', text) })]);
    } else await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};

class JobCopy extends WidgetElement<JobCopyData> {
  protected readonly isData = isJobCopyData;

  protected start() {
    const { markdown, text, html, filename } = this.data;
    const status = this.find('status');
    const formatted = copyFormatted(html);
    this.on(
      'copy-formatted',
      'click',
      () => void copyWithFallback(this, text, status, 'the job description with its headings and lists', formatted),
    );
    this.on('copy-markdown', 'click', () => void copyWithFallback(this, markdown, status, 'the job description as Markdown'));
    this.on('download', 'click', () => downloadText(this, filename, 'text/markdown', markdown, status));
  }
}

customElements.define('job-copy', JobCopy);
