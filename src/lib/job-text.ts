/**
 * A job description as one structured document (jobDocument), and that document written out for
 * each place it goes: Markdown (a ticket, an ATS or a wiki), plain text (an email or a form field)
 * and HTML (the clipboard's rich flavour, so it pastes into Word, Google Docs and ATS editors with
 * its headings and lists). job-docx.ts writes the same document as a Word file. Pure; job-copy-data.ts
 * writes the texts at build time for the copy buttons.
 */

import type { JobDescription } from '../schemas/hiring.ts';

/** A job description as the copy buttons give it: the level's text, the role's name and the page's address. */
export type JobText = Pick<
  JobDescription,
  'title' | 'purpose' | 'scope' | 'responsibilities' | 'success6Months' | 'success12Months' | 'requirements' | 'notRequired' | 'reportsTo'
> & { roleName: string; url: string };

/** A paragraph, optionally led by a bold label ("Reports to:"). */
interface JobParagraph {
  label?: string;
  text: string;
}

/** The job description as every format writes it: a title, opening paragraphs, headed lists and its source. */
export interface JobDocument {
  title: string;
  intro: JobParagraph[];
  sections: { heading: string; items: string[] }[];
  source: { label: string; url: string };
}

export function jobDocument(j: JobText): JobDocument {
  return {
    title: j.title,
    intro: [{ text: j.purpose }, { label: 'Scope:', text: j.scope }, { label: 'Reports to:', text: j.reportsTo }],
    sections: [
      { heading: 'What you will do', items: j.responsibilities },
      { heading: 'What success looks like after 6 months', items: j.success6Months },
      { heading: 'What success looks like after 12 months', items: j.success12Months },
      { heading: 'What you bring', items: j.requirements },
      { heading: 'What we deliberately do not require', items: j.notRequired },
    ],
    source: { label: `${j.roleName} hiring kit`, url: j.url },
  };
}

/** Escapes the characters that would change the meaning of a Markdown line. */
export const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function jobToMarkdown(j: JobText): string {
  const doc = jobDocument(j);
  const lines = [`# ${escapeMarkdown(doc.title)}`];
  for (const p of doc.intro) lines.push('', `${p.label ? `**${p.label}** ` : ''}${escapeMarkdown(p.text)}`);
  for (const s of doc.sections) lines.push('', `## ${s.heading}`, '', ...s.items.map((i) => `- ${escapeMarkdown(i)}`));
  lines.push('', `Source: [${escapeMarkdown(doc.source.label)}](${doc.source.url})`, '');
  return lines.join('\n');
}

export function jobToPlainText(j: JobText): string {
  const doc = jobDocument(j);
  const lines = [doc.title.toUpperCase()];
  for (const p of doc.intro) lines.push('', `${p.label ? `${p.label} ` : ''}${p.text}`);
  for (const s of doc.sections) lines.push('', `${s.heading}:`, ...s.items.map((i) => `  • ${i}`));
  lines.push('', `Source: ${doc.source.url}`, '');
  return lines.join('\n');
}

/** Escapes text for HTML element content and double-quoted attribute values. */
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A fragment of plain headings, paragraphs and lists, with no styles, for editors to take on their own. */
export function jobToHtml(j: JobText): string {
  const doc = jobDocument(j);
  const html = [`<h1>${escapeHtml(doc.title)}</h1>`];
  for (const p of doc.intro) html.push(`<p>${p.label ? `<strong>${escapeHtml(p.label)}</strong> ` : ''}${escapeHtml(p.text)}</p>`);
  for (const s of doc.sections)
    html.push(`<h2>${escapeHtml(s.heading)}</h2>`, `<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
  html.push(`<p>Source: <a href="${escapeHtml(doc.source.url)}">${escapeHtml(doc.source.label)}</a></p>`);
  return html.join('\n');
}

/** A file name for a download, e.g. "search-discovery-lead.md". */
export const jobFileName = (roleId: string, level: string, extension: 'md' | 'docx' = 'md') => `${roleId}-${level}.${extension}`;
