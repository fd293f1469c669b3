// The ownership scorecard: results, radar against table, share links, team view, history, export,
// robustness, accessibility and print.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session, startWidget } from '../helpers/browser.ts';
import { axeViolations, watchForErrors } from '../helpers/page-checks.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const ROLES = roleIdsInOrder();
/** The answers `fill` gives, role by role in display order; the second role is the most urgent gap. */
const OWNERS = ROLES.map((_, i) => ['dedicated', 'none', 'part-time', 'vendor', 'vendor', 'none'][i % 6]!);
const RATINGS = ROLES.map((_, i) => [4, 1, 3, 2, 5, 1][i % 6]!);
/** A part of the scorecard by its data-part name, and data-key for the parts there is one of per role. */
const part = (name: string, key?: string) => `ownership-scorecard [data-part~="${name}"]${key ? `[data-key="${key}"]` : ''}`;

describe.skipIf(!hasChromium)('ownership scorecard', () => {
  const site = useBuiltSite();
  let session: Session;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeEach(async () => void ({ context, page, errors } = session = await openSession(site)));
  afterEach(() => closeSession(session));

  const open = async (p: Page = page, hash = '') => {
    await p.goto('about:blank'); // a hash-only change would not reload the page
    await p.goto(`${site.server.origin}/scorecard/${hash}`);
    await startWidget(p, 'ownership-scorecard');
  };
  async function fill(p: Page = page, ratings = RATINGS, teamSize = 2) {
    await p.check(`input[name="team-size"][value="${teamSize}"]`);
    for (const [i, id] of ROLES.entries()) {
      await p.check(`input[name="owner-${id}"][value="${OWNERS[i]}"]`);
      const rating = p.locator(`input[name="rating-${id}"][value="${ratings[i]}"]`);
      if (await rating.isVisible()) await rating.check(); // hidden where a self-assessment gives the level
    }
  }
  const tableMaturity = (p: Page = page) => p.locator(part('maturity')).allInnerTexts();
  const roleName = (p: Page, i: number) =>
    p
      .locator(`${part('table')} tbody th`)
      .nth(i)
      .innerText();

  it('ranks gaps, suggests three moves and a team shape, and draws the radar with the table’s numbers', async () => {
    await open();
    await fill();
    expect(await tableMaturity()).toEqual(RATINGS.map(String));
    // Radar: the distance of each point from the centre, as a share of the radius, times 5 levels.
    const levels = await page.locator(part('radar')).evaluate((poly) => {
      const svg = (poly as SVGPolygonElement).ownerSVGElement!;
      const [cx, cy] = [svg.viewBox.baseVal.width / 2, svg.viewBox.baseVal.height / 2];
      const outer = svg.querySelectorAll('polygon.ring')[4]!.getAttribute('points')!.split(' ')[0]!.split(',').map(Number);
      const radius = Math.hypot(outer[0]! - cx, outer[1]! - cy);
      return poly
        .getAttribute('points')!
        .split(' ')
        .map((pt) => pt.split(',').map(Number))
        .map(([x, y]) => Math.round((Math.hypot(x! - cx, y! - cy) / radius) * 5 * 100) / 100);
    });
    expect(levels).toEqual(RATINGS);
    // Owner "none" and level 1: the furthest from a dedicated owner and from the top level.
    const gaps = await page.locator(`${part('gaps')} li`).allInnerTexts();
    expect(gaps[0]!.startsWith(`${await roleName(page, 1)}: priority 7 `)).toBe(true);
    expect(await page.locator(`${part('moves')} li`).count()).toBe(3);
    const move = (await page
      .locator(`${part('moves')} li a`)
      .first()
      .getAttribute('href'))!;
    expect(move).toMatch(new RegExp(`^/roles/${ROLES[1]}/#[a-z0-9-]+$`));
    const shapeLink = await page.locator(`${part('team')} a`).getAttribute('href');
    expect(shapeLink).toBe('/start-small/#team-of-2');
    expect(await page.locator(`${part('team')} li`).count()).toBe(2);
    await page.goto(site.server.origin + shapeLink!);
    expect(await page.locator('#team-of-2').count()).toBe(1);
    await page.goto(site.server.origin + move);
    expect(await page.locator(`[id="${move.split('#')[1]}"]`).count()).toBe(1);
    await open();
    await page.reload();
    expect(await tableMaturity()).toEqual(RATINGS.map(String));
  });

  it('takes maturity from a completed self-assessment instead of the quick rating', async () => {
    const role = ROLES[3]!;
    await page.goto(`${site.server.origin}/roles/${role}/assessment/`);
    const ids = await page
      .locator('fieldset.statement input[value="unknown"]')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('name')!));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    await page.evaluate(
      ([role, qs]) => {
        const answers = Object.fromEntries(qs.map((q, i) => [q, i === 0 ? 'unknown' : 3]));
        localStorage.setItem('cop.assessments', JSON.stringify({ v: 1, roles: { [role]: { answers, updated: '2026-11-01' } } }));
      },
      [role, ids] as const,
    );
    await open();
    await fill();
    expect(await page.locator(part('assessed', role)).isVisible()).toBe(true);
    expect(await page.locator(part('rating', role)).isVisible()).toBe(false);
    const expected = Math.floor((1 + 3 * (ids.length - 1)) / ids.length);
    expect((await tableMaturity())[3]).toBe(String(expected));
    expect(await page.locator(part('assessed-level', role)).innerText()).toMatch(new RegExp(`^level ${expected}, `));
  });

  it('shares results in a short link that opens read-only in a fresh browser and never overwrites saved answers unasked', async () => {
    await open();
    await fill();
    const link = await page.inputValue(part('share-url'));
    const hash = new URL(link).hash;
    expect(hash.length).toBeLessThanOrEqual(200);

    const fresh = await site.browser.newContext();
    const other = await fresh.newPage();
    const otherErrors = watchForErrors(other);
    // The other reader has their own saved scorecard.
    await other.goto(`${site.server.origin}/scorecard/`);
    await other.evaluate(() =>
      localStorage.setItem('cop.scorecard', JSON.stringify({ v: 1, current: { teamSize: 5, roles: {} }, history: [] })),
    );
    await open(other, hash);
    expect(await other.locator(part('shared')).isVisible()).toBe(true);
    expect(await tableMaturity(other)).toEqual(RATINGS.map(String));
    expect(await other.locator('input[name="team-size"]').first().isDisabled()).toBe(true);
    expect(JSON.parse((await other.evaluate(() => localStorage.getItem('cop.scorecard')))!).current.teamSize).toBe(5);
    // Adopting asks first because the reader has answers of their own.
    await other.click(part('adopt'));
    expect(await other.locator(part('adopt-confirm')).isVisible()).toBe(true);
    await other.click(part('adopt-no'));
    expect(JSON.parse((await other.evaluate(() => localStorage.getItem('cop.scorecard')))!).current.teamSize).toBe(5);
    await other.click(part('adopt'));
    await other.click(part('adopt-yes'));
    expect(JSON.parse((await other.evaluate(() => localStorage.getItem('cop.scorecard')))!).current.teamSize).toBe(2);
    expect(otherErrors).toEqual([]);
    await fresh.close();
  });

  it('shows a notice for a malformed or hostile link and keeps the reader’s own answers', async () => {
    await open();
    await fill();
    for (const hash of ['#s=1.2d1n2', '#s=9.2d1n2p3v4v5n1', '#s=<img src=x onerror=alert(1)>', '#s=%E0%A4%A']) {
      await open(page, hash);
      expect(await page.locator(part('notice')).isVisible(), hash).toBe(true);
      expect(await page.locator(part('shared')).isVisible()).toBe(false);
      expect(await tableMaturity()).toEqual(RATINGS.map(String));
      expect(await page.locator('img[src=x]').count()).toBe(0);
    }
  });

  it('compares three colleagues’ links: lowest, median, highest, and where people disagree most', async () => {
    const links: string[] = [];
    for (const start of [
      [1, 2, 3, 4, 5, 1],
      [5, 2, 3, 4, 4, 2],
      [3, 2, 4, 4, 5, 1],
    ]) {
      await open();
      await fill(
        page,
        ROLES.map((_, i) => start[i] ?? 1),
      );
      links.push(await page.inputValue(part('share-url')));
    }
    await page.fill(part('team-links'), `${links.join('\n')}\nnot a link`);
    await page.click(part('compare'));
    // The team view loads on first use.
    await page
      .locator(`${part('team-rows')} tr`)
      .first()
      .waitFor();
    const row = (i: number) =>
      page
        .locator(`${part('team-rows')} tr`)
        .nth(i)
        .locator('td')
        .allInnerTexts();
    expect(await row(0)).toEqual(['3', '1', '3', '5', 'Most disagreement (4 levels apart)']);
    expect(await row(1)).toEqual(['3', '2', '2', '2', 'Agreed']);
    expect(await page.locator(`${part('team-rows')} tr.disputed`).count()).toBe(1);
    expect(await page.locator(part('team-status')).innerText()).toMatch(/Compared 3 results.*Line 4/);
  });

  /** Clicks a download button and reads the file it offers. */
  const download = async (selector: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
  };

  it('keeps every snapshot as a trend per role, says what changed since the last, and downloads the radar as SVG and PNG', async () => {
    await open();
    await fill();
    const last = ROLES.length - 1;
    for (const level of [1, 3, 5]) {
      await page.check(`input[name="rating-${ROLES[last]}"][value="${level}"]`);
      await page.click(part('snapshot'));
    }
    const rows = page.locator(`${part('trend-rows')} tr`);
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    // The table: one row per snapshot, oldest first, a column per role after the date.
    expect(await page.locator(`${part('trend-rows')} td:nth-child(${last + 2})`).allInnerTexts()).toEqual(['1', '3', '5']);
    expect(await page.locator(`${part('trend-rows')} td:nth-child(2)`).allInnerTexts()).toEqual(Array(3).fill(String(RATINGS[0])));
    // A sparkline per role, a dot per snapshot, and the trend in words beside it.
    const sparklines = page.locator(`${part('sparklines')} li`);
    expect(await sparklines.count()).toBe(ROLES.length);
    expect(await sparklines.nth(last).locator('circle').count()).toBe(3);
    expect(await sparklines.nth(last).innerText()).toMatch(/up from 1 to 5 \(1, 3, 5\)$/);
    expect(await sparklines.nth(0).innerText()).toMatch(new RegExp(`unchanged at ${RATINGS[0]}`));
    // What changed since the last snapshot.
    await page.check(`input[name="rating-${ROLES[last]}"][value="2"]`);
    const changes = await page.locator(`${part('changes')} li`).allInnerTexts();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.startsWith(`${await roleName(page, last)}: `)).toBe(true);
    expect(changes[0]).toMatch(/maturity 5 to .*maturity 2$/);
    // The trend survives a reload: it is drawn from the saved snapshots.
    await page.reload();
    await rows.nth(2).waitFor();

    const svg = await download(part('svg'));
    expect(svg.name).toMatch(/^ownership-scorecard-radar-\d{4}-\d{2}-\d{2}\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const polygon = doc.querySelector('polygon.score');
      return {
        error: doc.querySelector('parsererror') !== null,
        root: doc.documentElement.localName,
        labels: doc.querySelectorAll('text').length,
        // The theme's colours travel as computed values, not as custom properties.
        fill: polygon?.getAttribute('style') ?? '',
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed).toMatchObject({ error: false, root: 'svg', labels: ROLES.length });
    expect(parsed.fill).toMatch(/fill:rgb/);
    expect(parsed.fill).not.toMatch(/var\(/);

    const png = await download(part('png'));
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height from the IHDR chunk: the radar's viewBox at twice its size.
    const box = await page.locator(part('radar')).evaluate((p) => {
      const { width, height } = (p as SVGPolygonElement).ownerSVGElement!.viewBox.baseVal;
      return { width, height };
    });
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([box.width * 2, box.height * 2]);
  });

  it('exports CSV and JSON with the numbers on screen', async () => {
    await open();
    await fill();
    const csv = await download(part('csv'));
    expect(csv.name).toBe('ownership-scorecard.csv');
    const priority = await page.locator(part('priority', ROLES[0])).innerText();
    expect(csv.bytes.toString('utf8').split('\r\n')[1]).toBe(
      `"${ROLES[0]}","${await roleName(page, 0)}","${OWNERS[0]}",${RATINGS[0]},${priority}`,
    );
    const json = await download(part('json'));
    expect(JSON.parse(json.bytes.toString('utf8')).roles.map((r: { maturity: number }) => r.maturity)).toEqual(RATINGS);
  });

  it('works in memory when storage is full, and says so', async () => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await open();
    await fill();
    expect(await page.locator(part('storage')).isVisible()).toBe(true);
    expect(await tableMaturity()).toEqual(RATINGS.map(String));
    // Starlight's theme script also writes to storage and throws; none of the errors may be ours.
    expect(errors.filter((e) => /scorecard/i.test(e))).toEqual([]);
    errors.splice(0);
  });

  it(
    'has no axe violations when empty, part-answered and with results, team view and trend, in both themes, and fits 320 px',
    { timeout: 120_000 },
    async () => {
      const failures: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await context.clearCookies();
        await page.emulateMedia({ colorScheme: theme });
        await open();
        await page.evaluate((t) => {
          localStorage.clear();
          localStorage.setItem('starlight-theme', t);
        }, theme);
        await open();
        const check = async (state: string) => {
          failures.push(...(await axeViolations(page, `${theme}/${state}`)));
        };
        await check('empty');
        await page.check(`input[name="owner-${ROLES[0]}"][value="none"]`);
        await check('part-answered');
        await fill();
        await page.fill(part('team-links'), await page.inputValue(part('share-url')));
        await page.click(part('compare'));
        await page
          .locator(`${part('team-rows')} tr`)
          .first()
          .waitFor();
        await page.click(part('snapshot'));
        await page
          .locator(`${part('trend-rows')} tr`)
          .first()
          .waitFor();
        await check('results');
      }
      expect(failures).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );

  it('prints the results on one page', async () => {
    await open();
    await fill();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(part('form')).isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
  });

  it('treats a plain #anchor as an anchor, not as a broken share link', async () => {
    await open();
    await fill();
    await open(page, '#results');
    expect(await page.locator(part('notice')).isVisible()).toBe(false);
    expect(await page.locator(part('shared')).isVisible()).toBe(false);
    expect(await tableMaturity()).toEqual(RATINGS.map(String));
  });
});
