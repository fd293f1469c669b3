/**
 * The Markdown twin of a built page: its `<main>` turned into GitHub-flavoured Markdown, for
 * assistants that read /llms.txt. Made from the built HTML, so every page has one, whether it comes
 * from MDX, from a route in pages/ or from components rendering YAML data (RACI matrix, KPI
 * catalogue, decision register): what the reader sees is what the twin says. Pure: give it the page's
 * parse5 document (the one parse the post-build step makes) and the facts the HTML head holds.
 *
 * The conversion is the unified ecosystem's (hast-util-from-parse5 → hast-util-to-mdast →
 * mdast-util-to-markdown with GFM tables). Before it, Starlight's page chrome is removed and its
 * components are turned into what Markdown has: an aside becomes a block quote under its title.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Element as HastElement, ElementContent, Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';

type Parse5Node = DefaultTreeAdapterTypes.Node;
type Parse5Element = DefaultTreeAdapterTypes.Element;

export interface TwinFacts {
  /** The page's own title (its `<h1>`), the twin's heading. */
  title: string;
  /** The page's meta description, quoted under the heading. */
  description: string | undefined;
  /** The page's absolute URL, so a twin read on its own says where it comes from. */
  url: string;
}

/** Elements a reader of the page does not read as content, or that only work in a browser. */
const DROPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'footer', 'dialog']);
/** Starlight's chrome inside `<main>`: the "Section titled …" link beside each heading. */
const DROPPED_CLASSES = ['sl-anchor-link'];

/** The `<main>` element of a parsed page, if it has one. */
export function mainElement(document: Parse5Node): Parse5Element | undefined {
  if ('tagName' in document && document.tagName === 'main') return document;
  for (const child of 'childNodes' in document ? document.childNodes : []) {
    const found = mainElement(child);
    if (found) return found;
  }
  return undefined;
}

const classes = (element: HastElement): string[] => {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

const isElement = (node: ElementContent): node is HastElement => node.type === 'element';

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[]): HastElement => ({ type: 'element', tagName, properties: {}, children });

const dropped = (node: HastElement) =>
  DROPPED_TAGS.has(node.tagName) ||
  node.properties.hidden !== undefined ||
  node.properties.ariaHidden === 'true' ||
  classes(node).some((c) => DROPPED_CLASSES.includes(c));

const isChoice = (node: ElementContent) =>
  isElement(node) && node.tagName === 'input' && (node.properties.type === 'radio' || node.properties.type === 'checkbox');

/**
 * An answer's label without its input. A label and its hint set in separate boxes with nothing between
 * them ("No one<span>Nobody has it…</span>") would run together as text: a colon keeps them apart.
 */
function answerText(children: ElementContent[]): ElementContent[] {
  return children
    .filter((c) => !isChoice(c))
    .flatMap((child, i, all) => {
      const before = all[i - 1];
      const runsOn = isElement(child) && before?.type === 'text' && before.value.trim() !== '' && !/[\s:]$/.test(before.value);
      return runsOn ? [text(': '), answerTextOf(child)] : [answerTextOf(child)];
    });
}
const answerTextOf = (node: ElementContent): ElementContent => (isElement(node) ? { ...node, children: answerText(node.children) } : node);

/**
 * Children of an element, simplified. A form answer (a label around a radio button or checkbox)
 * becomes a list item, and a run of answers one list, so the twin reads as the questions and their
 * possible answers; an answer that is already a list item (a checklist task) stays a paragraph in it.
 */
function simplifyChildren(children: ElementContent[], title: { found?: string }, parent?: string): ElementContent[] {
  const out: ElementContent[] = [];
  let answers: HastElement | undefined;
  for (const child of children) {
    if (isElement(child) && child.tagName === 'label' && child.children.some(isChoice)) {
      const answer = answerText(child.children).flatMap((c) => simplify(c, title) ?? []);
      if (parent === 'li') {
        out.push(element('p', answer));
        continue;
      }
      const item = element('li', answer);
      if (!answers) out.push((answers = element('ul', [])));
      answers.children.push(item);
      continue;
    }
    const simplified = simplify(child, title);
    if (simplified === undefined) continue;
    const before = out.at(-1);
    if ((parent === 'th' || parent === 'td') && before && isElement(before) && isElement(simplified)) {
      // A cell's parts set in boxes of their own (an activity's name, then its description) have no
      // space between them in the HTML, and a Markdown cell is one line: keep them apart in words.
      out.push(text(/[.:;!?]\s*$/.test(plainText(before)) ? ' ' : ': '));
    } else if (before && isElement(before) && before.tagName === 'a' && isElement(simplified) && simplified.tagName === 'a') {
      // Links set side by side as buttons (the home page's calls to action) would read as one.
      out.push(text(' · '));
    }
    // Whitespace between two answers does not end their list.
    if (!(child.type === 'text' && !child.value.trim())) answers = undefined;
    out.push(...(Array.isArray(simplified) ? simplified : [simplified]));
  }
  return out;
}

/** One node of `<main>` as plain HTML that Markdown can say; undefined when it has no place in the twin. */
function simplify(node: ElementContent, title: { found?: string }): ElementContent | undefined {
  if (!isElement(node)) return node;
  if (dropped(node)) return undefined;
  if (node.tagName === 'h1' && title.found === undefined) {
    // The page title: the twin writes it once, as its own heading.
    title.found = plainText(node);
    return undefined;
  }
  const children = simplifyChildren(node.children, title, node.tagName);
  if (node.tagName === 'legend') return element('p', [element('strong', children)]);
  if (node.tagName === 'aside') {
    // A Starlight aside: its title is hidden from assistive technology and repeated in aria-label.
    const label = node.properties.ariaLabel;
    const heading = typeof label === 'string' && label ? [element('p', [element('strong', [text(label)])])] : [];
    return element('blockquote', [...heading, ...children]);
  }
  return { ...node, children };
}

function plainText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node) || dropped(node)) return '';
  return node.children.map(plainText).join('');
}

/** The day the page's footer says it last changed (Starlight's `<time datetime>` there), as YYYY-MM-DD. */
function lastChangedIn(node: HastElement | ElementContent, inFooter = false): string | undefined {
  if (!isElement(node)) return undefined;
  const datetime = node.properties.dateTime;
  if (inFooter && node.tagName === 'time' && typeof datetime === 'string') return datetime.slice(0, 10);
  for (const child of node.children) {
    const found = lastChangedIn(child, inFooter || node.tagName === 'footer');
    if (found) return found;
  }
  return undefined;
}

/** The twin of a page, from its `<main>` element, with the title it found there (else `facts.title`). */
export function markdownTwin(main: Parse5Element, facts: TwinFacts): { title: string; markdown: string } {
  const hast = fromParse5(main) as HastElement;
  const title: { found?: string } = {};
  const body: HastRoot = { type: 'root', children: simplifyChildren(hast.children, title) };
  const markdown = toMarkdown(toMdast(body), {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    rule: '-',
  });
  const changed = lastChangedIn(hast);
  const heading = (title.found ?? facts.title).replace(/\s+/g, ' ').trim();
  const description = facts.description ? `> ${facts.description.replace(/\s+/g, ' ').trim()}\n\n` : '';
  return {
    title: heading,
    markdown: `# ${heading}\n\n${description}Web page: <${facts.url}>\n\n${changed ? `Last changed: ${changed}\n\n` : ''}${markdown.trim()}\n`,
  };
}
