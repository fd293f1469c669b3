/**
 * /llms.txt in the llmstxt.org format: `# name`, `> summary`, a paragraph, then `## Section` lists of
 * `- [Title](url): description`, each link the Markdown twin of a page. The sections and their order
 * are the sidebar's top-level groups (astro.sidebar.ts), so the index cannot drift from the site's
 * navigation. A page the sidebar does not list (the home page, for one) leads the first section, so
 * every page with a twin is listed once. Pure.
 */
import { twinPath } from '../site/paths.ts';

/** The sidebar entries this reads (Starlight's user config shapes: a link, a page slug or a group). */
export type SidebarEntry = string | { label?: string; link?: string; slug?: string; items?: readonly SidebarEntry[] } | object;

export interface TwinnedPage {
  /** URL path of the page, "/roles/". */
  path: string;
  title: string;
  description: string | undefined;
}

interface LlmsTxtInput {
  name: string;
  description: string;
  sidebar: readonly SidebarEntry[];
  /** Every page that has a twin. */
  pages: readonly TwinnedPage[];
  /** The site's public address, for absolute links. */
  site: string | URL;
}

/** The page paths a sidebar entry links to, in order, through nested groups; external links are left out. */
function linkedPaths(entry: SidebarEntry): string[] {
  if (typeof entry === 'string') return [entry === 'index' ? '/' : `/${entry}/`];
  if ('items' in entry && Array.isArray(entry.items)) return entry.items.flatMap(linkedPaths);
  if ('link' in entry && typeof entry.link === 'string')
    return entry.link.startsWith('/') ? [new URL(entry.link, 'https://x').pathname] : [];
  if ('slug' in entry && typeof entry.slug === 'string') return [entry.slug === 'index' ? '/' : `/${entry.slug}/`];
  return [];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Link text inside `[…]`: brackets and backslashes escaped so a title cannot end the link early. */
const linkText = (text: string) => oneLine(text).replace(/[\\[\]]/g, (c) => `\\${c}`);

export function llmsTxt({ name, description, sidebar, pages, site }: LlmsTxtInput): string {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const listed = new Set<string>();
  const item = (page: TwinnedPage) => {
    const url = new URL(twinPath(page.path), site).href;
    return `- [${linkText(page.title)}](${url})${page.description ? `: ${oneLine(page.description)}` : ''}`;
  };
  const section = (label: string, paths: string[]) => {
    const items = paths.flatMap((path) => {
      const page = byPath.get(path);
      if (!page || listed.has(path)) return [];
      listed.add(path);
      return [item(page)];
    });
    return items.length > 0 ? [`## ${oneLine(label)}`, '', ...items, ''] : [];
  };
  const groups = sidebar.flatMap((entry) =>
    typeof entry === 'object' && 'label' in entry && typeof entry.label === 'string'
      ? [{ label: entry.label, paths: linkedPaths(entry) }]
      : [],
  );
  const inSidebar = new Set(groups.flatMap((g) => g.paths));
  const unlisted = [...byPath.keys()].filter((p) => !inSidebar.has(p)).sort((a, b) => a.localeCompare(b));
  const [first = { label: 'Pages', paths: [] }, ...others] = groups;
  const sections = [{ ...first, paths: [...unlisted, ...first.paths] }, ...others].flatMap((g) => section(g.label, g.paths));
  return [
    `# ${oneLine(name)}`,
    '',
    `> ${oneLine(description)}`,
    '',
    'Each link below is the Markdown version of one page of this site, with the tables and lists the page shows.',
    'The page itself is at the same address without the trailing "index.html.md".',
    '',
    ...sections,
  ].join('\n');
}
