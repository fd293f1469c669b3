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
   * For a page with an interactive widget: the most JavaScript (gzip KB) it may add to Starlight's own
   * as it arrives (issue 11: 3). Widgets that load their script on first use (load-on-first-use.ts)
   * also have `inUseJsKb`.
   */
  widgetJsKb?: number;
  /**
   * For a widget loaded on first use: the most JavaScript (gzip KB) beyond Starlight's once it is in use,
   * its parts loaded later still (`*-tools.ts`) not counted. Set a little above what it measures, so
   * that growth is a decision.
   */
  inUseJsKb?: number;
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
    { name: 'role KPI definitions', path: `${role}metrics/` },
    { name: 'glossary', path: '/glossary/' },
    { name: 'working together', path: '/working-together/' },
    // In use: results render as each answer is given, so there is nothing to load later.
    { name: 'self-assessment', path: `${role}assessment/`, widgetJsKb: 3, inUseJsKb: 5.2 },
    // In use: the form, scoring, radar and share link; history, team view and downloads load later still.
    { name: 'scorecard', path: '/scorecard/', widgetJsKb: 3, inUseJsKb: 6.7 },
    { name: 'hiring kit', path: `${role}hiring/`, widgetJsKb: 3 },
    // In use: ticks and progress; the dates, their messages and the exports load later still.
    { name: 'onboarding plan', path: `${role}onboarding/`, widgetJsKb: 3, inUseJsKb: 4.5 },
    { name: 'start small', path: '/start-small/', widgetJsKb: 3 },
    { name: 'business case', path: '/business-case/', widgetJsKb: 3, inUseJsKb: 5.7 },
    // In use: it reads the assessments and the scorecard with their own modules.
    { name: 'action plan', path: '/plan/', widgetJsKb: 3, inUseJsKb: 8 },
    { name: 'changelog', path: '/changelog/' },
    { name: 'guide', path: '/guides/vendor-selection/' },
  ];
}

/** The page types at `paths` (every page type when none is given); an unknown path is an error. */
export function pageTypesAt(paths: string[] = []): PageType[] {
  const types = pageTypes();
  const unknown = paths.filter((p) => !types.some((t) => t.path === p));
  if (unknown.length > 0)
    throw new Error(`Not a page type's path: ${unknown.join(', ')}. Page types: ${types.map((t) => t.path).join(' ')}`);
  return paths.length === 0 ? types : types.filter((t) => paths.includes(t.path));
}
