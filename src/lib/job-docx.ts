/**
 * A job description as a Word file (.docx), written from the same document as its Markdown, plain
 * text and HTML (job-text.ts). Built with the `docx` package, at build time only: Word's own
 * Heading 1/Heading 2 and bulleted-list styles, so a recruiter's template restyles it, and the
 * source page as a real hyperlink.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { jobDocument, type JobText } from './job-text.ts';

export async function jobToDocx(j: JobText, siteName: string): Promise<Uint8Array<ArrayBuffer>> {
  const doc = jobDocument(j);
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] })];
  for (const p of doc.intro)
    children.push(
      new Paragraph({ children: [...(p.label ? [new TextRun({ text: `${p.label} `, bold: true })] : []), new TextRun(p.text)] }),
    );
  for (const s of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s.heading)] }));
    for (const item of s.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
  }
  children.push(
    new Paragraph({
      spacing: { before: 240 },
      children: [
        new TextRun('Source: '),
        new ExternalHyperlink({ link: doc.source.url, children: [new TextRun({ text: doc.source.label, style: 'Hyperlink' })] }),
      ],
    }),
  );
  const file = new Document({
    title: doc.title,
    description: `Job description from the ${doc.source.label}`,
    creator: siteName,
    lastModifiedBy: siteName,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
