// The site works by keyboard alone: search from the shortcut to a result, the skip link, the sidebar
// with a visible focus ring; and the Content-Security-Policy blocks an injected script.
// (Search on every page and axe are checked in one crawl in every-page.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { firstRole } from '../../scripts/lib/page-types.ts';

describe.skipIf(!hasChromium)('keyboard and policy', () => {
  const site = useBuiltSite();
  let page: Page;
  beforeEach(async () => {
    page = await (await site.browser.newContext()).newPage();
  });
  afterEach(async () => page.context().close());

  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { href: el?.getAttribute('href') ?? null, inMain: !!el?.closest('main'), inSidebar: !!el?.closest('#starlight__sidebar') };
    });

  it('opens search with the shortcut, types a role name and follows its result with Enter', async () => {
    const role = firstRole();
    const target = `/roles/${role.id}/`;
    await page.goto(`${site.server.origin}/why-ownership/`);
    // Starlight loads Pagefind's UI when the browser is idle; the shortcut focuses its input once it is there.
    await page.locator('input.pagefind-ui__search-input').waitFor({ state: 'attached' });
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    const box = page.getByRole('dialog').locator('input.pagefind-ui__search-input');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(role.name);
    await page.locator(`.pagefind-ui__result-link[href="${target}"]`).waitFor();
    // Tab from the search box into the results until the role's page has focus, then follow it.
    let href: string | null = null;
    for (let i = 0; i < 10 && href !== target; i++) {
      await page.keyboard.press('Tab');
      href = (await focused()).href;
    }
    expect(href).toBe(target);
    await Promise.all([page.waitForURL(`**${target}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(target);
  });

  it('starts with a skip link: after it, the next Tab lands in the page content', async () => {
    await page.goto(`${site.server.origin}/roles/${firstRole().id}/`);
    await page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.href).toMatch(/^#./);
    const targetInMain = await page.evaluate((id) => !!document.getElementById(id)?.closest('main'), skip.href!.slice(1));
    expect(targetInMain, `${skip.href} is in <main>`).toBe(true);
    await page.keyboard.press('Enter');
    // Following a fragment link updates the address after the key press returns; on a busy machine later.
    await expect.poll(() => new URL(page.url()).hash).toBe(skip.href);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ inMain: true });
  });

  it('reaches every visible sidebar link with Tab and shows where focus is', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.origin}/roles/`);
    const sidebarLinks = await page
      .locator('#starlight__sidebar a[href]:visible')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sidebarLinks.length).toBeGreaterThan(1);
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
