// axe (WCAG 2.2 AA + best practice) finds zero violations on every sitemap page, in both themes,
// and no page requests a missing file, violates its Content-Security-Policy, throws or calls another origin.
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

import { AXE_TAGS as TAGS, watchForErrors } from '../helpers/page-checks.ts';
// The sitemap leaves out the 404 page; it is checked too.
const paths = [...sitemapPaths(), '/404.html'];

describe.skipIf(!hasChromium)('accessibility (axe)', () => {
  const site = useBuiltSite();

  it('has pages to check', () => expect(paths.length).toBeGreaterThan(5));

  for (const theme of ['light', 'dark'] as const) {
    it(`has zero violations on every page in the ${theme} theme`, { timeout: 300_000 }, async () => {
      const context = await site.browser.newContext({ colorScheme: theme });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const failures = watchForErrors(page);
      page.on('response', (r) => r.status() >= 400 && failures.push(`${r.url()} answered ${r.status()}`));
      for (const path of paths) {
        await page.goto(site.server.origin + path);
        expect(await page.locator('html').getAttribute('data-theme'), path).toBe(theme);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of violations)
          failures.push(
            `${path} [${theme}] ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
          );
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }
});
