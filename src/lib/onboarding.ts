/**
 * Onboarding checklist: saved ticks, progress and the Markdown export. Pure.
 *
 * Saved state, localStorage key `cop.onboarding`:
 *   { "v": 1, "roles": { "<role-id>": { "done": ["<task-id>", …], "updated": "<ISO date>" } } }
 * Version history: v1 is the first. Anything unreadable resets with a notice; the original is kept
 * under `cop.onboarding.backup`.
 */
import type { OnboardingTask } from '../schemas/onboarding.ts';
import { ONBOARDING_PHASES } from '../site/vocabulary.ts';
import { byRole, idList, savedState, type StateOf } from './saved-state.ts';

export const ONBOARDING_KEY = 'cop.onboarding';

/** The parts of a task the checklist's progress and export need. */
export type PlanTask = Pick<OnboardingTask, 'id' | 'phase' | 'title' | 'detail'>;

export const savedOnboarding = savedState({
  key: ONBOARDING_KEY,
  version: 1,
  name: 'checklist',
  dropped: 'ticks',
  ...byRole({ done: idList }),
});

export type SavedOnboarding = StateOf<typeof savedOnboarding>;

/** "30/60/90-day", from the phases' last days. */
/** "30/60/90-day": the phases after the start date (pre-boarding ends on day 0 and is not counted). */
export const planSpan = () =>
  `${ONBOARDING_PHASES.filter((p) => p.lastDay > 0)
    .map((p) => p.lastDay)
    .join('/')}-day`;

/** The file name of the Markdown download, e.g. "search-discovery-onboarding.md". */
export const onboardingFileName = (roleId: string) => `${roleId}-onboarding.md`;

/**
 * The plan's Markdown export without its ticks, written at build time from the content: a heading,
 * the plan's address, and per phase that has tasks a heading and one line per task.
 */
export interface PlanMarkdown {
  heading: string;
  url: string;
  sections: { heading: string; tasks: { id: PlanTask['id']; line: string }[] }[];
}

/** The tasks of a plan in export order. */
export const planTasks = (plan: PlanMarkdown) => plan.sections.flatMap((s) => s.tasks);

export function planMarkdown(title: string, url: string, tasks: readonly PlanTask[]): PlanMarkdown {
  // Content may wrap lines; each Markdown item is one line.
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    heading: `# ${clean(title)}`,
    url,
    sections: ONBOARDING_PHASES.map((phase) => ({
      heading: `## ${phase.label}`,
      tasks: tasks.filter((t) => t.phase === phase.id).map((t) => ({ id: t.id, line: `**${clean(t.title)}**: ${clean(t.detail)}` })),
    })).filter((s) => s.tasks.length > 0),
  };
}

/** Done and total, counting only ticks of tasks that are still in the plan. */
export function progress(tasks: readonly Pick<PlanTask, 'id'>[], done: readonly string[]): { done: number; total: number } {
  const ticked = new Set(done);
  return { done: tasks.filter((t) => ticked.has(t.id)).length, total: tasks.length };
}

/** The plan with its ticks as a Markdown task list, to paste into a ticket or an issue. */
export function planToMarkdown(plan: PlanMarkdown, done: readonly string[]): string {
  const ticked = new Set(done);
  const p = progress(planTasks(plan), done);
  const lines = [plan.heading, '', `${p.done} of ${p.total} tasks done. Plan: ${plan.url}`];
  for (const section of plan.sections)
    lines.push('', section.heading, '', ...section.tasks.map((t) => `- [${ticked.has(t.id) ? 'x' : ' '}] ${t.line}`));
  return `${lines.join('\n')}\n`;
}
