// The widget stylesheet applies to the widgets: it once styled `.widget …` while no widget root had
// that class, and every widget rendered with the browser's defaults. This fails when that happens
// again, whatever the styles look like: it compares computed styles with the browser's own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session } from '../helpers/browser.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const role = roleIdsInOrder()[0]!;
/** Each widget page with the custom elements it holds. */
const PAGES: [path: string, elements: string[]][] = [
  [`/roles/${role}/assessment/`, ['self-assessment']],
  ['/scorecard/', ['ownership-scorecard']],
  [`/roles/${role}/hiring/`, ['job-copy']],
  [`/roles/${role}/onboarding/`, ['onboarding-checklist']],
  ['/start-small/', ['hiring-plan-builder']],
];

/** The computed properties that tell a styled element from the browser's default one. */
const LOOK = [
  'display',
  'background-color',
  'border-top-style',
  'border-top-width',
  'border-top-color',
  'padding-top',
  'border-left-width',
];

interface Styles {
  roots: { tag: string; display: string }[];
  fieldset: string | null;
  button: { widget: Record<string, string>; plain: Record<string, string> };
  notice: { widget: Record<string, string>; plain: Record<string, string> };
}

/** Computed styles of the widgets on the page, each beside the same element outside any widget's styles. */
function measure(page: Page, elements: string[]): Promise<Styles> {
  return page.evaluate(
    ({ elements, look }) => {
      const pick = (el: Element) => Object.fromEntries(look.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]));
      const roots = elements.flatMap((tag) => [...document.querySelectorAll(tag)]);
      const beside = (tag: string, parent: Element) => {
        const el = document.createElement(tag);
        el.textContent = 'plain';
        parent.append(el);
        const styles = pick(el);
        el.remove();
        return styles;
      };
      const root = roots[0]!;
      const button = root.querySelector('button')!;
      const notice = root.querySelector('[data-part~="notice"]') as HTMLElement;
      notice.hidden = false; // measured as the reader would see it
      const shown = notice.firstElementChild!;
      const styles = {
        roots: roots.map((r) => ({ tag: r.localName, display: getComputedStyle(r).display })),
        fieldset: root.querySelector('fieldset') && getComputedStyle(root.querySelector('fieldset')!).borderTopStyle,
        button: { widget: pick(button), plain: beside('button', document.body) },
        notice: { widget: pick(shown), plain: beside('div', notice.parentElement!) },
      };
      notice.hidden = true;
      return styles;
    },
    { elements, look: LOOK },
  );
}

describe.skipIf(!hasChromium)('widget styles apply', () => {
  const site = useBuiltSite();
  let session: Session;
  beforeEach(async () => void (session = await openSession(site)));
  afterEach(() => closeSession(session));

  it.each(PAGES)('%s: widget roots are blocks, and fieldsets, buttons and notices are not browser defaults', async (path, elements) => {
    const { page } = session;
    await page.goto(site.server.origin + path);
    const styles = await measure(page, elements);
    expect(styles.roots.length, 'widgets on the page').toBeGreaterThan(0);
    // Soft: one run names every check that fails, not only the first.
    for (const root of styles.roots) expect.soft(root.display, root.tag).toBe('block');
    // Chromium draws an unstyled fieldset with a 2px groove border.
    if (styles.fieldset !== null) expect.soft(styles.fieldset, 'fieldset border').not.toBe('groove');
    expect.soft(styles.button.widget['background-color'], 'button background').not.toBe(styles.button.plain['background-color']);
    const border = (s: Record<string, string>) => [s['border-top-style'], s['border-top-width'], s['border-top-color']].join(' ');
    expect.soft(border(styles.button.widget), 'button border').not.toBe(border(styles.button.plain));
    expect.soft(styles.notice.widget, 'notice').not.toEqual(styles.notice.plain);
  });
});
