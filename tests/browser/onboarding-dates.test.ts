// Onboarding with dates (issue #13): a start date typed by keyboard gives every task its due date,
// kept with the ticks after a reload (ticks saved by the first version included); the calendar, CSV
// and Markdown downloads carry the same dates; a bad date shows a message and loses nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session, startWidget } from '../helpers/browser.ts';
import { roleIdsInOrder } from '../helpers/content.ts';
import { axeViolations } from '../helpers/page-checks.ts';
import { isoOf, one, parseCsv, parseIcs } from '../helpers/ics.ts';

const ROLE = roleIdsInOrder()[2]!;
const PATH = `/roles/${ROLE}/onboarding/`;
const part = (name: string) => `onboarding-checklist [data-part~="${name}"]`;

/** A Monday three to four weeks from today, as YYYY-MM-DD, and the same date as typed into a US-format date field. */
function upcomingMonday(): { iso: string; typed: string } {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + 21));
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  const [y, m, day] = d.toISOString().slice(0, 10).split('-') as [string, string, string];
  return { iso: `${y}-${m}-${day}`, typed: `${m}${day}${y}` };
}
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 is Sunday

describe.skipIf(!hasChromium)('onboarding plan with dates', () => {
  const site = useBuiltSite();
  let session: Session;
  let page: Page;
  beforeEach(async () => void ({ page } = session = await openSession(site, { clipboard: true })));
  afterEach(() => closeSession(session));

  const open = async () => {
    await page.goto(site.server.origin + PATH);
    await startWidget(page, 'onboarding-checklist');
  };
  const text = async (download: Download) => {
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), text: await text(file) };
  };
  /** Each task's id, phase section and the due date the page shows for it. */
  const shownDates = () =>
    page.locator('onboarding-checklist section').evaluateAll((sections) =>
      sections.flatMap((s, phase) =>
        [...s.querySelectorAll('li')].map((li) => ({
          id: li.querySelector('input')!.value,
          phase,
          due: li.querySelector('[data-part~="due"] time')?.getAttribute('datetime') ?? null,
        })),
      ),
    );
  /** Types a date into the field and takes it with Enter, or by leaving the field. */
  const typeStartDate = async (typed: string, take: 'Enter' | 'leave') => {
    await page.locator(part('start')).focus();
    await page.keyboard.type(typed);
    if (take === 'Enter') await page.keyboard.press('Enter');
    else await page.locator(part('start')).blur();
  };

  it('dates every task from a typed start date, keeps dates and ticks, exports them, and refuses a bad date without losing them', async () => {
    const start = upcomingMonday();
    await open();
    // Ticks saved by the first version of the checklist still load.
    const first = (await page.locator('.tasks input').first().getAttribute('value'))!;
    await page.evaluate(
      ([role, task]) =>
        localStorage.setItem(
          'cop.onboarding',
          JSON.stringify({ v: 1, roles: { [role!]: { done: [task], updated: '2026-11-30T09:00:00Z' } } }),
        ),
      [ROLE, first],
    );
    await page.reload();
    await startWidget(page, 'onboarding-checklist');
    expect(await page.locator('.tasks input').first().isChecked()).toBe(true);
    expect(await page.locator(part('notice')).isVisible()).toBe(false);
    expect((await shownDates()).every((t) => t.due === null)).toBe(true);

    // The start date, by keyboard; every task gets a working day, pre-boarding before the start.
    await typeStartDate(start.typed, 'Enter');
    expect(await page.locator(part('start')).inputValue()).toBe(start.iso);
    await expect.poll(async () => (await shownDates()).every((t) => t.due !== null)).toBe(true);
    const dates = await shownDates();
    for (const t of dates) {
      expect([0, 6], t.id).not.toContain(weekday(t.due!));
      if (t.phase === 0) expect(dayNumber(t.due!), t.id).toBeLessThan(dayNumber(start.iso));
      else expect(dayNumber(t.due!), t.id).toBeGreaterThanOrEqual(dayNumber(start.iso));
    }
    expect(
      await page
        .locator(`${part('due')}:visible`)
        .first()
        .innerText(),
    ).toMatch(/^Due \w{3} \d{1,2} \w{3} \d{4}$/);

    // A tick by keyboard; both kept after a reload.
    await page.locator('.tasks input').nth(1).focus();
    await page.keyboard.press('Space');
    await page.reload();
    await startWidget(page, 'onboarding-checklist');
    expect(await page.locator(part('start')).inputValue()).toBe(start.iso);
    expect(await page.locator('.tasks input').nth(1).isChecked()).toBe(true);
    expect(await page.locator(part('done')).innerText()).toBe('2');
    expect(await shownDates()).toEqual(dates);
    expect(await axeViolations(page, 'dated')).toEqual([]);

    // The calendar: one all-day event per task on the date the page shows, stable UIDs.
    const ics = await download('Download calendar (.ics)');
    expect(ics.name).toBe(`${ROLE}-onboarding.ics`);
    const { events } = parseIcs(ics.text);
    expect(events).toHaveLength(dates.length);
    for (const [i, event] of events.entries()) {
      expect(one(event, 'UID').value).toBe(`${dates[i]!.id}.${ROLE}@${new URL(one(event, 'URL').value).host}`);
      expect(isoOf(one(event, 'DTSTART').value)).toBe(dates[i]!.due);
      expect(one(event, 'DTSTART').params.VALUE).toBe('DATE');
    }
    expect(one(events[1]!, 'SUMMARY').value).toMatch(/ \(done\)$/);

    // The CSV for Jira or Asana, and the dated Markdown.
    const csv = await download('Download CSV for Jira or Asana');
    expect(csv.name).toBe(`${ROLE}-onboarding.csv`);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual(['Summary', 'Description', 'Due Date', 'Section', 'Labels']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(dates.map((t) => t.due));
    const md = await download('Download .md');
    expect(md.text).toContain('\n\nStart date: Mon ');
    expect(md.text.match(/^- \[x\] .+ \(due /gm)).toHaveLength(2);

    // Fewer working days move the dates; none is refused.
    await page.getByRole('checkbox', { name: 'Fri', exact: true }).uncheck();
    await expect.poll(async () => (await shownDates()).some((t) => weekday(t.due!) === 5)).toBe(false);
    const fourDays = await shownDates();

    // A date years away, and a pasted day-first date: a message each, and nothing lost.
    const startBox = page.locator(part('start'));
    const [, month, day] = start.typed.match(/^(\d\d)(\d\d)/)!;
    await typeStartDate(`${month}${day}${Number(start.iso.slice(0, 4)) + 3}`, 'leave');
    const message = page.locator(part('start-message'));
    await expect.poll(() => message.innerText()).toMatch(/is more than a year from today\. Check the year\..*still applies\.$/);
    expect(await startBox.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page, 'bad date')).toEqual([]);
    await startBox.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', '03/04/2027');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => message.innerText()).toMatch(/^“03\/04\/2027” could be 3 April 2027 or 4 March 2027\./);
    await page.reload();
    await startWidget(page, 'onboarding-checklist');
    expect(await startBox.inputValue()).toBe(start.iso);
    expect(await shownDates()).toEqual(fourDays);
    expect(await page.locator(part('done')).innerText()).toBe('2');
  });
});
