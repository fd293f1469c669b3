/**
 * The model of one built page: everything the build checks and the tests read about a page, taken
 * from a single parse. Pure: give it the page's path and HTML.
 *
 * The parser is parse5, an implementation of the WHATWG parsing algorithm that browsers use. So the
 * text of an inline script is exactly what Chromium hashes for the Content-Security-Policy (raw
 * text, line endings normalised), attribute values are decoded the way a browser decodes them, and
 * source offsets let the build insert a tag without re-serialising the page.
 */
import { html as htmlSpec, parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** A `<script>` element, executable or not. */
interface ScriptElement {
  /** The `src` attribute, for an external script. */
  src: string | undefined;
  /** How the browser treats it: run as a classic or module script, an import map, speculation rules, or a data block. */
  kind: 'classic' | 'module' | 'importmap' | 'speculationrules' | 'data';
  /** Its text as the browser sees it (what a CSP hash covers). */
  text: string;
  /** Where its start tag begins in the HTML. */
  offset: number;
}

/** A `<meta>` element: its attributes and where it begins in the HTML. */
interface MetaElement {
  attributes: Readonly<Record<string, string>>;
  offset: number;
}

/** The stylesheets, scripts and inline blocks a page loads, as written in the page (URLs not resolved). */
interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  modulePreloads: string[];
  inlineStyles: string[];
  /** Executable inline scripts (not `src=`, not data blocks such as JSON). */
  inlineScripts: string[];
}

/** An element with an id inside the Markdown content area: a candidate for an explicit anchor. */
export interface AnchorCandidate {
  id: string;
  /** A heading that Starlight rendered from Markdown (its parent has the class `sl-heading-wrapper`). */
  markdownHeading: boolean;
}

export interface HtmlPage {
  /** URL path: "/roles/" for a directory page, "/404.html" for a file. */
  path: string;
  /** The HTML as parsed; offsets below point into it. */
  html: string;
  title: string;
  ids: ReadonlySet<string>;
  /** The `href` of every link (`a[href]`), decoded, in document order. */
  links: string[];
  /** The links inside `<main>`: the page's own, without the header and sidebar every page carries. */
  mainLinks: string[];
  /** The links inside `<nav>` elements: the site's navigation (sidebar, pagination). */
  navLinks: string[];
  scripts: ScriptElement[];
  /** Text of the executable inline scripts, in document order. */
  inlineScripts: string[];
  assets: PageAssets;
  metas: MetaElement[];
  canonical: string | undefined;
  /** Visible text of the body (no scripts, styles or templates), one space between text runs. */
  text: string;
  /** Text of `<main>`. */
  mainText: string;
  /** Text of the Markdown content area (`.sl-markdown-content`). */
  contentText: string;
  anchorCandidates: AnchorCandidate[];
  /**
   * What styles the body: each element name ("table", "starlight-aside"), class ("astro-lvddp37m",
   * "starlight-aside--tip") and inline style ('[style="color: red"]'). Pages with the same hooks are
   * styled alike.
   */
  styleHooks: ReadonlySet<string>;
  /**
   * Where a Content-Security-Policy `<meta>` goes: right after `<meta charset>`, else right after
   * `<head>`, else before the first element of an implied head; undefined when the page has no head
   * content at all.
   */
  cspMetaOffset: number | undefined;
}

/** The page path of a built file: "/roles/index.html" → "/roles/"; any other file keeps its path. */
export const pagePath = (urlPath: string) => (urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose text a reader does not see as page text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** WHATWG "JavaScript MIME type essence match" list: a script with one of these types runs as a classic script. */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

const isElement = (node: Node): node is Element => 'tagName' in node;

/** An attribute in no namespace (so `xlink:href` is not `href`). */
function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.namespace)?.value;
}

/** ASCII whitespace-separated tokens of an attribute such as `class` or `rel`. */
const tokens = (value: string | undefined) => (value ?? '').split(/[\t\n\f\r ]+/).filter(Boolean);

const hasClass = (node: Node | null, name: string) => {
  const value = node && isElement(node) ? attribute(node, 'class') : undefined;
  return !!value?.includes(name) && tokens(value).includes(name);
};

/** The child nodes to walk: a template's content counts, as scripts clone it into the page. */
const childrenOf = (node: Node): Node[] =>
  node.nodeName === 'template' && 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];

/** The script's kind as the HTML standard's "prepare the script element" decides it. */
function scriptKind(element: Element): ScriptElement['kind'] {
  const type = attribute(element, 'type');
  const language = attribute(element, 'language');
  const typeString = type ?? (language ? `text/${language}` : '');
  const essence = typeString.trim().toLowerCase();
  if (essence === '' || JAVASCRIPT_TYPES.has(essence)) return 'classic';
  if (essence === 'module' || essence === 'importmap' || essence === 'speculationrules') return essence;
  return 'data';
}

/** Text of an element's child text nodes (a script's or style's source). */
const ownText = (element: Element) => element.childNodes.map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : '')).join('');

const collapse = (runs: string[]) => runs.join(' ').split(/\s+/).filter(Boolean).join(' ');

const startOffset = (node: Node) => node.sourceCodeLocation?.startOffset;

/** The parse5 document of a page's HTML, with the source offsets parsePage needs. */
export const parseHtml = (html: string): DefaultTreeAdapterTypes.Document => parse(html, { sourceCodeLocationInfo: true });

/** Parses one built page into its model; pass `document` when the caller has parsed `html` already (parseHtml). */
export function parsePage(path: string, html: string, document: Node = parseHtml(html)): HtmlPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const mainLinks: string[] = [];
  const navLinks: string[] = [];
  const scripts: ScriptElement[] = [];
  const metas: MetaElement[] = [];
  const assets: PageAssets = { stylesheets: [], scripts: [], modulePreloads: [], inlineStyles: [], inlineScripts: [] };
  const anchorCandidates: AnchorCandidate[] = [];
  const styleHooks = new Set<string>();
  const text = { body: [] as string[], main: [] as string[], content: [] as string[] };
  let title: string | undefined;
  let canonical: string | undefined;
  let head: Element | undefined;

  interface Context {
    inBody: boolean;
    inMain: boolean;
    inNav: boolean;
    inContent: boolean;
    textHidden: boolean;
  }

  const visitElement = (element: Element, context: Context): Context => {
    const tag = element.tagName;
    const id = attribute(element, 'id');
    if (id) {
      ids.add(id);
      if (context.inContent)
        anchorCandidates.push({ id, markdownHeading: HEADINGS.has(tag) && hasClass(element.parentNode, 'sl-heading-wrapper') });
    }
    const href = attribute(element, 'href');
    if (context.inBody) {
      styleHooks.add(tag);
      for (const name of tokens(attribute(element, 'class'))) styleHooks.add(`.${name}`);
      const style = attribute(element, 'style');
      if (style) styleHooks.add(`[style="${style}"]`);
    }
    if (tag === 'head' && !head) head = element;
    if (tag === 'title' && title === undefined && element.namespaceURI === htmlSpec.NS.HTML) title = ownText(element); // not an SVG <title>
    if (tag === 'a' && href !== undefined) {
      links.push(href);
      if (context.inMain) mainLinks.push(href);
      if (context.inNav) navLinks.push(href);
    }
    if (tag === 'meta')
      metas.push({ attributes: Object.fromEntries(element.attrs.map((a) => [a.name, a.value])), offset: startOffset(element) ?? -1 });
    if (tag === 'link' && href !== undefined) {
      const rel = tokens(attribute(element, 'rel')?.toLowerCase()); // link types are case-insensitive, classes are not
      if (rel.includes('stylesheet') && !rel.includes('alternate')) assets.stylesheets.push(href);
      if (rel.includes('modulepreload')) assets.modulePreloads.push(href);
      if (rel.includes('canonical') && canonical === undefined) canonical = href;
    }
    if (tag === 'style') assets.inlineStyles.push(ownText(element));
    if (tag === 'script') {
      const script: ScriptElement = {
        src: attribute(element, 'src'),
        kind: scriptKind(element),
        text: ownText(element),
        offset: startOffset(element) ?? -1,
      };
      scripts.push(script);
      if (script.src !== undefined) {
        if (script.kind === 'classic' || script.kind === 'module') assets.scripts.push(script.src);
      } else if (script.kind !== 'data' && script.text !== '') {
        // The HTML standard runs nothing (and checks no policy) for an inline script with empty text.
        assets.inlineScripts.push(script.text);
      }
    }
    return {
      inBody: context.inBody || tag === 'body',
      inMain: context.inMain || tag === 'main',
      inNav: context.inNav || tag === 'nav',
      inContent: context.inContent || hasClass(element, 'sl-markdown-content'),
      textHidden: context.textHidden || NOT_TEXT.has(tag),
    };
  };

  const visit = (node: Node, context: Context) => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (context.textHidden || !context.inBody) return;
      text.body.push(node.value);
      if (context.inMain) text.main.push(node.value);
      if (context.inContent) text.content.push(node.value);
      return;
    }
    const inner = isElement(node) ? visitElement(node, context) : context;
    for (const child of childrenOf(node)) visit(child, inner);
  };
  visit(document, { inBody: false, inMain: false, inNav: false, inContent: false, textHidden: false });

  return {
    path,
    html,
    title: title ?? '',
    ids,
    links,
    mainLinks,
    navLinks,
    scripts,
    inlineScripts: assets.inlineScripts,
    assets,
    metas,
    canonical,
    text: collapse(text.body),
    mainText: collapse(text.main),
    contentText: collapse(text.content),
    anchorCandidates,
    styleHooks,
    cspMetaOffset: head && cspMetaOffset(head),
  };
}

function cspMetaOffset(head: Element): number | undefined {
  const charset = head.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'meta' && attribute(n, 'charset') !== undefined);
  const charsetEnd = charset?.sourceCodeLocation?.startTag?.endOffset ?? charset?.sourceCodeLocation?.endOffset;
  if (charsetEnd !== undefined) return charsetEnd;
  const headStartTag = head.sourceCodeLocation?.startTag?.endOffset;
  if (headStartTag !== undefined) return headStartTag;
  const first = head.childNodes.find(isElement);
  return first && startOffset(first);
}

/** The `content` of the first `<meta>` whose `name`, `property` or `http-equiv` is `key` (case-insensitive). */
export function metaContent(page: Pick<HtmlPage, 'metas'>, by: 'name' | 'property' | 'http-equiv', key: string): string | undefined {
  return page.metas.find((m) => m.attributes[by]?.toLowerCase() === key.toLowerCase())?.attributes.content;
}

/** A sitemap file: a `<urlset>` of page URLs or a `<sitemapindex>` of sitemap URLs. */
interface Sitemap {
  kind: 'urlset' | 'sitemapindex';
  locations: string[];
}

/**
 * Reads a sitemap (sitemaps.org protocol). Sitemaps are XML; the ones @astrojs/sitemap writes use
 * plain elements and the five XML entities, which the HTML parser reads the same way, so no second
 * parser is needed. Anything it cannot read (CDATA, another root) is an error, not a silent gap.
 */
export function parseSitemap(xml: string, file = 'sitemap'): Sitemap {
  const document = parse(xml);
  const elements = (node: Node): Element[] => childrenOf(node).filter(isElement);
  const all = (node: Node): Element[] => elements(node).flatMap((e) => [e, ...all(e)]);
  const root = all(document).find((e) => e.tagName === 'urlset' || e.tagName === 'sitemapindex');
  if (!root) throw new Error(`${file}: not a sitemap (no <urlset> or <sitemapindex> element)`);
  const kind = root.tagName as Sitemap['kind'];
  const entry = kind === 'urlset' ? 'url' : 'sitemap';
  const locations = all(root)
    .filter((e) => e.tagName === entry)
    .map((e, i) => {
      const loc = all(e).find((c) => c.tagName === 'loc');
      const location = loc ? ownText(loc).trim() : '';
      if (!location) throw new Error(`${file}: <${entry}> number ${i + 1} has no <loc> text`);
      return location;
    });
  return { kind, locations };
}
