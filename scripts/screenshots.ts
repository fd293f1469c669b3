// npm run screenshots — every page type of the last build (dist/) in every state its widget has,
// light and dark, at 320, 768 and 1280 px, served by nginx as README.md documents; PNGs under
// reports/screenshots/<page>/<state>-<theme>-<width>.png and an index.html to look through them.
// A report for a person to look at, not a test. Filters narrow a run while styling:
//   npm run screenshots -- --page scorecard --state result --theme dark --width 390
// (--page matches the page type's name or path; each filter may be given several times.)
// --widget also writes <shot>.widget.png, the first widget alone, to look at it closely.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { missingTools, startBrowserHarness } from './lib/browser-harness.ts';
import { pageTypes, type PageType } from './lib/page-types.ts';

const WIDTHS = [320, 768, 1280];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const OUT = join(process.cwd(), 'reports', 'screenshots');

/** What a state needs: storage refused before the page runs, a theme, and steps once it has loaded. */
interface State {
  name: string;
  /** Only for pages whose widgets have these parts (data-part names). */
  needs?: string;
  /** Only for widgets that save in the browser. */
  saves?: boolean;
  /** Runs in a fresh context before the shot; returns the URL to open last (default: the page). */
  prepare?: (page: Page, url: string) => Promise<string | void>;
  blockStorage?: boolean;
  print?: boolean;
}

/**
 * Answers the widgets' questions as a reader would: for each radio group (by name) it picks one
 * answer, spread over the options; checkboxes are ticked. `share` is how many groups and boxes, from 0 to 1.
 * Nothing here names a role, a question or a storage key: it reads the page.
 */
async function answer(page: Page, share: number): Promise<void> {
  await page.evaluate((share) => {
    const inputs = [...document.querySelectorAll<HTMLInputElement>('.widget input[type=radio], .widget input[type=checkbox]')].filter(
      (i) => i.offsetParent !== null && !i.disabled,
    );
    const groups = new Map<string, HTMLInputElement[]>();
    for (const input of inputs) {
      const key = input.type === 'radio' ? `r:${input.name}` : `c:${input.name}:${input.value}`;
      groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    const chosen = [...groups.values()].slice(0, Math.ceil(groups.size * share));
    chosen.forEach((options, i) => {
      const pick = options[(i * 2 + 1) % options.length]!;
      if (pick.checked) return;
      pick.click();
    });
  }, share);
}

const isWidgetPage = (t: PageType) => t.widgetJsKb !== undefined;

const STATES: State[] = [
  { name: 'empty' },
  { name: 'part-answered', prepare: (p) => answer(p, 0.3) },
  { name: 'result', prepare: (p) => answer(p, 1) },
  {
    name: 'shared',
    needs: 'share-url',
    prepare: async (page) => {
      await answer(page, 1);
      const link = await page.inputValue('[data-part~="share-url"]');
      // Opened as a colleague would: their own browser, nothing saved.
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      return link;
    },
  },
  { name: 'storage-unavailable', saves: true, blockStorage: true, prepare: (p) => answer(p, 0.3) },
  {
    name: 'corrupt-saved-state',
    saves: true,
    prepare: async (page, url) => {
      await answer(page, 0.5);
      // Whatever the widget saved, cut in half, as a crash mid-write would leave it.
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage))
          if (key !== 'starlight-theme') localStorage.setItem(key, localStorage.getItem(key)!.slice(0, 9));
      });
      await page.goto('about:blank');
      return url;
    },
  },
  { name: 'print', prepare: (p) => answer(p, 1), print: true },
];

const { values } = parseArgs({
  options: {
    page: { type: 'string', multiple: true },
    state: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    width: { type: 'string', multiple: true },
    widget: { type: 'boolean' },
  },
});
const keep = <T>(list: T[], wanted: string[] | undefined, key: (t: T) => string[]) =>
  wanted ? list.filter((t) => key(t).some((k) => wanted.includes(k))) : list;
const types = keep(pageTypes(), values.page, (t) => [t.name, t.path, t.name.replaceAll(' ', '-')]);
const widths = values.width ? values.width.map(Number) : WIDTHS;
const themes = keep([...THEMES], values.theme, (t) => [t]);

async function shoot(browser: Browser, origin: string, type: PageType, state: State, theme: Theme, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  try {
    if (state.blockStorage)
      await context.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        }),
      );
    else await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    const url = origin + type.path;
    await page.goto(url);
    const applies = await page.evaluate(
      ({ needs, saves }) =>
        (!needs || document.querySelector(`.widget [data-part~="${needs}"]`) !== null) &&
        (!saves || document.querySelector('.widget [data-part~="storage"]') !== null),
      { needs: state.needs, saves: state.saves },
    );
    if (!applies) return false;
    const next = (await state.prepare?.(page, url)) ?? undefined;
    if (next) await page.goto(next);
    if (state.print) await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const dir = join(OUT, type.name.replaceAll(' ', '-'));
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${state.name}-${theme}-${width}.png`), fullPage: true });
    const widget = page.locator('.widget').first();
    if (values.widget && (await widget.count())) await widget.screenshot({ path: join(dir, `${state.name}-${theme}-${width}.widget.png`) });
    return true;
  } finally {
    await context.close();
  }
}

const missing = missingTools();
if (missing.length > 0) {
  console.error(`Screenshots need what this machine lacks:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
if (!values.page && !values.state && !values.theme && !values.width) rmSync(OUT, { recursive: true, force: true });
const harness = await startBrowserHarness();
const shots: string[] = [];
try {
  const browser = await chromium.connect(harness.wsEndpoint);
  for (const type of types) {
    const states = keep(isWidgetPage(type) ? STATES : STATES.slice(0, 1), values.state, (s) => [s.name]);
    for (const state of states)
      for (const theme of themes)
        for (const width of widths)
          if (await shoot(browser, harness.origin, type, state, theme, width))
            shots.push(`${type.name.replaceAll(' ', '-')}/${state.name}-${theme}-${width}.png`);
  }
  await browser.close();
} finally {
  await harness.stop();
}
const index = `<!doctype html><meta charset="utf-8"><title>Screenshots</title>
<style>body{font:14px system-ui;margin:1rem}figure{display:inline-block;vertical-align:top;margin:0 1rem 1rem 0}img{max-width:320px;border:1px solid #ccc}</style>
${shots.map((s) => `<figure><a href="${s}"><img src="${s}" loading="lazy" alt=""></a><figcaption>${s}</figcaption></figure>`).join('\n')}`;
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'index.html'), index);
console.log(`${shots.length} screenshots in ${OUT} (index.html lists them)`);
