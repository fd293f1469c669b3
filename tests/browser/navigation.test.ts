// Search finds a role page by its name, and the page works by keyboard alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { watchForErrors } from '../helpers/page-checks.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

describe.skipIf(!hasChromium)('search and keyboard', () => {
  const site = useBuiltSite();
  let page: Page;
  beforeEach(async () => {
    page = await (await site.browser.newContext()).newPage();
  });
  afterEach(async () => page.context().close());

  it('finds a role playbook by its name in the search dialog', async () => {
    await page.goto(`${site.server.origin}/`);
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input.pagefind-ui__search-input').fill('Search and discovery');
    const first = dialog.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    const hrefs = await dialog.locator('.pagefind-ui__result-link').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/roles/search-discovery/');
  });

  it('opens search from the keyboard and follows a result with Enter', async () => {
    await page.goto(`${site.server.origin}/why-ownership/`);
    // Starlight loads Pagefind's UI when the browser is idle; the shortcut focuses its input once it is there.
    await page.locator('input.pagefind-ui__search-input').waitFor({ state: 'attached' });
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    const box = page.getByRole('dialog').locator('input.pagefind-ui__search-input');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('data and analytics');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    // Tab from the search box into the results, then follow the focused link.
    let href: string | null = null;
    for (let i = 0; i < 5 && !href?.startsWith('/roles/'); i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    }
    expect(href).toBe('/roles/data-analytics/');
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/roles/data-analytics/');
  });

  it('starts with a skip link that moves focus to the content', async () => {
    await page.goto(`${site.server.origin}/roles/search-discovery/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip.text).toMatch(/skip to content/i);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(skip.href);
    const target = await page.evaluate(() => document.activeElement?.closest('main') !== null || location.hash === '#_top');
    expect(target).toBe(true);
  });

  it('reaches every sidebar link with Tab and shows where focus is', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.origin}/roles/`);
    const sidebarLinks = await page
      .locator('#starlight__sidebar a[href]:visible')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sidebarLinks).toContain('/why-ownership/');
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('#starlight__sidebar')) return null;
        const style = getComputedStyle(el);
        return { href: el.getAttribute('href'), outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (info?.href) {
        expect(info.outlined, `focus ring on ${info.href}`).toBe(true);
        reached.add(info.href);
      }
    }
    for (const href of sidebarLinks) expect(reached, `sidebar link ${href}`).toContain(href);
  });

  it('runs a search on every page with no CSP violation, error or request to another origin', { timeout: 180_000 }, async () => {
    const errors = watchForErrors(page);
    for (const path of sitemapPaths()) {
      await page.goto(site.server.origin + path);
      await page.locator('input.pagefind-ui__search-input').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.locator('input.pagefind-ui__search-input').fill('punchout');
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      await page.keyboard.press('Escape');
    }
    expect(errors).toEqual([]);
  });

  it('enforces the policy: an injected inline script does not run and is reported', async () => {
    await page.goto(`${site.server.origin}/roles/`);
    const result = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; violation: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve({ ran: 'injected' in window, violation: e.violatedDirective }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.head.append(script);
        }),
    );
    expect(result).toEqual({ ran: false, violation: 'script-src-elem' });
  });
});
