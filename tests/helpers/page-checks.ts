// Shared checks for browser tests.
import type { Page } from 'playwright-core';

/** axe rule tags: WCAG 2.2 AA (with the 2.0 and 2.1 A/AA rules it includes) and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Collects uncaught exceptions and console errors; a test asserts the list is empty at the end. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message} ${e.stack ?? ''}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return errors;
}
