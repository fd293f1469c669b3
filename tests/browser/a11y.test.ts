// One crawl of every sitemap page (and the 404 page) in each theme: axe (WCAG 2.2 AA + best practice)
// finds zero violations; no page requests a missing file, violates its Content-Security-Policy, throws
// or calls another origin. The search dialog works on every page type: its own heading finds it (that
// every page is indexed and ranks first for its heading is search-quality.test.ts, on the index).
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';
import { axeViolations, watchForErrors } from '../helpers/page-checks.ts';

// The sitemap leaves out the 404 page; it is checked too.
const NOT_FOUND = '/404.html';
const paths = [...sitemapPaths(), NOT_FOUND];
const typePaths = pageTypes().map((t) => t.path);

/** Searches from the page's search dialog for its own main heading; returns the result paths. */
async function searchOwnHeading(page: Page): Promise<{ query: string; found: string[] }> {
  const query = (await page.locator('main h1').first().textContent())?.trim() ?? '';
  await page.locator('input.pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill(query);
  await dialog.locator('.pagefind-ui__result-link').first().waitFor();
  const hrefs = await dialog.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.keyboard.press('Escape');
  return { query, found: [...new Set(hrefs.map((h) => new URL(h, page.url()).pathname))] };
}

// The crawls run side by side, each in its own browser context: axe keeps one core busy per theme,
// and the search crawl mostly waits on Pagefind's fetches.
describe.skipIf(!hasChromium).concurrent('every page, in both themes', () => {
  const site = useBuiltSite();

  it('has pages to check', ({ expect }) => expect(paths.length).toBeGreaterThan(5));

  /** Visits the pages in a fresh context of the theme, collecting what `check` finds and every error. */
  async function crawl(
    theme: 'light' | 'dark',
    pages: string[],
    check: (page: Page, path: string) => Promise<string[]>,
  ): Promise<string[]> {
    const context = await site.browser.newContext({ colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const failures = watchForErrors(page);
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.url()} answered ${r.status()}`));
    for (const path of pages) {
      await page.goto(site.server.origin + path);
      const shown = await page.locator('html').getAttribute('data-theme');
      if (shown !== theme) failures.push(`${path}: shows the ${shown} theme, not ${theme}`);
      failures.push(...(await check(page, path)));
    }
    await context.close();
    return failures;
  }

  for (const theme of ['light', 'dark'] as const)
    it(`has zero axe violations on every page in the ${theme} theme`, { timeout: 300_000 }, async ({ expect }) => {
      expect(await crawl(theme, paths, (page, path) => axeViolations(page, `${path} [${theme}]`))).toEqual([]);
    });

  it('finds each page type by searching its own heading from that page', { timeout: 300_000 }, async ({ expect }) => {
    const failures = await crawl('light', typePaths, async (page, path) => {
      const { query, found } = await searchOwnHeading(page);
      return found.includes(path) ? [] : [`${path}: searching its heading "${query}" lists ${found.join(', ')}`];
    });
    expect(failures).toEqual([]);
  });
});
