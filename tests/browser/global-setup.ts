// Global setup of the browser project: one nginx serving dist/ with README.md's server block and one
// Chromium, shared by every browser test file (tests/helpers/browser.ts connects to them).
// Without Chromium, nginx or openssl the browser tests are skipped, loudly; under CI=true they fail.
import type { TestProject } from 'vitest/node';
import { missingTools, startBrowserHarness, type BrowserHarness } from '../../scripts/lib/browser-harness.ts';

export type BrowserHarnessInfo = Omit<BrowserHarness, 'stop'>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absent when the browser tests are skipped. */
    browserHarness: BrowserHarnessInfo | undefined;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const missing = missingTools();
  if (missing.length > 0) {
    const message = `Browser tests need what this machine lacks:\n  ${missing.join('\n  ')}`;
    if (process.env.CI === 'true') throw new Error(message);
    const line = '!'.repeat(100);
    console.warn(`\n${line}\n  BROWSER TESTS SKIPPED. ${message}\n${line}\n`);
    project.provide('browserHarness', undefined);
    return undefined;
  }
  const { stop, ...info } = await startBrowserHarness();
  project.provide('browserHarness', info);
  return stop;
}
