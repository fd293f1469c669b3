// The paragraphs of a .docx's word/document.xml: style, text and whether it is a list item. Enough
// to compare what the build wrote with the job description it came from.
import { parseFragment } from 'parse5';

interface XmlNode {
  nodeName: string;
  value?: string;
  childNodes?: XmlNode[];
  attrs?: { name: string; value: string }[];
}

export interface DocxParagraph {
  /** The paragraph style's id, e.g. "Heading1"; empty for the document's normal style. */
  style: string;
  text: string;
  /** In a numbered or bulleted list. */
  numbered: boolean;
}

const descendants = (n: XmlNode): XmlNode[] => (n.childNodes ?? []).flatMap((c) => [c, ...descendants(c)]);
const attr = (n: XmlNode, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/** parse5 reads WordprocessingML as unknown HTML elements: names lower-cased, prefixes kept ("w:p"), entities decoded. */
export function docxParagraphs(documentXml: string): DocxParagraph[] {
  const body = parseFragment(documentXml.replace(/^<\?xml[^>]*\?>/, '')) as unknown as XmlNode;
  return descendants(body)
    .filter((n) => n.nodeName === 'w:p')
    .map((p) => {
      const inside = descendants(p);
      const style = inside.find((n) => n.nodeName === 'w:pstyle');
      return {
        style: style ? (attr(style, 'w:val') ?? '') : '',
        text: inside
          .filter((n) => n.nodeName === 'w:t')
          .flatMap((t) => t.childNodes ?? [])
          .map((c) => c.value ?? '')
          .join(''),
        numbered: inside.some((n) => n.nodeName === 'w:numpr'),
      };
    });
}
