// URL paths of the site's pages (the URL map in DESIGN.md), built in one place. Zod-free and
// browser-safe: widgets build links with these too.

/** The pages every role has, with their URL segment and the label the sidebar and link previews use. */
export const ROLE_PAGES = [
  { id: 'playbook', segment: '', label: 'Playbook' },
  { id: 'assessment', segment: 'assessment/', label: 'Self-assessment' },
  { id: 'hiring', segment: 'hiring/', label: 'Hiring kit' },
  { id: 'onboarding', segment: 'onboarding/', label: 'Onboarding plan' },
] as const;
export type RolePageId = (typeof ROLE_PAGES)[number]['id'];

/** The URL path of a role's page, e.g. rolePath('search-discovery', 'hiring') → "/roles/search-discovery/hiring/". */
export function rolePath(roleId: string, page: RolePageId = 'playbook', anchor?: string): string {
  const { segment } = ROLE_PAGES.find((p) => p.id === page)!;
  return `/roles/${roleId}/${segment}${anchor ? `#${anchor}` : ''}`;
}

/** A KPI in the catalogue: /metrics/#<metric-id>. */
export const metricPath = (metricId: string) => `/metrics/#${metricId}`;
/** A term in the glossary: /glossary/#<term-id>. */
export const termPath = (termId: string) => `/glossary/#${termId}`;
/** A job description as a Word file: /roles/<id>/hiring/<level>.docx. */
export const jobDocxPath = (roleId: string, level: string) => `${rolePath(roleId, 'hiring')}${level}.docx`;
