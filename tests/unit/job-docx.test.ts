// The Word file of a job description: a well-formed .docx (opened with the zip reader in
// tests/helpers/zip.ts) whose paragraphs are the same document as the copied texts, in Word's own
// heading and list styles, with the source page as a hyperlink.
import { describe, expect, it } from 'vitest';
import { jobToDocx } from '../../src/lib/job-docx.ts';
import { jobDocument, type JobText } from '../../src/lib/job-text.ts';
import { readZip } from '../helpers/zip.ts';
import { docxParagraphs } from '../helpers/docx.ts';

const job: JobText = {
  roleName: 'Search and discovery',
  title: 'Search & discovery lead',
  url: 'https://x.test/roles/search-discovery/hiring/#lead',
  purpose: 'Owns search across site, punchout and quick order.',
  scope: 'Search on the site and in punchout <cXML> sessions',
  responsibilities: ['Run the weekly triage', 'Tune synonyms from buyer language'],
  success6Months: ['Zero-result rate falls week on week'],
  success12Months: ['Part-number hit rate reaches its target'],
  requirements: ['Has run a relevance test set'],
  notRequired: ['A computer science degree'],
  reportsTo: 'Head of e-commerce',
};

describe('job description as .docx', async () => {
  const files = readZip(await jobToDocx(job, 'Commerce Ownership Playbook'));
  const xml = (path: string) => {
    const file = files.get(path);
    if (!file) throw new Error(`the .docx has no ${path}`);
    return file.toString('utf8');
  };

  it('is a Word document package', () => {
    expect(xml('[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(xml('_rels/.rels')).toContain('word/document.xml');
    expect(xml('docProps/core.xml')).toContain('<dc:title>Search &amp; discovery lead</dc:title>');
  });

  it('holds the same document as the copied texts, headings and bullets in Word styles', () => {
    const doc = jobDocument(job);
    const expected = [
      { style: 'Heading1', text: doc.title },
      ...doc.intro.map((p) => ({ style: '', text: `${p.label ? `${p.label} ` : ''}${p.text}` })),
      ...doc.sections.flatMap((s) => [
        { style: 'Heading2', text: s.heading },
        ...s.items.map((text) => ({ style: 'ListParagraph', text })),
      ]),
      { style: '', text: `Source: ${doc.source.label}` },
    ];
    expect(docxParagraphs(xml('word/document.xml')).map(({ style, text }) => ({ style, text }))).toEqual(expected);
  });

  it('lists with real bullets and links the source page', () => {
    const items = docxParagraphs(xml('word/document.xml')).filter((p) => p.style === 'ListParagraph');
    expect(items.every((p) => p.numbered)).toBe(true);
    expect(xml('word/numbering.xml')).toContain('w:val="bullet"');
    // Word keeps a link's #fragment as the hyperlink's anchor and joins the two when it opens it.
    const [target, fragment] = job.url.split('#');
    expect(xml('word/_rels/document.xml.rels')).toContain(`Target="${target}" TargetMode="External"`);
    expect(xml('word/document.xml')).toContain(`w:anchor="${fragment}"`);
  });
});
