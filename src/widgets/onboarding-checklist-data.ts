// The data OnboardingChecklist.astro embeds for <onboarding-checklist>: the tasks and what the
// Markdown export is headed with. Built on the server from the content, checked in the browser.
import { planSpan, type PlanPhase, type PlanTask } from '../lib/onboarding.ts';
import type { Onboarding } from '../schemas/onboarding.ts';
import type { Role } from '../schemas/role.ts';
import { ONBOARDING_PHASES } from '../site/vocabulary.ts';
import { hasFields } from './widget-data.ts';

export interface OnboardingChecklistData {
  /** Whose ticks these are in the saved state. */
  role: Role['id'];
  /** The export's heading, e.g. "Search and discovery: 30/60/90-day onboarding plan". */
  title: string;
  /** The plan's public address, for the export. */
  url: string;
  phases: PlanPhase[];
  tasks: PlanTask[];
}

export function onboardingChecklistData(
  role: Pick<Role, 'id' | 'name'>,
  plan: Pick<Onboarding, 'tasks'>,
  url: string,
): OnboardingChecklistData {
  return {
    role: role.id,
    title: `${role.name}: ${planSpan()} onboarding plan`,
    url,
    phases: ONBOARDING_PHASES.map(({ id, label }) => ({ id, label })),
    tasks: plan.tasks.map(({ id, phase, title, detail }) => ({ id, phase, title, detail })),
  };
}

export const isOnboardingChecklistData = hasFields<OnboardingChecklistData>({
  role: 'string',
  title: 'string',
  url: 'string',
  phases: 'array',
  tasks: 'array',
});
