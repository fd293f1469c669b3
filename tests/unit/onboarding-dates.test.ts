// Onboarding with dates: calendar dates, the schedule from a start date and working days, the
// checks on a typed date, and the calendar (.ics) and CSV exports read back by independent parsers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readContent } from '../../src/lib/content-files.ts';
import {
  addDays,
  daysInMonth,
  formatDate,
  fromDayNumber,
  localDate,
  parseDateInput,
  toDayNumber,
  weekdayOf,
} from '../../src/lib/calendar-dates.ts';
import { isIsoDate, isWorkdayList, type IsoDate, type Weekday } from '../../src/lib/iso-date.ts';
import { DEFAULT_WORKDAYS, dueDate, planDay, schedule, startDayNotice, taskWindow } from '../../src/lib/onboarding-schedule.ts';
import { csvField, escapeIcsText, foldIcsLine, planToCsv, planToIcs, planToMarkdown } from '../../src/lib/onboarding-export.ts';
import { planTasks, type PlanDates } from '../../src/lib/onboarding.ts';
import { onboardingSchema } from '../../src/schemas/onboarding.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { ONBOARDING_PHASES } from '../../src/site/vocabulary.ts';
import { onboardingChecklistData } from '../../src/widgets/onboarding-checklist-data.ts';
import { isoOf, one, parseCsv, parseIcs } from '../helpers/ics.ts';

const MON_FRI = DEFAULT_WORKDAYS;
const phaseWindow = (id: (typeof ONBOARDING_PHASES)[number]['id']) => taskWindow(id);

describe('calendar dates', () => {
  it('knows month lengths and leap years', () => {
    expect([daysInMonth(2028, 2), daysInMonth(2027, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-4-30')).toBe(false);
    expect(isIsoDate(20270430)).toBe(false);
  });

  it('counts days across month and year ends, and names weekdays (2027-01-01 was a Friday)', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(weekdayOf('2027-01-01')).toBe(5);
    expect(weekdayOf('2028-02-29')).toBe(2);
    expect(formatDate('2028-02-29')).toBe('Tue 29 Feb 2028');
  });

  it('takes today from the reader’s own clock', () => expect(localDate(new Date(2027, 0, 9, 23, 59))).toBe('2027-01-09'));

  it('round-trips every date through day numbers, and adding days is undone by subtracting them', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), fc.integer({ min: -400, max: 400 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
        expect(addDays(addDays(date, k), -k)).toBe(date);
        expect(weekdayOf(addDays(date, 7 * k))).toBe(weekdayOf(date));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a typed start date', () => {
  const today = '2026-12-02';

  it('accepts a real date within a year, written year first', () => {
    expect(parseDateInput('2027-03-01', today)).toEqual({ ok: true, date: '2027-03-01' });
    expect(parseDateInput(' 2027/3/1 ', today)).toEqual({ ok: true, date: '2027-03-01' });
    expect(parseDateInput('2027.03.01', today)).toEqual({ ok: true, date: '2027-03-01' });
    expect(parseDateInput('2026-06-01', today)).toEqual({ ok: true, date: '2026-06-01' });
    expect(parseDateInput('2027-12-03', today).ok).toBe(true);
  });

  const message = (text: string) => {
    const r = parseDateInput(text, today);
    if (r.ok) throw new Error(`${text} was accepted`);
    return r.message;
  };

  it('says why a date does not exist', () => {
    expect(message('2027-02-29')).toBe('“2027-02-29” does not exist: February 2027 has 28 days.');
    expect(message('2027-13-01')).toMatch(/has no month 13/);
    expect(message('2027-04-00')).toMatch(/does not exist: April 2027 has 30 days/);
  });

  it('refuses a date years away, naming the year as the likely slip', () => {
    expect(message('2029-03-01')).toBe('1 March 2029 is more than a year from today. Check the year.');
    expect(message('2025-11-01')).toBe('1 November 2025 is more than a year before today. Check the year.');
    expect(message('0027-03-01')).toMatch(/more than a year before today/);
  });

  it('never guesses between day-first and month-first', () => {
    expect(message('03/04/2027')).toBe(
      '“03/04/2027” could be 3 April 2027 or 4 March 2027. Write it as year-month-day, for example 2027-03-01.',
    );
    expect(message('25/12/2026')).toBe('Did you mean 25 December 2026? Write it as 2026-12-25.');
    expect(message('12.25.2026')).toBe('Did you mean 25 December 2026? Write it as 2026-12-25.');
    expect(message('31/31/2027')).toMatch(/is not a date/);
    // The same number twice reads the same either way, but is still not written year first.
    expect(message('05/05/2027')).toBe('Did you mean 5 May 2027? Write it as 2027-05-05.');
  });

  it('explains an empty or unreadable entry', () => {
    expect(message('')).toMatch(/^Enter a start date/);
    expect(message('next Monday')).toMatch(/not a date in a form this page reads/);
  });

  it('never throws, and accepts only real ISO dates within a year of today (1,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (s) => {
          const r = parseDateInput(s, today);
          if (r.ok) {
            expect(isIsoDate(r.date)).toBe(true);
            expect(Math.abs(toDayNumber(r.date) - toDayNumber(today))).toBeLessThanOrEqual(366);
          } else expect(r.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the schedule', () => {
  // Monday 4 January 2027, Monday to Friday.
  const start = '2027-01-04';

  it('puts a task on the last working day of its window (hand-checked)', () => {
    expect(planDay(start, 1)).toBe(start);
    expect(planDay(start, 0)).toBe('2027-01-03');
    expect(dueDate(start, MON_FRI, phaseWindow('day-30'))).toBe('2027-02-02'); // day 30, a Tuesday
    expect(dueDate(start, MON_FRI, phaseWindow('day-60'))).toBe('2027-03-04'); // day 60, a Thursday
    expect(dueDate(start, MON_FRI, phaseWindow('day-90'))).toBe('2027-04-02'); // day 90 is Saturday 3 April
    // Before day one: day 0 is a Sunday, so the Friday before (New Year's Day: public holidays are the reader's to move).
    expect(dueDate(start, MON_FRI, phaseWindow('pre-boarding'))).toBe('2027-01-01');
    // Week −2 is days −20 to −14: Monday 14 to Sunday 20 December 2026.
    expect(taskWindow('pre-boarding', -2)).toEqual({ first: -20, last: -14 });
    expect(dueDate(start, MON_FRI, taskWindow('pre-boarding', -2))).toBe('2026-12-18');
    expect(dueDate(start, MON_FRI, taskWindow('day-30', 1))).toBe('2027-01-08');
  });

  it('narrows a week to its phase: week 5 straddles day 30', () => {
    expect(taskWindow('day-30', 5)).toEqual({ first: 29, last: 30 });
    expect(taskWindow('day-60', 5)).toEqual({ first: 31, last: 35 });
    expect(taskWindow('day-60', 1)).toEqual(phaseWindow('day-60'));
  });

  it('counts the leap day: 30 days from 1 February end on 1 March in 2028, on 2 March in 2027', () => {
    expect(dueDate('2028-02-01', MON_FRI, phaseWindow('day-30'))).toBe('2028-03-01');
    expect(dueDate('2027-02-01', MON_FRI, phaseWindow('day-30'))).toBe('2027-03-02');
    expect(dueDate('2028-01-31', MON_FRI, phaseWindow('day-30'))).toBe('2028-02-29');
  });

  it('crosses month and year ends', () => {
    expect(dueDate('2026-12-28', MON_FRI, phaseWindow('day-30'))).toBe('2027-01-26');
    expect(dueDate('2026-12-28', MON_FRI, phaseWindow('pre-boarding'))).toBe('2026-12-25');
    expect(dueDate('2027-01-29', MON_FRI, taskWindow('day-30', 1))).toBe('2027-02-04');
  });

  it('moves a task due on day one to the first working day when the start date is not one, and says so', () => {
    const saturday = '2027-01-02';
    expect(dueDate(saturday, MON_FRI, { first: 1, last: 1 })).toBe('2027-01-04');
    expect(dueDate(saturday, MON_FRI, taskWindow('day-30', 1))).toBe('2027-01-08');
    expect(dueDate(saturday, MON_FRI, phaseWindow('pre-boarding'))).toBe('2027-01-01');
    expect(startDayNotice(saturday, MON_FRI)).toBe(
      'Your start date, Sat 2 Jan 2027, is not one of your working days: tasks due on day one move to Mon 4 Jan 2027.',
    );
    expect(startDayNotice(start, MON_FRI)).toBeUndefined();
  });

  it('follows other working weeks: Sunday to Thursday', () => {
    const sunThu: Weekday[] = [7, 1, 2, 3, 4];
    expect(dueDate('2027-01-03', sunThu, phaseWindow('day-90'))).toBe('2027-04-01'); // day 90 is a Friday
    expect(dueDate('2027-01-03', sunThu, phaseWindow('pre-boarding'))).toBe('2026-12-31'); // day 0 is a Saturday
  });

  it('reads working days only as ISO weekdays, each once, at least one', () => {
    expect(isWorkdayList([1, 2, 3])).toBe(true);
    expect(isWorkdayList([])).toBe(false);
    expect(isWorkdayList([1, 1])).toBe(false);
    expect(isWorkdayList([0, 8])).toBe(false);
    expect(isWorkdayList([1.5])).toBe(false);
  });

  const windows = [
    ...ONBOARDING_PHASES.map((p) => taskWindow(p.id)),
    ...[-8, -2, 0, 1, 2, 4, 5, 9, 13].flatMap((w) => ONBOARDING_PHASES.map((p) => taskWindow(p.id, w))),
  ];
  const anyStart = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2040-12-31') }).map(fromDayNumber);
  const anyWorkdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }) as fc.Arbitrary<Weekday[]>;

  it('always lands on a working day, inside the window when it holds one, pre-boarding before the start (2,000 cases)', () => {
    fc.assert(
      fc.property(anyStart, anyWorkdays, fc.constantFrom(...windows), (s, days, window) => {
        const due = dueDate(s, days, window);
        expect(days).toContain(weekdayOf(due));
        const n = toDayNumber(due) - toDayNumber(s) + 1;
        const first = window.first ?? -Infinity;
        const hasWorkingDay = Array.from({ length: Math.min(7, window.last - Math.max(first, window.last - 6) + 1) }, (_, i) =>
          weekdayOf(planDay(s, window.last - i)),
        ).some((d) => days.includes(d));
        if (hasWorkingDay) {
          expect(n).toBeLessThanOrEqual(window.last);
          expect(n).toBeGreaterThanOrEqual(first);
          // The last working day: nothing later in the window is one.
          for (let d = n + 1; d <= window.last; d++) expect(days).not.toContain(weekdayOf(planDay(s, d)));
        } else expect(n).toBeGreaterThan(window.last);
        // Before day one means before the start date; from day one on, never before it.
        if (window.first === null) expect(toDayNumber(due)).toBeLessThan(toDayNumber(s));
        if (first >= 1) expect(toDayNumber(due)).toBeGreaterThanOrEqual(toDayNumber(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('moves with the start date: a start a whole number of weeks later moves every date by as much', () => {
    fc.assert(
      fc.property(anyStart, anyWorkdays, fc.constantFrom(...windows), fc.integer({ min: -10, max: 10 }), (s, days, window, weeks) => {
        expect(dueDate(addDays(s, 7 * weeks), days, window)).toBe(addDays(dueDate(s, days, window), 7 * weeks));
      }),
      { numRuns: 1000 },
    );
  });
});

// The first role's real plan, as the page embeds it.
const content = readContent(process.cwd());
const role = roleSchema.parse(content.roles[0]!.data);
const onboarding = onboardingSchema.parse(content.onboarding.find((f) => f.stem === role.id)!.data);
const { plan } = onboardingChecklistData(role, onboarding, 'https://playbook.example.com/roles/x/onboarding/');
const tasks = planTasks(plan);
const datesFor = (start: IsoDate, workdays: readonly Weekday[] = MON_FRI): PlanDates => ({
  start,
  workdays,
  due: schedule(tasks, start, workdays),
});
const now = new Date('2026-12-02T10:15:30.000Z');
const phaseOf = (id: string) => plan.sections.find((s) => s.tasks.some((t) => t.id === id))!.phase;

describe('the calendar file', () => {
  const start = '2027-03-01';
  const ics = planToIcs(plan, [tasks[0]!.id], datesFor(start), now);
  const { calendar, events } = parseIcs(ics);

  it('is an RFC 5545 calendar with one all-day event per task, checked against the start date', () => {
    expect(one(calendar, 'VERSION').value).toBe('2.0');
    expect(one(calendar, 'PRODID').value).toBe('-//playbook.example.com//Onboarding plan//EN');
    expect(one(calendar, 'X-WR-CALNAME').value).toBe(plan.title);
    expect(events).toHaveLength(tasks.length);
    const startN = toDayNumber(start);
    for (const [i, event] of events.entries()) {
      const task = tasks[i]!;
      const dtstart = one(event, 'DTSTART');
      expect(dtstart.params).toEqual({ VALUE: 'DATE' });
      expect(dtstart.value).toMatch(/^\d{8}$/);
      const date = isoOf(dtstart.value);
      expect(one(event, 'DTEND').value).toBe(addDays(date, 1).replaceAll('-', ''));
      expect(one(event, 'DTEND').params).toEqual({ VALUE: 'DATE' });
      // Independent of the schedule's code: a weekday, before the start exactly for pre-boarding, within its phase's days.
      expect(weekdayOf(date)).toBeLessThanOrEqual(5);
      const day = toDayNumber(date) - startN + 1;
      const phase = ONBOARDING_PHASES.findIndex((p) => p.id === phaseOf(task.id));
      expect(day).toBeLessThanOrEqual(ONBOARDING_PHASES[phase]!.lastDay);
      if (phase === 0) expect(day).toBeLessThan(1);
      else expect(day).toBeGreaterThan(ONBOARDING_PHASES[phase - 1]!.lastDay);
      expect(one(event, 'SUMMARY').value).toBe(i === 0 ? `${task.title} (done)` : task.title);
      expect(one(event, 'DESCRIPTION').value.startsWith(`${task.detail}\n\n`)).toBe(true);
      expect(one(event, 'URL').value).toBe(`${plan.url}#task-${task.id}`);
      expect(one(event, 'DTSTAMP').value).toBe('20261202T101530Z');
      expect(one(event, 'UID').value).toBe(`${task.id}.${role.id}@playbook.example.com`);
    }
  });

  it('keeps the same UIDs when the start date or working days change, so a re-import updates the events', () => {
    const later = parseIcs(planToIcs(plan, [], datesFor('2027-04-12', [7, 1, 2, 3, 4]), new Date('2026-12-03T08:00:00Z')));
    const uids = (file: typeof later) => file.events.map((e) => one(e, 'UID').value);
    expect(uids(later)).toEqual(uids({ calendar, events }));
    expect(new Set(uids(later)).size).toBe(tasks.length);
    expect(Number(one(later.events[0]!, 'SEQUENCE').value)).toBeGreaterThan(Number(one(events[0]!, 'SEQUENCE').value));
    expect(one(later.events[0]!, 'DTSTART').value).not.toBe(one(events[0]!, 'DTSTART').value);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and folds at 75 octets without splitting a character', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `SUMMARY:${escapeIcsText(s)}`;
        const folded = foldIcsLine(line);
        for (const physical of folded.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        const event = parseIcs(`BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`).events[0]!;
        expect(one(event, 'SUMMARY').value).toBe(s.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the CSV file', () => {
  const dates = datesFor('2027-03-01');
  const rows = parseCsv(planToCsv(plan, dates));

  it('has the columns Jira and Asana import, a row per task with its due date, section and labels', () => {
    expect(rows[0]).toEqual(['Summary', 'Description', 'Due Date', 'Section', 'Labels']);
    expect(rows).toHaveLength(tasks.length + 1);
    for (const [i, row] of rows.slice(1).entries()) {
      const task = tasks[i]!;
      expect(row).toHaveLength(5);
      expect(row[0]).toBe(task.title);
      expect(row[1]).toBe(`${task.detail} Plan: ${plan.url}#task-${task.id}`);
      expect(row[2]).toBe(dates.due[task.id]);
      expect(row[3]).toBe(plan.sections.find((s) => s.phase === phaseOf(task.id))!.label);
      // Jira labels hold no spaces: the cell is a space-separated list.
      expect(row[4]!.split(' ')).toEqual(['onboarding', role.id, phaseOf(task.id)]);
    }
  });

  it('quotes by RFC 4180, so any text reads back as written (1,000 cases)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (fields) => {
        expect(parseCsv(`${fields.map(csvField).join(',')}\r\n`)).toEqual([fields]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the dated Markdown', () => {
  it('names the start date and working days, and each task’s due date', () => {
    const dates = datesFor('2027-03-01', [1, 2, 3, 4]);
    const md = planToMarkdown(plan, [tasks[1]!.id], dates);
    expect(md).toContain('\n\nStart date: Mon 1 Mar 2027. Working days: Mon, Tue, Wed, Thu.\n');
    expect(md).toContain(`- [x] **${tasks[1]!.title}** (due ${formatDate(dates.due[tasks[1]!.id]!)}): ${tasks[1]!.detail}\n`);
    expect(md.match(/^- \[[ x]\] \*\*.+\*\* \(due \w{3} \d{1,2} \w{3} \d{4}\): /gm)).toHaveLength(tasks.length);
    expect(planToMarkdown(plan, [])).not.toContain('(due ');
  });
});
