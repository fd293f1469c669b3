/**
 * Onboarding checklist: saved ticks, progress and the Markdown export. Pure.
 *
 * Saved state, localStorage key `cop.onboarding`:
 *   { "v": 1, "roles": { "<role-id>": { "done": ["<task-id>", …], "updated": "<ISO date>" } } }
 * Version history: v1 is the first. Anything unreadable resets with a notice; the original is kept
 * under `cop.onboarding.backup`.
 */
import { isPlainRecord, loadSaved, type SafeStore } from './storage.ts';

export const ONBOARDING_KEY = 'cop.onboarding';

export interface PlanTask {
  id: string;
  phase: string;
  title: string;
  detail: string;
}
export interface SavedOnboarding {
  v: 1;
  roles: Record<string, { done: string[]; updated: string }>;
}

const empty = (): SavedOnboarding => ({ v: 1, roles: {} });

export function parseSavedOnboarding(value: unknown): { state: SavedOnboarding; notice?: string } {
  if (!isPlainRecord(value) || value.v !== 1 || !isPlainRecord(value.roles)) {
    return {
      state: empty(),
      notice: 'Your saved checklist was in a format this page cannot read, so it starts afresh. A copy was kept in your browser.',
    };
  }
  const state = empty();
  let dropped = 0;
  for (const [role, entry] of Object.entries(value.roles)) {
    if (!/^[a-z0-9-]+$/.test(role) || !isPlainRecord(entry) || !Array.isArray(entry.done)) {
      dropped++;
      continue;
    }
    const done = entry.done.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]+$/.test(id));
    dropped += entry.done.length - done.length;
    state.roles[role] = { done: [...new Set(done)], updated: typeof entry.updated === 'string' ? entry.updated : '' };
  }
  return dropped > 0
    ? { state, notice: `Some saved ticks could not be read and were left out (${dropped}). A copy of the original was kept.` }
    : { state };
}

export function loadOnboarding(store: SafeStore): { state: SavedOnboarding; notice?: string } {
  return loadSaved(store, ONBOARDING_KEY, parseSavedOnboarding, empty, 'checklist');
}

export function saveOnboarding(store: SafeStore, state: SavedOnboarding): void {
  store.set(ONBOARDING_KEY, JSON.stringify(state));
}

/** Done and total, counting only ticks of tasks that are still in the plan. */
export function progress(tasks: PlanTask[], done: readonly string[]): { done: number; total: number } {
  const ticked = new Set(done);
  return { done: tasks.filter((t) => ticked.has(t.id)).length, total: tasks.length };
}

/** The plan as a Markdown task list grouped by phase, to paste into a ticket or an issue. */
export function planToMarkdown(
  title: string,
  url: string,
  phases: { id: string; label: string }[],
  tasks: PlanTask[],
  done: readonly string[],
): string {
  const ticked = new Set(done);
  const p = progress(tasks, done);
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = [`# ${clean(title)}`, '', `${p.done} of ${p.total} tasks done. Plan: ${url}`];
  for (const phase of phases) {
    lines.push('', `## ${phase.label}`, '');
    for (const t of tasks.filter((x) => x.phase === phase.id))
      lines.push(`- [${ticked.has(t.id) ? 'x' : ' '}] **${clean(t.title)}**: ${clean(t.detail)}`);
  }
  return `${lines.join('\n')}\n`;
}
