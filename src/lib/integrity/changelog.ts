/**
 * Rule "changelog": every page a changelog entry names is a page of the site (a docs page or a page
 * every role has), so /changelog/ and its feed never point at a page that does not exist.
 */
import { ROLE_PAGES, rolePath } from '../../site/paths.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

/** The site paths of the pages the content defines: docs pages by their slug, and each role's pages. */
function pagePaths(content: Pick<ParsedContent, 'pageSlugs' | 'ids'>): Set<string> {
  const docs = [...content.pageSlugs].filter((slug) => slug !== '404').map((slug) => (slug === '' ? '/' : `/${slug}/`));
  const roles = [...content.ids.roles].flatMap((id) => ROLE_PAGES.map((page) => rolePath(id, page.id)));
  return new Set([...docs, ...roles]);
}

export function changelogNamesPages(content: ParsedContent, problems: Problems): void {
  const pages = pagePaths(content);
  for (const { file, data } of content.changelog)
    data.pages.forEach((path, i) => {
      if (!pages.has(path))
        problems.add(file, `pages[${i}]`, `"${path}" is not a page of this site (no content/docs page or role page has that path)`);
    });
}
