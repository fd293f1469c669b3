// The business case: filled in by keyboard, shared and reopened, bad input kept to its field while
// the last result stays, CSV, axe in both themes, 320 px, and print on one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session, startWidget } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/page-checks.ts';

const part = (name: string, key?: string) => `business-case [data-part~="${name}"]${key ? `[data-key="${key}"]` : ''}`;

describe.skipIf(!hasChromium)('business case', () => {
  const site = useBuiltSite();
  let session: Session;
  let page: Page;
  beforeAll(async () => void ({ page } = session = await openSession(site)));
  afterAll(() => closeSession(session));

  const open = async (hash = '') => {
    await page.goto('about:blank');
    await page.goto(`${site.server.origin}/business-case/${hash}`);
    await startWidget(page, 'business-case');
  };
  const summary = () => page.locator(part('summary')).innerText();
  const cells = () => page.locator(part('cell')).allInnerTexts();
  /** Focuses a field by tabbing to it from the one before, then types over its value. */
  async function typeInto(id: string, text: string) {
    await page.focus(`#bc-${id}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  }

  it('recomputes as the reader types by keyboard, and reopens the same case from its share link', { timeout: 60_000 }, async () => {
    await open();
    const before = await summary();
    expect(before).toMatch(/^Over three years, an internal e-commerce team shaped as/);
    // Tab from the first field to the second: the form is reachable and editable by keyboard.
    await page.focus('#bc-automated-orders');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bc-automated-lines');
    await typeInto('manual-orders', '200.000');
    await typeInto('manual-lines', '800 000');
    await typeInto('adoption-3', '55');
    await page.focus('#bc-team-size');
    await page.keyboard.press('ArrowDown');
    const after = await summary();
    expect(after).not.toBe(before);
    expect(after).toContain('(4 people)');
    // The picked team shape's people and hats show under the field.
    expect(await page.locator(`${part('shape', '4')} li`).count()).toBe(4);
    expect(await page.locator(part('shape', '4')).isVisible()).toBe(true);
    expect(await page.locator(part('shape', '3')).isVisible()).toBe(false);
    const table = await cells();
    expect(table.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
    // The chart's three lines end where the table's cumulative net at the end of year 3 says.
    const link = await page.inputValue(part('share-url'));
    expect(link).toMatch(/#b=1\./);

    await page.goto('about:blank');
    await page.goto(link);
    await startWidget(page, 'business-case');
    expect(await page.locator(part('shared')).isVisible()).toBe(true);
    expect(await page.inputValue('#bc-manual-orders')).toBe('200,000');
    expect(await page.inputValue('#bc-team-size')).toBe('4');
    expect(await summary()).toBe(after);
    expect(await cells()).toEqual(table);
    await page.click(part('reset'));
    expect(await summary()).toBe(before);
    expect(page.url()).not.toContain('#b=');
  });

  it('keeps a bad figure to its field, with a message, and the last result on screen', { timeout: 60_000 }, async () => {
    await open();
    await typeInto('manual-orders', '175,000');
    const good = await summary();
    const goodCells = await cells();
    const bad: [string, string, RegExp][] = [
      ['manual-orders', '', /cannot be empty/],
      ['manual-orders', '-5', /cannot be negative/],
      ['manual-orders', 'lots', /in digits/],
      ['manual-orders', '9999999999999', /more than this field allows/],
      ['manual-cost-per-line', '1,234', /could mean/],
      ['self-service-cost-per-line', '5', /cheaper channel/],
    ];
    for (const [id, text, message] of bad) {
      const before = await page.inputValue(`#bc-${id}`);
      await page.fill(`#bc-${id}`, text); // pasted at once: typing digit by digit passes through valid figures
      const error = page.locator(part('error', id));
      expect(await error.isVisible(), text).toBe(true);
      expect(await error.innerText()).toMatch(message);
      expect(await page.getAttribute(`#bc-${id}`, 'aria-invalid')).toBe('true');
      expect(await page.locator(part('status')).innerText()).toMatch(/last complete figures/);
      expect(await summary()).toBe(good);
      expect(await cells()).toEqual(goodCells);
      expect(await page.locator('business-case').innerText()).not.toMatch(/NaN|Infinity|undefined/);
      await page.fill(`#bc-${id}`, before);
      expect(await error.isVisible()).toBe(false);
    }
    expect(await summary()).toBe(good);
    // A damaged link keeps the figures on screen and says why.
    await page.evaluate(() => (location.hash = 'b=1.12_oops'));
    await page.locator(part('notice')).waitFor();
    expect(await page.locator(part('notice-text')).innerText()).toMatch(/damaged or incomplete.*kept/);
    expect(await page.inputValue('#bc-manual-orders')).toBe('175,000');
    await open('#b=7.1_2_3');
    expect(await page.locator(part('notice-text')).innerText()).toMatch(/version of this page/);
  });

  it('loads its script on first use, and a button pressed before it arrives still does its work', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/business-case\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('about:blank');
    await page.goto(`${site.server.origin}/business-case/`);
    expect(await page.evaluate(() => customElements.get('business-case') === undefined)).toBe(true);
    const download = page.waitForEvent('download');
    await page.click(part('csv'));
    release();
    expect((await download).suggestedFilename()).toBe('business-case.csv');
    await page.unroute(/\/_astro\/business-case\./);
  });

  it('downloads the CSV with the table’s numbers', async () => {
    await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(part('csv'))]);
    const text = await new Promise<string>((resolve, reject) => {
      download
        .createReadStream()
        .then((stream) => {
          let out = '';
          stream.on('data', (chunk) => (out += chunk));
          stream.on('end', () => resolve(out));
        })
        .catch(reject);
    });
    expect(download.suggestedFilename()).toBe('business-case.csv');
    const total = text.split('\r\n').find((l) => l.startsWith('"net value (USD)","1-3"'))!;
    const expectedNet = (await cells())[10]!; // row 4 (net value), expected column
    expect(Number(total.split(',')[3])).toBe(Number(expectedNet.replace(/[^\d−-]/g, '').replace('−', '-')));
  });

  it('has no axe violations in both themes, fits 320 px and prints on one page', { timeout: 90_000 }, async () => {
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await open();
      await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
      await open();
      failures.push(...(await axeViolations(page, `${theme}/defaults`)));
      await typeInto('manual-orders', 'x');
      failures.push(...(await axeViolations(page, `${theme}/error`)));
    }
    expect(failures).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });
    await open();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(part('form')).isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });
});
