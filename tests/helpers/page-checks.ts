// Shared checks for browser tests.
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** axe rule tags: WCAG 2.2 AA (with the 2.0 and 2.1 A/AA rules it includes) and best practice. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules that read colours: a check that has seen a page's styles in this theme may skip them. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Contexts whose documents get axe as they load (preloadAxe). */
const preloaded = new WeakSet<BrowserContext>();

/**
 * For a context where every page loaded gets an axe check (a crawl): axe is put into each document
 * as it loads, once, instead of by AxeBuilder, whose legacy mode sends its 550 KB source to the page
 * twice per check. Measured on 20 pages: 12–13.5 s of checks instead of 17.7 s.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeCore.source });
  preloaded.add(context);
}

/** Which of axe's rules a check runs (see axeViolations). */
export type AxeRules = 'all' | 'no colour' | 'colour only';

/**
 * axe's violations on the page as it is now, one line each (`label rule: help — first targets`).
 * Legacy mode runs axe in the page itself instead of opening a blank page to merge the results of
 * each frame: half the time per check, and the site has no frames (the `frame-tested` rule would
 * still report one left untested). Only violations are collected: axe then skips every passing node.
 * `rules` narrows the check: 'no colour' leaves out the rules that read colours (most of axe's time),
 * for a page whose element names, classes and inline styles other checked pages of the theme carry
 * (style-coverage.ts); 'colour only' runs just those, for a page whose other rules have been checked in
 * another theme (they read the DOM, which is the same in both).
 */
export async function axeViolations(page: Page, label: string, { rules = 'all' }: { rules?: AxeRules } = {}): Promise<string[]> {
  // options() replaces every option set before it, the rule selection included: it comes first.
  // A no-op source where the document has axe already (preloadAxe).
  const builder = new AxeBuilder(preloaded.has(page.context()) ? { page, axeSource: 'void 0' } : { page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true);
  if (rules === 'colour only') builder.withRules(COLOUR_RULES);
  else builder.withTags(AXE_TAGS);
  if (rules === 'no colour') builder.disableRules(COLOUR_RULES);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${label} ${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

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

/** Words in table cells of main that the layout broke across lines, with the page's width. */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main :is(td, th)')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A word: letters and digits between spaces, hyphens and slashes (a line may end after those).
        for (const match of node.textContent!.matchAll(/[^\s\-\u2010-\u2014/]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`"${match[0]}" in ${cell.localName} "${(cell.textContent ?? '').trim().slice(0, 30)}"`);
        }
      }
    }
    return broken;
  });
}

/** The site title's visible text boxes that are narrower than their text (clipped), in the site's own font. */
export function clippedTitle(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.querySelectorAll<HTMLElement>('.site-title, .site-title *')]
      .filter((el) => el.getBoundingClientRect().width > 1 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((el) => `"${el.textContent?.trim()}" shows ${el.clientWidth} of ${el.scrollWidth} px`);
  });
}
