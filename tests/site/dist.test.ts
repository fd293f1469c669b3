// Assertions on the one production build in dist/: the URL map, sitemap, search index, anchors, text.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_SECTIONS } from '../../src/site/anchors.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const ROLE_IDS = roleIdsInOrder();
import { readContent } from '../../src/lib/content-files.ts';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import type { HtmlPage } from '../../src/lib/html-page.ts';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const DIST = join(process.cwd(), 'dist');
const site = readBuiltSite(DIST);
const pages = new Map(site.pages.map((p) => [p.path, p]));
const page = (path: string): HtmlPage => {
  const found = pages.get(path);
  if (!found) throw new Error(`dist has no page ${path}`);
  return found;
};
const content = readContent(process.cwd());

/** The URL map of DESIGN.md, as far as it is built so far. */
const URL_MAP = [
  '/',
  '/why-ownership/',
  '/roles/',
  ...ROLE_IDS.map((id) => `/roles/${id}/`),
  '/metrics/',
  '/glossary/',
  '/start-small/',
  '/working-together/',
  '/guides/',
  '/guides/org-placement/',
  '/guides/sales-compensation/',
  '/guides/partner-management/',
  '/guides/vendor-selection/',
  '/guides/budget/',
];

/** Words of body text on a page: the Markdown content area, without the page chrome. */
const bodyWords = (path: string) =>
  page(path)
    .contentText.split(' ')
    .filter((w) => /[a-z]/i.test(w)).length;

describe('built site', () => {
  it.each(URL_MAP)('has %s, with a title and main content', (path) => {
    expect(page(path).title).not.toBe('');
    expect(page(path).mainText).not.toBe('');
  });

  it('lists every URL of the map in the sitemap', () => {
    const listed = sitemapPaths();
    for (const path of URL_MAP) expect(listed).toContain(path);
  });

  it('has a Pagefind index covering every page', () => {
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBeGreaterThanOrEqual(URL_MAP.length);
  });

  it('has no placeholder text on any page', () => {
    const offenders = site.pages.filter((p) => /lorem ipsum|\bTODO\b|\bTBD\b|coming soon/i.test(`${p.title} ${p.text}`)).map((p) => p.path);
    expect(offenders).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
  });

  it.each(ROLE_IDS)('gives /roles/%s/ every section anchor and one #with- anchor per other role', (id) => {
    const ids = page(`/roles/${id}/`).ids;
    for (const section of ROLE_SECTIONS) expect(ids, `#${section}`).toContain(section);
    for (const other of ROLE_IDS.filter((o) => o !== id)) expect(ids).toContain(`with-${other}`);
  });

  it('gives every metric and glossary term its own anchor', () => {
    const metricIds = page('/metrics/').ids;
    for (const m of content.metrics) expect(metricIds).toContain(m.stem);
    const termIds = page('/glossary/').ids;
    for (const t of content.glossary) expect(termIds).toContain(t.stem);
  });

  it('renders each role’s KPIs as links into the catalogue', () => {
    for (const file of content.roles) {
      const links = page(`/roles/${file.stem}/`).links;
      for (const k of (file.data as { kpis: { metric: string }[] }).kpis) expect(links).toContain(`/metrics/#${k.metric}`);
    }
  });

  it('links each role page to every KPI the catalogue says that role measures', () => {
    for (const metric of content.metrics) {
      const owner = (metric.data as { owner: string }).owner;
      expect(page(`/roles/${owner}/`).links, `${metric.stem} is measured by ${owner}`).toContain(`/metrics/#${metric.stem}`);
    }
  });

  it.each(ROLE_IDS)('gives /roles/%s/ a playbook of 1,200 to 4,500 words of its own prose, besides the data it renders', (id) => {
    // The prose an editor writes in the MDX (not the lists rendered from data, such as the decisions).
    const body = content.pages.find((p) => p.stem === `roles/${id}`)!.body!;
    const prose = body
      .split('\n')
      .filter((line) => !line.startsWith('import ') && !line.trim().startsWith('<'))
      .join(' ')
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length;
    expect(prose).toBeGreaterThanOrEqual(1200);
    expect(prose).toBeLessThanOrEqual(4500);
    expect(bodyWords(`/roles/${id}/`)).toBeGreaterThan(prose);
  });

  it.each(ROLE_IDS)('links /roles/%s/ to every glossary term its data lists', (id) => {
    const links = page(`/roles/${id}/`).links;
    const terms = (content.roles.find((r) => r.stem === id)!.data as { glossary: string[] }).glossary;
    for (const t of terms) expect(links).toContain(`/glossary/#${t}`);
  });

  it('has a 404 page that offers search, the six roles and the usual starting points', () => {
    const notFound = page('/404.html');
    expect(notFound.text).toMatch(/search/i);
    for (const id of ROLE_IDS) expect(notFound.links).toContain(`/roles/${id}/`);
    for (const path of ['/why-ownership/', '/scorecard/', '/start-small/', '/metrics/']) expect(notFound.links).toContain(path);
  });

  it('names on /privacy/ every key the widgets store, with its backup', () => {
    const sources = ['assessment', 'scorecard', 'onboarding'].map((m) => readFileSync(`src/lib/${m}.ts`, 'utf8')).join('\n');
    const keys = [...sources.matchAll(/_KEY = '([^']+)'/g)].map((m) => m[1]!);
    expect(keys).toHaveLength(3);
    const privacy = page('/privacy/').text;
    for (const key of keys) {
      expect(privacy).toContain(key);
      expect(privacy).toContain(`${key}.backup`);
    }
  });
});
