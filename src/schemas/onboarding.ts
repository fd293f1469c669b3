import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';
import { JOB_LEVEL_IDS, ONBOARDING_PHASE_IDS, ONBOARDING_TASK_KIND_IDS } from '../site/vocabulary.ts';

/** One task of a new hire's first 90 days. */
export const onboardingTaskSchema = z.object({
  /** Kebab-case id, unique in the plan; saved ticks refer to it, so never reuse an old id. */
  id: kebabId,
  /** The phase it belongs to. */
  phase: z.enum(ONBOARDING_PHASE_IDS),
  /** meet a person, get access to a system, learn how something works, deliver something, or assess. */
  kind: z.enum(ONBOARDING_TASK_KIND_IDS),
  /** The task as a checklist line, e.g. "Meet the search and discovery owner". */
  title: line(120),
  /** What to do and what to come out with. */
  detail: prose(30, 500),
  /** For `meet` tasks with another role of this site: that role's id. */
  with: refTo('roles').optional(),
  /** The job levels the task is for, where the work differs by level; absent means every level. */
  levels: z.array(z.enum(JOB_LEVEL_IDS)).min(1).optional(),
});

/** A role's 30/60/90-day onboarding plan (/roles/<id>/onboarding/). */
export const onboardingSchema = z
  .object({
    /** Id of the role; equals the file name. */
    role: refTo('roles'),
    /** Who the plan is for and how to use it with the manager, in a sentence or two. */
    intro: prose(40, 500),
    /** At least 15 tasks: meeting the other five roles, system access, deliverables and the day-30 self-assessment. */
    tasks: z
      .array(onboardingTaskSchema)
      .min(15)
      .refine((ts) => ts.some((t) => t.kind === 'access'), { message: 'needs at least one system-access task' })
      .refine((ts) => ts.some((t) => t.kind === 'deliver'), { message: 'needs at least one deliverable' })
      .refine((ts) => ts.some((t) => t.kind === 'assess' && t.phase === 'day-30'), {
        message: 'needs the self-assessment as a day-30 baseline (kind: assess)',
      }),
  })
  .strict();

export type Onboarding = z.output<typeof onboardingSchema>;
export type OnboardingTask = z.output<typeof onboardingTaskSchema>;
