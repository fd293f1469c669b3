// The action plan (/plan/): where to start with nothing answered; two self-assessments answered,
// then the plan built, reordered by keyboard, given an owner and a month, dropped from, saved,
// reloaded and exported (Markdown, CSV); a saved item no longer on the site; a bad month; axe in
// both themes; print. One session for the whole story, so the file stays quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session, startWidget } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/page-checks.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const [ROLE, OTHER_ROLE] = roleIdsInOrder() as [string, string];
const part = (name: string, key?: string) => `action-plan [data-part~="${name}"]${key ? `[data-key="${key}"]` : ''}`;
const items = `${part('items')} > li`;

describe.skipIf(!hasChromium)('action plan', () => {
  const site = useBuiltSite();
  let session: Session;
  let page: Page;
  beforeAll(async () => void ({ page } = session = await openSession(site, { clipboard: true })));
  afterAll(() => closeSession(session));

  const open = async (path = '/plan/') => {
    await page.goto(site.server.origin + path);
    const element = path === '/plan/' ? 'action-plan' : 'self-assessment';
    await startWidget(page, element);
  };
  const summaries = () => page.locator(`${items} > strong`).allInnerTexts();
  const downloaded = async (download: Download) => {
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  it('says where to start while nothing is answered', async () => {
    await open();
    expect(await page.locator(part('start')).isVisible()).toBe(true);
    expect(await page.locator(part('body')).isVisible()).toBe(false);
    expect(await page.locator(`${part('start')} a[href="/scorecard/"]`).count()).toBe(1);
  });

  let levels: number[] = [];
  it('lists every answer of two self-assessments below target, most urgent first, each with its decider and playbook link', async () => {
    await open(`/roles/${ROLE}/assessment/`);
    const statements = page.locator('fieldset.statement');
    const count = await statements.count();
    levels = Array.from({ length: count }, (_, i) => (i % 3) + 1);
    for (const [i, level] of levels.entries()) await statements.nth(i).locator(`input[value="${level}"]`).check();
    await open(`/roles/${OTHER_ROLE}/assessment/`);
    await page.locator('fieldset.statement').nth(0).locator('input[value="unknown"]').check();
    await page.locator('fieldset.statement').nth(1).locator('input[value="4"]').check();
    expect(await page.locator('self-assessment a[href="/plan/"]').count()).toBe(1);

    await open();
    expect(await page.locator(part('start')).isVisible()).toBe(false);
    // ROLE is at the floor of its mean, so its target is one up; OTHER_ROLE (don't know = 1, and 4)
    // is at level 2 with target 3, which leaves only its "don't know".
    const level = Math.floor(levels.reduce((a, b) => a + b, 0) / levels.length);
    const expected = levels.filter((l) => l < level + 1).length + 1;
    await expect.poll(() => page.locator(items).count()).toBe(expected);
    expect(await page.locator(part('target', ROLE)).inputValue()).toBe(String(level + 1));
    // Priority 4 for a level-1 answer and for "don't know"; finding out comes first.
    const first = page.locator(items).first();
    expect(await first.locator('a').getAttribute('href')).toMatch(new RegExp(`^/roles/${OTHER_ROLE}/#[a-z0-9-]+$`));
    expect(await first.locator('.meta').innerText()).toMatch(/^Decides: \S/);
    const anchor = (await first.locator('a').getAttribute('href'))!.split('#')[1]!;
    const playbook = await session.context.newPage();
    await playbook.goto(`${site.server.origin}/roles/${OTHER_ROLE}/`);
    expect(await playbook.locator(`[id="${anchor}"]`).count()).toBe(1);
    await playbook.close();
    // Raising a target lists more.
    await page.selectOption(part('target', ROLE), '5');
    await expect.poll(() => page.locator(items).count()).toBe(levels.filter((l) => l < 5).length + 1);
  });

  it('reorders by keyboard with an announcement, keeps owners, months and drops, and restores them after a reload', async () => {
    const before = await summaries();
    const down = page.locator(items).first().locator('[data-act="down"]');
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(summaries).toEqual([before[1], before[0], ...before.slice(2)]);
    // Focus stays on the moved item, now second.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('strong')?.textContent)).toBe(before[0]);
    expect(await page.locator(part('announce')).innerText()).toBe(`Moved to position 2 of ${before.length}: ${before[0]}`);
    await page.keyboard.press('Shift+Tab'); // "Move up" of the same item
    await page.keyboard.press('Enter');
    await expect.poll(summaries).toEqual(before);
    await page.locator(items).first().locator('[data-act="down"]').click();

    const second = page.locator(items).nth(1);
    const ownerName = await page
      .locator(`${part('today')}`)
      .first()
      .evaluate((td) => td.closest('label')!.querySelector('strong')!.textContent!.trim());
    await second.locator('select').selectOption({ label: ownerName });
    await second.locator('input[type="month"]').fill('2027-03');
    await second.locator('input[type="month"]').dispatchEvent('change');
    const dropped = (await summaries())[2]!;
    await page.locator(items).nth(2).locator('[data-act="drop"]').click();
    await expect.poll(() => page.locator(`${part('dropped')} li`).allInnerTexts()).toEqual([`${dropped} Restore`]);
    const plan = await summaries();
    expect(plan).not.toContain(dropped);

    await page.reload();
    await startWidget(page, 'action-plan');
    expect(await summaries()).toEqual(plan);
    expect(await page.locator(items).nth(1).locator('select').inputValue()).toBe(ROLE);
    expect(await page.locator(items).nth(1).locator('input[type="month"]').inputValue()).toBe('2027-03');
    expect(await page.locator(part('target', ROLE)).inputValue()).toBe('5');
    expect(await page.locator(`${part('dropped')} li`).count()).toBe(1);
  });

  it('exports a Markdown checklist and a CSV for trackers with the plan as it is on screen', async () => {
    const plan = await summaries();
    await page.click(part('copy'));
    const md = await page.evaluate(() => navigator.clipboard.readText());
    const lines = md.trim().split('\n').slice(2);
    expect(lines).toHaveLength(plan.length);
    for (const [i, line] of lines.entries()) expect(line.startsWith(`- [ ] ${plan[i]} (owner: `), line).toBe(true);
    expect(lines[1]).toMatch(/\(owner: .+; by 2027-03; decides: .+\) \[.+\]\(http.+\/roles\/.+#.+\)$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(part('csv'))]);
    expect(download.suggestedFilename()).toBe('ownership-action-plan.csv');
    const csv = await downloaded(download);
    expect(csv.split('\r\n')[0]).toBe('Summary,Description,Labels,Due date');
    expect(csv).toContain(',2027-03-31\r\n');
    // One record per item: records end where a line break is outside quotes.
    const records = csv.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    expect(records).toHaveLength(plan.length + 1);
  });

  it('flags a bad month and keeps the saved one', async () => {
    // A browser without a month picker shows a text box: simulate one.
    const month = page.locator(items).nth(1).locator('input[type="month"]');
    await month.evaluate((el: HTMLInputElement) => (el.type = 'text'));
    const input = page.locator(items).nth(1).locator('[data-act="month"]');
    await input.fill('March next year');
    await input.dispatchEvent('change');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(items).nth(1).locator('.error').innerText()).toMatch(/for example 2027-03/);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('cop.plan')!));
    expect(saved.items[1].month).toBe('2027-03');
  });

  it('leaves out a saved item no longer on the site with a notice, and keeps the rest', async () => {
    const plan = await summaries();
    await page.evaluate((role) => {
      const saved = JSON.parse(localStorage.getItem('cop.plan')!);
      saved.items.unshift({ id: `${role}/a-retired-question`, owner: null, month: '2027-01' });
      localStorage.setItem('cop.plan', JSON.stringify(saved));
    }, ROLE);
    await page.reload();
    await startWidget(page, 'action-plan');
    expect(await page.locator(part('notice-text')).innerText()).toMatch(/^1 item of your saved plan is no longer on this site/);
    expect(await summaries()).toEqual(plan);
    expect(await page.evaluate(() => localStorage.getItem('cop.plan.backup'))).toContain('a-retired-question');
  });

  it('has no axe violations with a plan in both themes, fits 320 px, and prints without its controls', { timeout: 60_000 }, async () => {
    const failures: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.emulateMedia({ colorScheme: theme });
      await open();
      failures.push(...(await axeViolations(page, `plan/${theme}`)));
    }
    expect(failures).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${items} button`).first().isVisible()).toBe(false);
    expect(await page.locator(part('target', ROLE)).isVisible()).toBe(false);
    expect(await page.locator(items).first().isVisible()).toBe(true);
  });
});
