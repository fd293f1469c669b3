// Shared checks for browser tests.
import type { Page } from 'playwright-core';

/** axe rule tags: WCAG 2.2 AA (with the 2.0 and 2.1 A/AA rules it includes) and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Collects what must never happen on a page: uncaught exceptions, console errors (Chromium reports
 * every Content-Security-Policy violation there too), CSP violation events, and requests to any
 * origin other than the site's own. A test asserts the list is empty at the end.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message} ${e.stack ?? ''}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  let site: string | undefined; // the origin of the first page loaded: the site under test
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:'].includes(url.protocol)) return; // data: and blob: stay in the page
    site ??= url.origin;
    if (url.origin !== site) errors.push(`third-party request: ${r.url()}`);
  });
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  return errors;
}
