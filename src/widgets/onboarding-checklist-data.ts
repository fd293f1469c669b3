// The data OnboardingChecklist.astro embeds for <onboarding-checklist>: whose ticks they are, and
// the plan as the exports need it, written at build time from the content, with each task's window
// in the plan (the browser adds the ticks and the dates).
import { planExport, planSpan, type PlanExport } from '../lib/onboarding.ts';
import { taskWindow } from '../lib/onboarding-schedule.ts';
import type { Onboarding } from '../schemas/onboarding.ts';
import type { Role } from '../schemas/role.ts';
import { hasFields } from './widget-data.ts';

export interface OnboardingChecklistData {
  /** Whose ticks these are in the saved state. */
  role: Role['id'];
  plan: PlanExport;
}

/** `url` is the plan's public address, linked from the exports; the role's first steps give some tasks their week. */
export function onboardingChecklistData(
  role: Pick<Role, 'id' | 'name' | 'firstSteps'>,
  plan: Pick<Onboarding, 'tasks'>,
  url: string,
): OnboardingChecklistData {
  const weeks = new Map((role.firstSteps ?? []).map((s) => [s.task, s.week]));
  return {
    role: role.id,
    plan: planExport(`${role.name}: ${planSpan()} onboarding plan`, url, role.id, plan.tasks, (t) => taskWindow(t.phase, weeks.get(t.id))),
  };
}

export const isOnboardingChecklistData = hasFields<OnboardingChecklistData>({ role: 'string', plan: 'object' });
