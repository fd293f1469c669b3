// URL paths of the site's pages (the URL map in DESIGN.md), built in one place. Zod-free and
// browser-safe: widgets build links with these too.

/**
 * The pages every role has, with their URL segment, the label the sidebar and link previews use, and
 * the collection (src/site/collections.ts) whose file for the role the page renders besides the role's own.
 */
export const ROLE_PAGES = [
  { id: 'playbook', segment: '', label: 'Playbook', data: undefined },
  { id: 'assessment', segment: 'assessment/', label: 'Self-assessment', data: 'assessments' },
  { id: 'hiring', segment: 'hiring/', label: 'Hiring kit', data: 'hiring' },
  { id: 'onboarding', segment: 'onboarding/', label: 'Onboarding plan', data: 'onboarding' },
  // Renders every metric the role owns (content/metrics/*.yaml with its owner), not one file of the role's.
  { id: 'metrics', segment: 'metrics/', label: 'KPI definitions', data: undefined },
] as const;
export type RolePageId = (typeof ROLE_PAGES)[number]['id'];

/** The URL path of a role's page, e.g. rolePath('search-discovery', 'hiring') → "/roles/search-discovery/hiring/". */
export function rolePath(roleId: string, page: RolePageId = 'playbook', anchor?: string): string {
  const { segment } = ROLE_PAGES.find((p) => p.id === page)!;
  return `/roles/${roleId}/${segment}${anchor ? `#${anchor}` : ''}`;
}

/** A KPI in the catalogue, its permanent address: /metrics/#<metric-id>. The full entry is on the owner's KPI page. */
export const metricPath = (metricId: string) => `/metrics/#${metricId}`;
/** A term in the glossary: /glossary/#<term-id>. */
export const termPath = (termId: string) => `/glossary/#${termId}`;

/**
 * The Markdown twin of a page, where the llms.txt proposal puts it: the page URL with ".md" appended,
 * "index.html.md" for a URL that ends in "/" ("/roles/" → "/roles/index.html.md").
 */
export const twinPath = (pagePath: string) => `${pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath}.md`;

/** The changelog page and its RSS feed (pages/changelog.xml.ts), linked from every page's head. */
export const CHANGELOG_PATH = '/changelog/';
export const FEED_PATH = '/changelog.xml';
/** A change on the changelog page: /changelog/#<entry-id>. */
export const changePath = (entryId: string) => `${CHANGELOG_PATH}#${entryId}`;
/** A job description as a Word file: /roles/<id>/hiring/<level>.docx. */
export const jobDocxPath = (roleId: string, level: string) => `${rolePath(roleId, 'hiring')}${level}.docx`;
