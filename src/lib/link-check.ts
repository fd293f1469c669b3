/**
 * Finds broken internal links in built HTML: a link to a page or file that does not exist, or to an
 * `#anchor` that the target page does not have. Covers links that components render, which
 * starlight-links-validator (Markdown/MDX only) cannot see. Pure: give it the site's files.
 */

/** A built page: its URL path ("/roles/", "/404.html") and HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ID = /\sid="([^"]*)"/g;
const HREF = /<a\b[^>]*?\shref="([^"]*)"/g;

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));
}

/** Normalises a URL path to the key used for pages: "/a/b/" for directories, as is for files. */
function pageKey(pathname: string): string {
  if (pathname.endsWith('/index.html')) return pathname.slice(0, -'index.html'.length);
  return pathname;
}

export function findBrokenLinks(pages: BuiltPage[], otherFiles: Set<string>): BrokenLink[] {
  const ids = new Map(pages.map((p) => [p.path, idsOf(p.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const match of page.html.matchAll(HREF)) {
      const href = decode(match[1]!);
      if (!href.startsWith('/') && !href.startsWith('#')) continue; // external or relative: not ours
      if (href.startsWith('//')) continue;
      const url = new URL(href, `http://site${page.path}`);
      const target = pageKey(decodeURIComponent(url.pathname));
      const targetIds = ids.get(target);
      if (!targetIds) {
        if (!otherFiles.has(target)) broken.push({ page: page.path, href, reason: 'no such page or file' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !targetIds.has(anchor)) broken.push({ page: page.path, href, reason: `no element with id "${anchor}" on ${target}` });
    }
  }
  return broken;
}
