/**
 * Finds broken internal links in built pages: a link to a page or file that does not exist, or to an
 * `#anchor` that the target page does not have. Covers links that components render, which
 * starlight-links-validator (Markdown/MDX only) cannot see. Pure: give it the site's page models.
 */
import { pagePath, type HtmlPage } from './html-page.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const decoded = (component: string) => {
  try {
    return decodeURIComponent(component);
  } catch {
    return undefined;
  }
};

export function findBrokenLinks(pages: readonly Pick<HtmlPage, 'path' | 'ids' | 'links'>[], otherFiles: ReadonlySet<string>): BrokenLink[] {
  const ids = new Map(pages.map((p) => [p.path, p.ids]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const href = link.trim();
      if (!href.startsWith('/') && !href.startsWith('#')) continue; // external or relative: not ours
      if (href.startsWith('//')) continue;
      const url = new URL(href, `http://site${page.path}`);
      const [path, anchor] = [decoded(url.pathname), decoded(url.hash.slice(1))];
      if (path === undefined || anchor === undefined) {
        broken.push({ page: page.path, href, reason: 'malformed percent-encoding' });
        continue;
      }
      const target = pagePath(path);
      const targetIds = ids.get(target);
      if (!targetIds) {
        if (!otherFiles.has(target)) broken.push({ page: page.path, href, reason: 'no such page or file' });
        continue;
      }
      if (anchor && !targetIds.has(anchor)) broken.push({ page: page.path, href, reason: `no element with id "${anchor}" on ${target}` });
    }
  }
  return broken;
}
