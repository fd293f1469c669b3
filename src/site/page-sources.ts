// The content files a page is made from, for its "last changed" date: its own MDX file, and for a
// role's pages the role's YAML file plus the file of the collection that page renders
// (content/hiring/<id>.yaml for /roles/<id>/hiring/). Pages that render a whole collection (the KPI
// catalogue, the glossary) take their data changes from the changelog entries that name them.
import { CONTENT_DIR, DATA_COLLECTIONS } from './collections.ts';
import { ROLE_PAGES, rolePath } from './paths.ts';

export function pageSources(pagePath: string, page: { filePath?: string | undefined; role?: string | undefined }): string[] {
  const own = page.filePath ? [page.filePath] : [];
  if (!page.role) return own;
  const rolePage = ROLE_PAGES.find((p) => rolePath(page.role!, p.id) === pagePath);
  const file = (collection: keyof typeof DATA_COLLECTIONS) => `${CONTENT_DIR}/${DATA_COLLECTIONS[collection].folder}/${page.role}.yaml`;
  return [...own, file('roles'), ...(rolePage?.data ? [file(rolePage.data)] : [])];
}
