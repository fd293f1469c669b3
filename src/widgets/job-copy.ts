// <job-copy>: copies a job description as Markdown or plain text, or downloads it as .md. When the
// browser refuses the clipboard, the text is shown selected so the reader can copy it by hand.
import { copyWithFallback, downloadText } from './clipboard.ts';

class JobCopy extends HTMLElement {
  connectedCallback() {
    const json = this.querySelector('[data-job]')?.textContent;
    if (!json) return;
    const job = JSON.parse(json) as { markdown: string; text: string; filename: string };
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    this.querySelector<HTMLElement>('[data-buttons]')!.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', () => {
        const markdown = button.dataset.copy === 'markdown';
        void copyWithFallback(
          this,
          markdown ? job.markdown : job.text,
          status,
          markdown ? 'the job description as Markdown' : 'the job description as plain text',
        );
      });
    }
    this.querySelector('[data-download]')!.addEventListener('click', () => {
      downloadText(this, job.filename, 'text/markdown', job.markdown);
      status.textContent = `Downloaded ${job.filename}.`;
    });
  }
}

customElements.define('job-copy', JobCopy);
