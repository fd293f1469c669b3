// One crawl of every sitemap page (and the 404 page) in both themes: axe (WCAG 2.2 AA + best practice)
// finds zero violations; no page requests a missing file, violates its Content-Security-Policy, throws
// or calls another origin; and search works on every page: its own heading finds it.
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { AXE_TAGS, watchForErrors } from '../helpers/page-checks.ts';

// The sitemap leaves out the 404 page; it is checked too.
const NOT_FOUND = '/404.html';
const paths = [...sitemapPaths(), NOT_FOUND];

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

describe.skipIf(!hasChromium)('every page, in both themes', () => {
  const site = useBuiltSite();

  it('has pages to check', () => expect(paths.length).toBeGreaterThan(5));

  for (const theme of ['light', 'dark'] as const) {
    const searchToo = theme === 'light';
    it(
      `has zero axe violations${searchToo ? ' and a working search' : ''} on every page in the ${theme} theme`,
      { timeout: 400_000 },
      async () => {
        const context = await site.browser.newContext({ colorScheme: theme });
        await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        const page = await context.newPage();
        const failures = watchForErrors(page);
        page.on('response', (r) => r.status() >= 400 && failures.push(`${r.url()} answered ${r.status()}`));
        for (const path of paths) {
          await page.goto(site.server.origin + path);
          expect(await page.locator('html').getAttribute('data-theme'), path).toBe(theme);
          // Only violations are asserted: axe then skips collecting every passing node (a sixth faster).
          const { violations } = await new AxeBuilder({ page })
            .withTags(AXE_TAGS)
            .options({ resultTypes: ['violations'] })
            .analyze();
          for (const v of violations)
            failures.push(
              `${path} [${theme}] ${v.id}: ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
            );
          if (searchToo && path !== NOT_FOUND) {
            const { query, found } = await searchOwnHeading(page);
            if (!found.includes(path)) failures.push(`${path}: searching its heading "${query}" lists ${found.join(', ')}`);
          }
        }
        await context.close();
        expect(failures).toEqual([]);
      },
    );
  }
});
