// The page types of the site, one representative page each: what `npm run weight` weighs, what
// Lighthouse measures and what the weight test holds to a budget. Role pages are those of the first
// role in display order (lowest `order` in content/roles/), so no role id is written here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export interface PageType {
  name: string;
  path: string;
  /**
   * For a page with an interactive widget: the most JavaScript (gzip KB) it may add to Starlight's own.
   * The aim is 3 (issue 11); the self-assessment and the scorecard are above it (see their entries).
   */
  widgetJsKb?: number;
}

/** The role shown first (lowest `order`), read from content/roles/*.yaml. */
export function firstRole(root = process.cwd()): { id: string; name: string } {
  const dir = join(root, 'content/roles');
  const roles = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = yaml.load(readFileSync(join(dir, f), 'utf8')) as { id?: unknown; name?: unknown; order?: unknown } | null;
      if (typeof data?.id !== 'string' || typeof data.name !== 'string' || typeof data.order !== 'number')
        throw new Error(`content/roles/${f}: needs an id, a name and a numeric order (run npm run check:content)`);
      return { id: data.id, name: data.name, order: data.order };
    })
    .sort((a, b) => a.order - b.order);
  if (!roles[0]) throw new Error('content/roles/ holds no role');
  return { id: roles[0].id, name: roles[0].name };
}

export function pageTypes(root = process.cwd()): PageType[] {
  const role = `/roles/${firstRole(root).id}/`;
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: '/why-ownership/' },
    { name: 'roles compared', path: '/roles/' },
    { name: 'role playbook', path: role },
    { name: 'KPI catalogue', path: '/metrics/' },
    { name: 'glossary', path: '/glossary/' },
    { name: 'working together', path: '/working-together/' },
    // Measured 3.9: its results render as each answer is given, so there is nothing to load later.
    { name: 'self-assessment', path: `${role}assessment/`, widgetJsKb: 4 },
    // Measured 5.52 with history, team view and downloads loaded on first use; the form, scoring, radar
    // and share link are what every visit runs.
    { name: 'scorecard', path: '/scorecard/', widgetJsKb: 5.6 },
    { name: 'hiring kit', path: `${role}hiring/`, widgetJsKb: 3 },
    // Measured 3.36: the start-date field's first-key handling and the migration of v1 saves load with
    // the page; the dates, messages and exports load on first use.
    { name: 'onboarding plan', path: `${role}onboarding/`, widgetJsKb: 3.4 },
    { name: 'start small', path: '/start-small/', widgetJsKb: 3 },
    { name: 'business case', path: '/business-case/', widgetJsKb: 5 },
    { name: 'action plan', path: '/plan/', widgetJsKb: 7 },
    { name: 'changelog', path: '/changelog/' },
    { name: 'guide', path: '/guides/vendor-selection/' },
  ];
}
