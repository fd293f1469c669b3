/**
 * Onboarding dates: from a start date, the reader's working days and each task's window in the plan,
 * the calendar date each task is due. Pure.
 *
 * Plan days count calendar days from the start date: day 1 is the start date, day 0 the day before,
 * day −13 two weeks before it. A task's window is its phase's days (pre-boarding: every day up to day
 * 0), narrowed to the week the role's first steps give it, if they give one (week w is days
 * 7(w−1)+1 … 7w, as in src/lib/integrity/rhythm.ts). A task is due on the last working day of its
 * window; a window without a working day (a start on a Saturday, with day one's task) moves it to
 * the next working day instead. All dates are calendar dates, so daylight-saving changes play no part.
 */
import { ONBOARDING_PHASES, type OnboardingPhaseId } from '../site/vocabulary.ts';
import { WEEKDAYS, formatDate, fromDayNumber, toDayNumber, weekdayOf, weekdayOfDayNumber } from './calendar-dates.ts';
import type { IsoDate, Weekday } from './iso-date.ts';

/** Days of the plan a task falls in; `first` is null when the window has no start (before day one). */
export interface DayWindow {
  first: number | null;
  last: number;
}

/** Monday to Friday: this site's assumption until the reader says otherwise. */
export const DEFAULT_WORKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

/** The window of a task in `phase`, narrowed to `week` when the role's first steps place it in one. */
export function taskWindow(phase: OnboardingPhaseId, week?: number): DayWindow {
  const i = ONBOARDING_PHASES.findIndex((p) => p.id === phase);
  const phaseWindow: DayWindow = { first: i > 0 ? ONBOARDING_PHASES[i - 1]!.lastDay + 1 : null, last: ONBOARDING_PHASES[i]!.lastDay };
  if (week === undefined) return phaseWindow;
  const first = Math.max(phaseWindow.first ?? -Infinity, 7 * (week - 1) + 1);
  const last = Math.min(phaseWindow.last, 7 * week);
  // The content guard keeps a first step's week inside its task's phase; this keeps the phase if not.
  return first <= last ? { first, last } : phaseWindow;
}

/** The calendar date of plan day `day`. */
export const planDay = (start: IsoDate, day: number): IsoDate => fromDayNumber(toDayNumber(start) + day - 1);

/**
 * The date a task in `window` is due: the last working day in the window, or, when the window holds
 * none, the first working day after it. An empty `workdays` counts every day as a working day.
 */
export function dueDate(start: IsoDate, workdays: readonly Weekday[], window: DayWindow): IsoDate {
  const works = (n: number) => workdays.length === 0 || workdays.includes(weekdayOfDayNumber(n));
  const startN = toDayNumber(start);
  const last = startN + window.last - 1;
  const first = window.first === null ? -Infinity : startN + window.first - 1;
  // Any seven days in a row hold each weekday once, so a week back and a week forward are enough.
  for (let n = last; n >= Math.max(first, last - 6); n--) if (works(n)) return fromDayNumber(n);
  for (let n = last + 1; ; n++) if (works(n)) return fromDayNumber(n);
}

/** The due date of every task, by task id. */
export function schedule(
  tasks: readonly { id: string; window: DayWindow }[],
  start: IsoDate,
  workdays: readonly Weekday[],
): Record<string, IsoDate> {
  return Object.fromEntries(tasks.map((t) => [t.id, dueDate(start, workdays, t.window)]));
}

/** "Mon, Tue, Wed, Thu, Fri". */
export const workdayList = (workdays: readonly Weekday[]) =>
  WEEKDAYS.filter((d) => workdays.includes(d.day))
    .map((d) => d.short)
    .join(', ');

/** What to tell a reader whose start date is not one of their working days; undefined when it is. */
export function startDayNotice(start: IsoDate, workdays: readonly Weekday[]): string | undefined {
  if (workdays.length === 0 || workdays.includes(weekdayOf(start))) return undefined;
  const firstWorking = dueDate(start, workdays, { first: 1, last: 0 });
  return `Your start date, ${formatDate(start)}, is not one of your working days: tasks due on day one move to ${formatDate(firstWorking)}.`;
}
