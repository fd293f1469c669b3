// The data JobCopy.astro embeds for <job-copy>: one job description, already written as Markdown,
// as plain text and as HTML at build time (src/lib/job-text.ts), and the download's file name.
import { jobFileName, jobToHtml, jobToMarkdown, jobToPlainText } from '../lib/job-text.ts';
import type { JobDescription } from '../schemas/hiring.ts';
import type { Role } from '../schemas/role.ts';
import { hasFields } from './widget-data.ts';

export interface JobCopyData {
  markdown: string;
  text: string;
  /** The rich clipboard flavour: headings and lists that Word, Google Docs and ATS editors keep. */
  html: string;
  filename: string;
}

/** `url` is the job description's public address, linked from the copied text. */
export function jobCopyData(role: Pick<Role, 'id' | 'name'>, job: JobDescription, url: string): JobCopyData {
  const text = { ...job, roleName: role.name, url };
  return {
    markdown: jobToMarkdown(text),
    text: jobToPlainText(text),
    html: jobToHtml(text),
    filename: jobFileName(role.id, job.level),
  };
}

export const isJobCopyData = hasFields<JobCopyData>({ markdown: 'string', text: 'string', html: 'string', filename: 'string' });
