// Launches the system Chromium for browser tests. Never downloads a browser.
// Where Chromium is missing: under CI=true the tests fail; elsewhere they are skipped, loudly.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { watchForErrors } from './page-checks.ts';
import { serveDist, type RunningServer } from './static-server.ts';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROME_PATH);

/** Flags for a headless Chromium in a sandbox with no network beyond the loopback: no calling home. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO = `Install it with: apt-get update && apt-get install -y chromium  (or set CHROME_PATH to a Chromium/Chrome binary)`;

if (!hasChromium) {
  if (process.env.CI === 'true') throw new Error(`Browser tests need Chromium at ${CHROME_PATH}, which is missing. ${HOW_TO}`);
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n  BROWSER TESTS SKIPPED: no Chromium at ${CHROME_PATH}.\n  ${HOW_TO}\n${line}\n`);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
  });
}

/** Starts Chromium and a server for dist/ before the tests of a file, and stops both after them. */
export function useBuiltSite(): { browser: Browser; server: RunningServer } {
  const site = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveDist()]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
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
export async function openSession(
  site: { browser: Browser; server: RunningServer },
  options: { clipboard?: boolean } = {},
): Promise<Session> {
  const context = await site.browser.newContext();
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  return { context, page, errors: watchForErrors(page) };
}

export async function closeSession({ context, errors }: Session): Promise<void> {
  expect(errors).toEqual([]);
  await context.close();
}
