// <job-copy>: copies a job description as Markdown or plain text, or downloads it as .md. When the
// browser refuses the clipboard, the text is shown selected so the reader can copy it by hand.
import { copyText, downloadText } from './clipboard.ts';

class JobCopy extends HTMLElement {
  connectedCallback() {
    const json = this.querySelector('[data-job]')?.textContent;
    if (!json) return;
    const job = JSON.parse(json) as { markdown: string; text: string; filename: string };
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const fallback = this.querySelector<HTMLElement>('[data-fallback]')!;
    const area = this.querySelector<HTMLTextAreaElement>('[data-fallback-text]')!;
    this.querySelector<HTMLElement>('[data-buttons]')!.hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', async () => {
        const kind = button.dataset.copy === 'markdown' ? 'Markdown' : 'plain text';
        const text = button.dataset.copy === 'markdown' ? job.markdown : job.text;
        if (await copyText(text)) {
          fallback.hidden = true;
          status.textContent = `Copied as ${kind}.`;
        } else {
          area.value = text;
          fallback.hidden = false;
          area.focus();
          area.select();
          status.textContent = `Copying was refused; the ${kind} is selected below.`;
        }
      });
    }
    this.querySelector('[data-download]')!.addEventListener('click', () => {
      downloadText(this, job.filename, 'text/markdown', job.markdown);
      status.textContent = `Downloaded ${job.filename}.`;
    });
  }
}

customElements.define('job-copy', JobCopy);
