// One crawl of every sitemap page (and the 404 page) in the light theme and one of fewer pages (below) in
// the dark theme, each page loaded once per theme:
// - axe (WCAG 2.2 AA + best practice) finds zero violations; no page requests a missing file, violates
//   its Content-Security-Policy, throws or calls another origin;
// - light: the layout holds at 1280, 768, 390 and 320 px (no sideways scroll at 320 px, no table cell
//   breaking a word inside itself, the site title not clipped), checked by resizing the loaded page;
// - dark: the search dialog works on every page type (that every page is indexed and ranks first for
//   its heading is search-quality.test.ts, on the index).
// Colour is checked on fewer pages. The DOM is the same in both themes; colour comes from what styles
// an element (its name, classes, inline style), not from the words of a page. So axe's colour rules
// (most of its time) run on the style cover: every page type, the 404 page and as few other pages as
// carry every element name, class and inline style of the site at least once (style-coverage.ts).
// The light theme checks every page with every other rule; the dark theme checks the style cover with
// the colour rules only, since the other rules read the DOM and it is the same in both themes (a page
// with an element Starlight hides in one theme, `light:sl-hidden`, gets every rule in both; the site's
// own styles show and hide nothing by theme).
// Loading each page once for all of these, instead of once per check, is most of this file's speed.
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';
import { axeViolations, brokenWords, clippedTitle, preloadAxe, watchForErrors, type AxeRules } from '../helpers/page-checks.ts';
import { pagesCoveringStyles } from '../helpers/style-coverage.ts';
import { readBuiltPage } from '../../src/lib/built-site.ts';

// The sitemap leaves out the 404 page; it is checked too.
const NOT_FOUND = '/404.html';
const paths = [...sitemapPaths(), NOT_FOUND];
const typePaths = new Set(pageTypes().map((t) => t.path));
const builtPages = paths.map((path) => readBuiltPage('dist', path));
/** Every page type, the 404 page and the fewest others that carry every style hook of the site. */
const styleCover = pagesCoveringStyles(builtPages, [...typePaths, NOT_FOUND]);
/** Starlight's classes that hide an element in one theme only: a page with one has a DOM per theme. */
const THEME_HIDDEN = ['.light:sl-hidden', '.dark:sl-hidden'];
const themeDependent = new Set(builtPages.filter((p) => THEME_HIDDEN.some((h) => p.styleHooks.has(h))).map((p) => p.path));
/** The desktop width axe runs at (Playwright's default viewport), then the narrower layouts. */
const DESKTOP = { width: 1280, height: 720 };
const NARROWEST = 320;

/** Searches from the page's search dialog for its own main heading; returns the result paths. */
async function searchOwnHeading(page: Page): Promise<{ query: string; found: string[] }> {
  const query = (await page.locator('main h1').first().textContent())?.trim() ?? '';
  await page.locator('input.pagefind-ui__search-input').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill(query);
  await dialog.locator('.pagefind-ui__result-link').first().waitFor();
  // Results fill in as their fragments arrive, not in rank order: read them once none is still loading.
  await dialog.locator('.pagefind-ui__loading').first().waitFor({ state: 'detached' });
  const hrefs = await dialog.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await page.keyboard.press('Escape');
  return { query, found: [...new Set(hrefs.map((h) => new URL(h, page.url()).pathname))] };
}

/** The layout at 768, 390 and 320 px of the page loaded at desktop width: what breaks, one line each. */
async function layoutFailures(page: Page, path: string): Promise<string[]> {
  const failures: string[] = [];
  const hasTable = (await page.locator('main table').count()) > 0;
  const words = async (width: number) => {
    if (hasTable) for (const word of await brokenWords(page)) failures.push(`${path} at ${width} px: breaks ${word}`);
  };
  await words(DESKTOP.width);
  await page.setViewportSize({ width: 768, height: 900 });
  await words(768);
  if (typePaths.has(path)) {
    await page.setViewportSize({ width: 390, height: 800 });
    for (const title of await clippedTitle(page)) failures.push(`${path} at 390 px: title clipped: ${title}`);
  }
  await page.setViewportSize({ width: NARROWEST, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > NARROWEST) failures.push(`${path} at ${NARROWEST} px: the page is ${width} px wide`);
  for (const title of await clippedTitle(page)) failures.push(`${path} at ${NARROWEST} px: title clipped: ${title}`);
  await words(NARROWEST);
  await page.setViewportSize(DESKTOP);
  return failures;
}

/** Light: every rule, the colour rules on the style cover only. Dark (the style cover): the colour rules. */
function axeRules(theme: 'light' | 'dark', path: string): AxeRules {
  if (theme === 'light') return styleCover.includes(path) ? 'all' : 'no colour';
  return themeDependent.has(path) ? 'all' : 'colour only';
}

// The two themes crawl side by side, each in its own browser context: axe keeps one core busy per
// theme, and the search dialog mostly waits on Pagefind's fetches.
describe.skipIf(!hasChromium).concurrent('every page, in both themes', () => {
  const site = useBuiltSite();

  it('has pages to check, every page type among them', ({ expect }) => {
    expect(paths.length).toBeGreaterThan(5);
    expect([...typePaths].filter((p) => !paths.includes(p))).toEqual([]);
    console.log(
      `every-page: ${paths.length} pages, colour checked on ${styleCover.length} (${styleCover.filter((p) => !typePaths.has(p) && p !== NOT_FOUND).join(', ')} for their styles)`,
    );
  });

  /** Visits the pages in a fresh context of the theme, collecting what `check` finds and every error. */
  async function crawl(
    theme: 'light' | 'dark',
    visit: string[],
    check: (page: Page, path: string) => Promise<string[]>,
  ): Promise<string[]> {
    const context = await site.browser.newContext({ colorScheme: theme, viewport: DESKTOP });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await preloadAxe(context);
    const page = await context.newPage();
    const failures = watchForErrors(page);
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.url()} answered ${r.status()}`));
    for (const path of visit) {
      await page.goto(site.server.origin + path);
      const shown = await page.locator('html').getAttribute('data-theme');
      if (shown !== theme) failures.push(`${path}: shows the ${shown} theme, not ${theme}`);
      failures.push(...(await axeViolations(page, `${path} [${theme}]`, { rules: axeRules(theme, path) })), ...(await check(page, path)));
    }
    await context.close();
    return failures;
  }

  it('light: zero axe violations, and the layout holds at 1280, 768, 390 and 320 px', { timeout: 300_000 }, async ({ expect }) => {
    expect(await crawl('light', paths, layoutFailures)).toEqual([]);
  });

  it(
    'dark, on every page type and every styled element: zero colour violations, and each page type is found by searching its own heading',
    { timeout: 300_000 },
    async ({ expect }) => {
      const failures = await crawl('dark', styleCover, async (page, path) => {
        if (!typePaths.has(path)) return [];
        const { query, found } = await searchOwnHeading(page);
        return found.includes(path) ? [] : [`${path}: searching its heading "${query}" lists ${found.join(', ')}`];
      });
      expect(failures).toEqual([]);
    },
  );
});
