/**
 * A job description as Markdown (for a ticket, an ATS or a wiki) and as plain text (for an email
 * or a form field). Pure; job-copy-data.ts writes both at build time for the copy buttons.
 */

import type { JobDescription } from '../schemas/hiring.ts';

/** A job description as the copy buttons give it: the level's text, the role's name and the page's address. */
export type JobText = Pick<
  JobDescription,
  'title' | 'purpose' | 'responsibilities' | 'success6Months' | 'success12Months' | 'requirements' | 'notRequired' | 'reportsTo'
> & { roleName: string; url: string };

const SECTIONS = (j: JobText): [string, string[]][] => [
  ['What you will do', j.responsibilities],
  ['What success looks like after 6 months', j.success6Months],
  ['What success looks like after 12 months', j.success12Months],
  ['What you bring', j.requirements],
  ['What we deliberately do not require', j.notRequired],
];

/** Escapes the characters that would change the meaning of a Markdown line. */
export const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function jobToMarkdown(j: JobText): string {
  const lines = [`# ${escapeMarkdown(j.title)}`, '', escapeMarkdown(j.purpose), '', `**Reports to:** ${escapeMarkdown(j.reportsTo)}`];
  for (const [heading, items] of SECTIONS(j)) lines.push('', `## ${heading}`, '', ...items.map((i) => `- ${escapeMarkdown(i)}`));
  lines.push('', `Source: [${escapeMarkdown(j.roleName)} hiring kit](${j.url})`, '');
  return lines.join('\n');
}

export function jobToPlainText(j: JobText): string {
  const lines = [j.title.toUpperCase(), '', j.purpose, '', `Reports to: ${j.reportsTo}`];
  for (const [heading, items] of SECTIONS(j)) lines.push('', `${heading}:`, ...items.map((i) => `  • ${i}`));
  lines.push('', `Source: ${j.url}`, '');
  return lines.join('\n');
}

/** A file name for the Markdown download, e.g. "search-discovery-lead.md". */
export const jobFileName = (roleId: string, level: string) => `${roleId}-${level}.md`;
