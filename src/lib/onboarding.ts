/**
 * Onboarding checklist: saved ticks and dates, progress, and the plan as the exports need it. Pure.
 *
 * Saved state, localStorage key `cop.onboarding`:
 *   { "v": 2, "roles": { "<role-id>": { "done": ["<task-id>", …], "start": "<YYYY-MM-DD>" | null,
 *     "workdays": [1, …, 7] | null, "updated": "<ISO date>" } } }
 * `start` is the new hire's start date, `workdays` their working days as ISO weekdays (1 is Monday;
 * null means Monday to Friday). Version history: v1 had only `done` and `updated` and loads as v2
 * without dates. Anything unreadable resets with a notice; the original is kept under
 * `cop.onboarding.backup`.
 */
import type { OnboardingTask } from '../schemas/onboarding.ts';
import { ONBOARDING_PHASES, type OnboardingPhaseId } from '../site/vocabulary.ts';
import { isIsoDate, isWorkdayList, type IsoDate, type Weekday } from './iso-date.ts';
import type { DayWindow } from './onboarding-schedule.ts';
import { byRole, idList, is, nullable, savedState, type StateOf } from './saved-state.ts';

export const ONBOARDING_KEY = 'cop.onboarding';

/** The parts of a task the checklist's progress and export need. */
export type PlanTask = Pick<OnboardingTask, 'id' | 'phase' | 'title' | 'detail'>;

export const savedOnboarding = savedState({
  key: ONBOARDING_KEY,
  version: 2,
  name: 'checklist',
  dropped: 'entries',
  ...byRole({ done: idList, start: nullable(is(isIsoDate)), workdays: nullable(is(isWorkdayList)) }),
  // v1 entries lack the dates, which read as null.
  older: { 1: (stored) => ({ ...stored, v: 2 }) },
});

export type SavedOnboarding = StateOf<typeof savedOnboarding>;

/** "30/60/90-day", from the phases' last days. */
/** "30/60/90-day": the phases after the start date (pre-boarding ends on day 0 and is not counted). */
export const planSpan = () =>
  `${ONBOARDING_PHASES.filter((p) => p.lastDay > 0)
    .map((p) => p.lastDay)
    .join('/')}-day`;

/** One task as the exports need it: its text on one line each, and its window in the plan. */
interface ExportTask {
  id: PlanTask['id'];
  title: string;
  detail: string;
  window: DayWindow;
}

/**
 * The plan as the exports need it, written at build time from the content: its title, address and
 * role, and per phase that has tasks its label and tasks. The browser adds the ticks and dates.
 */
export interface PlanExport {
  title: string;
  url: string;
  role: string;
  sections: { phase: OnboardingPhaseId; label: string; tasks: ExportTask[] }[];
}

/** The tasks of a plan in export order. */
export const planTasks = (plan: PlanExport) => plan.sections.flatMap((s) => s.tasks);

/** The reader's dates for the exports: start date, working days and each task's due date. */
export interface PlanDates {
  start: IsoDate;
  workdays: readonly Weekday[];
  due: Record<string, IsoDate>;
}

/** `windowOf` gives each task's window in the plan (onboarding-schedule.ts). */
export function planExport(
  title: string,
  url: string,
  role: string,
  tasks: readonly PlanTask[],
  windowOf: (task: PlanTask) => DayWindow,
): PlanExport {
  // Content may wrap lines; each exported line is one line.
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    title: clean(title),
    url,
    role,
    sections: ONBOARDING_PHASES.map((phase) => ({
      phase: phase.id,
      label: phase.label,
      tasks: tasks
        .filter((t) => t.phase === phase.id)
        .map((t) => ({ id: t.id, title: clean(t.title), detail: clean(t.detail), window: windowOf(t) })),
    })).filter((s) => s.tasks.length > 0),
  };
}

/** Done and total, counting only ticks of tasks that are still in the plan. */
export function progress(tasks: readonly Pick<PlanTask, 'id'>[], done: readonly string[]): { done: number; total: number } {
  const ticked = new Set(done);
  return { done: tasks.filter((t) => ticked.has(t.id)).length, total: tasks.length };
}
