// The data OnboardingChecklist.astro embeds for <onboarding-checklist>: whose ticks they are, and
// the plan's Markdown export written at build time from the content (the browser adds the ticks).
import { planMarkdown, planSpan, type PlanMarkdown } from '../lib/onboarding.ts';
import type { Onboarding } from '../schemas/onboarding.ts';
import type { Role } from '../schemas/role.ts';
import { hasFields } from './widget-data.ts';

export interface OnboardingChecklistData {
  /** Whose ticks these are in the saved state. */
  role: Role['id'];
  plan: PlanMarkdown;
}

/** `url` is the plan's public address, linked from the export. */
export function onboardingChecklistData(
  role: Pick<Role, 'id' | 'name'>,
  plan: Pick<Onboarding, 'tasks'>,
  url: string,
): OnboardingChecklistData {
  return { role: role.id, plan: planMarkdown(`${role.name}: ${planSpan()} onboarding plan`, url, plan.tasks) };
}

export const isOnboardingChecklistData = hasFields<OnboardingChecklistData>({ role: 'string', plan: 'object' });
