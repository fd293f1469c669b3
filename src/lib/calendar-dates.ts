/**
 * Calendar dates without a time of day or a time zone ("2027-03-01"), as an onboarding plan and an
 * all-day calendar event need them. Pure. Arithmetic runs on day numbers (days since 1970-01-01)
 * through Date.UTC, so the reader's time zone and daylight-saving changes never shift a date: an
 * all-day event is the same date everywhere, and no date here ever has a clock time.
 */

import type { IsoDate, Weekday } from './iso-date.ts';

export const WEEKDAYS = [
  { day: 1, short: 'Mon', name: 'Monday' },
  { day: 2, short: 'Tue', name: 'Tuesday' },
  { day: 3, short: 'Wed', name: 'Wednesday' },
  { day: 4, short: 'Thu', name: 'Thursday' },
  { day: 5, short: 'Fri', name: 'Friday' },
  { day: 6, short: 'Sat', name: 'Saturday' },
  { day: 7, short: 'Sun', name: 'Sunday' },
] as const satisfies readonly { day: Weekday; short: string; name: string }[];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DAY_MS = 86_400_000;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a valid ISO date. */
export function toDayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(toDayNumber(date) + days);

/** The ISO weekday of a day number: 1970-01-01 was a Thursday. */
export const weekdayOfDayNumber = (n: number): Weekday => (((((n + 3) % 7) + 7) % 7) + 1) as Weekday;

export const weekdayOf = (date: IsoDate): Weekday => weekdayOfDayNumber(toDayNumber(date));

/** "Fri 29 Jan 2027": weekday, day, month and year, the same for every reader, whatever their locale. */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[weekdayOf(date) - 1]!.short} ${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`;
}

/** "29 January 2027", for messages. */
const longDate = (year: number, month: number, day: number) => `${day} ${MONTHS[month - 1]} ${year}`;

export type DateInput = { ok: true; date: IsoDate } | { ok: false; message: string };

/** How far from today a start date may be: further is almost certainly a typo in the year. */
const MAX_DAYS_FROM_TODAY = 366;

const EXAMPLE = 'Write it as year-month-day, for example 2027-03-01.';

/**
 * A start date as typed, pasted or given by a date field, checked: a real date, in `YYYY-MM-DD`
 * (also with `/` or `.`), within a year of `today`. Day-first and month-first dates are never
 * guessed: "03/04/2027" is 3 April in Europe and March 4 in the US, so it gets a message naming both
 * readings; one that can be read only one way gets a message suggesting the ISO form.
 */
export function parseDateInput(text: string, today: IsoDate): DateInput {
  const s = text.trim();
  if (!s) return { ok: false, message: `Enter a start date. ${EXAMPLE}` };
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month < 1 || month > 12) return { ok: false, message: `“${s}” has no month ${month}: months run from 01 to 12. ${EXAMPLE}` };
    if (day < 1 || day > daysInMonth(year, month))
      return {
        ok: false,
        message: `“${s}” does not exist: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days.`,
      };
    const date = `${iso[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const distance = toDayNumber(date) - toDayNumber(today);
    if (Math.abs(distance) > MAX_DAYS_FROM_TODAY)
      return {
        ok: false,
        message: `${longDate(year, month, day)} is more than a year ${distance > 0 ? 'from' : 'before'} today. Check the year.`,
      };
    return { ok: true, date };
  }
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (local) {
    const [a, b, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
    const real = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    const iso = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const dayFirst = real(b, a);
    const monthFirst = real(a, b);
    if (dayFirst && monthFirst && a !== b)
      return {
        ok: false,
        message: `“${s}” could be ${longDate(year, b, a)} or ${longDate(year, a, b)}. ${EXAMPLE}`,
      };
    if (dayFirst || monthFirst) {
      const [month, day] = dayFirst ? [b, a] : [a, b];
      return { ok: false, message: `Did you mean ${longDate(year, month, day)}? Write it as ${iso(month, day)}.` };
    }
    return { ok: false, message: `“${s}” is not a date. ${EXAMPLE}` };
  }
  return { ok: false, message: `“${s}” is not a date in a form this page reads. ${EXAMPLE}` };
}

/** The reader's own date today, from their clock and time zone. */
export const localDate = (now: Date): IsoDate =>
  `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
