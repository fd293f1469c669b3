// Browser tests connect to the one Chromium and the one nginx that tests/browser/global-setup.ts
// starts for all browser test files. Never downloads a browser.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { watchForErrors } from './page-checks.ts';

const harness = inject('browserHarness');

/** True when the shared Chromium and nginx run; otherwise the global setup said why the tests skip. */
export const hasChromium = harness !== undefined;

/** The shared harness (Lighthouse reaches the same Chromium by its DevTools port). */
export function browserHarness() {
  if (!harness) throw new Error('The browser harness is not running (see the warning of tests/browser/global-setup.ts)');
  return harness;
}

export interface BuiltSite {
  browser: Browser;
  /** nginx serving dist/ on the loopback. */
  server: { origin: string };
}

/** Connects to the shared Chromium before the tests of a file and disconnects after them. */
export function useBuiltSite(): BuiltSite {
  const site = { server: { origin: harness?.origin ?? '' } } as BuiltSite;
  beforeAll(async () => {
    site.browser = await chromium.connect(browserHarness().wsEndpoint);
  });
  afterAll(async () => {
    await site.browser?.close();
  });
  return site;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** What must not happen on the page (see watchForErrors); asserted empty when the session ends. */
  errors: string[];
}

/** A fresh browser context and page for one test, watched for errors and third-party requests. */
export async function openSession(site: BuiltSite, options: { clipboard?: boolean } = {}): Promise<Session> {
  const context = await site.browser.newContext();
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  return { context, page, errors: watchForErrors(page) };
}

export async function closeSession({ context, errors }: Session): Promise<void> {
  expect(errors).toEqual([]);
  await context.close();
}

/**
 * Waits until the page's first <tag> widget runs. Widgets that load on first use
 * (src/widgets/load-on-first-use.ts) load when a pointer passes over them, so the test does that first.
 */
export async function startWidget(page: Page, tag: string): Promise<void> {
  await page.locator(tag).first().dispatchEvent('pointerover');
  await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
}
