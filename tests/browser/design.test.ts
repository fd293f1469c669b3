// The design applies: it fails when styles stop applying, whatever they look like. Widgets once
// rendered with the browser's defaults (grey system buttons, grooved fieldsets, radios that ran
// together) because their stylesheet matched no element. Measured, not looked at: widget roots are
// blocks; no visible button or answer in main, no widget fieldset (Chromium's grooved border) and no
// widget notice (an aside, shown for the check) looks like the browser's default; targets meet WCAG 2.2
// 2.5.8 (24 × 24 px) and 44 px for answers. The layout of every page (no sideways scroll at 320 px, no
// table cell breaking a word, the site title not clipped) is checked in the one crawl of every-page.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

const widgetPages = pageTypes().flatMap((t) => (t.widgetJsKb === undefined ? [] : [[t.name, t.path] as const]));
/** WCAG 2.2 2.5.8 target size (minimum), and the comfortable size for the answers a reader taps most. */
const TARGET = 24;
const ANSWER = 44;

interface Look {
  /** Custom elements that carry a widget's data island, with their display. */
  roots: { tag: string; display: string }[];
  /** Visible buttons and answer labels in main that look like an unstyled one. */
  defaults: string[];
  /** Visible targets smaller than they must be. */
  small: string[];
}

/** What a page's widgets look like, measured against the same elements in a page with no styles at all. */
function look(page: Page): Promise<Look> {
  return page.evaluate(
    async ({ target, answer }) => {
      // The browser's own look: the same elements in an empty frame, which no stylesheet reaches.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const doc = frame.contentDocument!;
      doc.body.innerHTML =
        '<button>plain</button><label><input type="radio"> plain</label><fieldset><legend>plain</legend></fieldset><div>plain</div>';
      const PROPS = ['background-color', 'border-top-style', 'border-top-width', 'border-radius', 'padding-top', 'display'];
      const pick = (el: Element, view: Window) => PROPS.map((p) => view.getComputedStyle(el).getPropertyValue(p));
      const plainButton = pick(doc.querySelector('button')!, frame.contentWindow!);
      const plainLabel = pick(doc.querySelector('label')!, frame.contentWindow!);
      const plainFieldset = pick(doc.querySelector('fieldset')!, frame.contentWindow!);
      const plainDiv = pick(doc.querySelector('div')!, frame.contentWindow!);
      frame.remove();
      const name = (el: Element) => `${el.localName} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().width > 0;
      const same = (a: string[], b: string[], props: string[]) => props.every((p) => a[PROPS.indexOf(p)] === b[PROPS.indexOf(p)]);
      const main = document.querySelector('main')!;
      const roots = [...main.querySelectorAll('[data-part="widget-data"]')].map((island) => island.parentElement!);
      const defaults: string[] = [];
      const small: string[] = [];
      for (const button of [...main.querySelectorAll('button')].filter(visible)) {
        // A browser-default button has the system face colour, or the square corners and outset border.
        const own = pick(button, window);
        if (same(own, plainButton, ['background-color']) || same(own, plainButton, ['border-radius', 'border-top-style']))
          defaults.push(name(button));
        const box = button.getBoundingClientRect();
        if (box.width < target || box.height < target) small.push(`${name(button)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      for (const root of roots) {
        for (const fieldset of [...root.querySelectorAll('fieldset')].filter(visible))
          if (same(pick(fieldset, window), plainFieldset, ['border-top-style'])) defaults.push(name(fieldset));
        // Every widget has a notice region (shared view, storage, damaged state); shown, it is an aside, not a plain block.
        const notice = root.querySelector<HTMLElement>('[data-part~="notice"]');
        if (!notice) defaults.push(`<${root.localName}> has no notice region`);
        else {
          const hidden = notice.hidden;
          notice.hidden = false;
          const shown = notice.firstElementChild ?? notice;
          if (same(pick(shown, window), plainDiv, PROPS)) defaults.push(`notice of <${root.localName}>`);
          notice.hidden = hidden;
        }
      }
      for (const root of roots)
        for (const input of root.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
          const label = input.closest('label');
          if (!label || !visible(label)) continue;
          // A plain label is an inline run of text: an answer is a box (its own display, padding, border or fill).
          if (same(pick(label, window), plainLabel, ['display', 'padding-top', 'border-top-width', 'background-color']))
            defaults.push(name(label));
          const box = label.getBoundingClientRect();
          if (box.width < target || box.height < answer)
            small.push(`${name(label)} ${Math.round(box.width)}×${Math.round(box.height)} (answers: at least ${target}×${answer})`);
        }
      return { roots: roots.map((r) => ({ tag: r.localName, display: getComputedStyle(r).display })), defaults, small };
    },
    { target: TARGET, answer: ANSWER },
  );
}

describe.skipIf(!hasChromium)('the design applies', () => {
  const site = useBuiltSite();
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext();
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('has widget pages', () => {
    expect(widgetPages.length).toBeGreaterThan(0);
  });

  it.each(widgetPages)(
    '%s (%s): widgets are blocks, buttons, answers, fieldsets and notices are styled, targets large enough, at 390 and 1280 px',
    async (_name, path) => {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(site.server.origin + path);
        const found = await look(page);
        expect(found.roots.length, `${path}: widgets on the page`).toBeGreaterThan(0);
        // Soft: one run names every check that fails, not only the first.
        for (const root of found.roots) expect.soft(root.display, `${path} at ${width} px: <${root.tag}>`).toBe('block');
        expect.soft(found.defaults, `${path} at ${width} px: in the browser's default look`).toEqual([]);
        expect.soft(found.small, `${path} at ${width} px: targets too small`).toEqual([]);
      }
    },
  );
});
