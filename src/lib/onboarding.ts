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
import { byRole, idList, savedState } from './saved-state.ts';

export const ONBOARDING_KEY = 'cop.onboarding';

/** The parts of a task the checklist's progress and export need. */
export type PlanTask = Pick<OnboardingTask, 'id' | 'phase' | 'title' | 'detail'>;

export const savedOnboarding = savedState({
  key: ONBOARDING_KEY,
  version: 1,
  name: 'checklist',
  dropped: 'ticks',
  body: byRole({ done: idList }),
  empty: () => ({ roles: {} }),
});

export type SavedOnboarding = ReturnType<typeof savedOnboarding.empty>;

/** "30/60/90-day", from the phases' last days. */
export const planSpan = () => `${ONBOARDING_PHASES.map((p) => p.lastDay).join('/')}-day`;

/** The file name of the Markdown download, e.g. "search-discovery-onboarding.md". */
export const onboardingFileName = (roleId: string) => `${roleId}-onboarding.md`;

/** Done and total, counting only ticks of tasks that are still in the plan. */
export function progress(tasks: readonly PlanTask[], done: readonly string[]): { done: number; total: number } {
  const ticked = new Set(done);
  return { done: tasks.filter((t) => ticked.has(t.id)).length, total: tasks.length };
}

/** A phase of the plan as the export heads it (from ONBOARDING_PHASES). */
export type PlanPhase = Pick<(typeof ONBOARDING_PHASES)[number], 'id' | 'label'>;

/** The plan as a Markdown task list grouped by phase, to paste into a ticket or an issue. */
export function planToMarkdown(
  title: string,
  url: string,
  phases: readonly PlanPhase[],
  tasks: readonly PlanTask[],
  done: readonly string[],
): string {
  const ticked = new Set(done);
  const p = progress(tasks, done);
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = [`# ${clean(title)}`, '', `${p.done} of ${p.total} tasks done. Plan: ${url}`];
  for (const phase of phases) {
    const inPhase = tasks.filter((x) => x.phase === phase.id);
    if (inPhase.length === 0) continue;
    lines.push('', `## ${phase.label}`, '');
    for (const t of inPhase) lines.push(`- [${ticked.has(t.id) ? 'x' : ' '}] **${clean(t.title)}**: ${clean(t.detail)}`);
  }
  return `${lines.join('\n')}\n`;
}
