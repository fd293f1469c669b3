/**
 * What the onboarding checklist's saved state holds about dates, and how it checks them when it reads
 * them back: kept apart from calendar-dates.ts so that the checklist's first script stays small (the
 * date arithmetic and messages load only when the reader uses dates). Pure.
 */

/** A date as `YYYY-MM-DD` (ISO 8601 calendar date), the value of `<input type="date">`. */
export type IsoDate = string;

/** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Whether `s` is a real date written `YYYY-MM-DD` (2027-02-29 is not: 2027 is no leap year). */
export function isIsoDate(s: unknown): s is IsoDate {
  // A date that does not exist either does not parse or parses as another day (1 March for 29 February).
  return typeof s === 'string' && /^[1-9]\d{3}-\d\d-\d\d$/.test(s) && new Date(Date.parse(s) || 0).toISOString().startsWith(s);
}

/** Whether a value is a list of ISO weekday numbers, at least one, none twice. */
export function isWorkdayList(v: unknown): v is Weekday[] {
  return Array.isArray(v) && v.length > 0 && new Set(v).size === v.length && v.every((d) => Number.isInteger(d) && d > 0 && d < 8);
}
