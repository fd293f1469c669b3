import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';
import { EXERCISE_FORMAT_IDS, JOB_LEVEL_IDS } from '../site/vocabulary.ts';

/** A job description at one level. */
export const jobDescriptionSchema = z.object({
  /** Level id; also the section anchor, e.g. /roles/search-discovery/hiring/#lead. */
  level: z.enum(JOB_LEVEL_IDS),
  /** Job title as it would appear in an ad, e.g. "Search and discovery lead". */
  title: line(80),
  /** Why the job exists, in two or three sentences. */
  purpose: prose(80, 600),
  /**
   * What the job covers, in a sentence: which part of the capability, across how much of the
   * business (categories, channels, units), e.g. "The weekly search loop for one storefront".
   */
  scope: line(300),
  /**
   * What changes from the level below: what this job takes on that the level below does not.
   * Every level but the first (specialist) has it; shown in the levels compared (#compare-levels).
   */
  stepUp: line(300).optional(),
  /** What the person does (5 to 9 items). */
  responsibilities: z.array(line(240)).min(5).max(9),
  /** What success looks like after six months (2 to 4 items), tied to the role's KPIs. */
  success6Months: z.array(line(240)).min(2).max(4),
  /** What success looks like after twelve months (2 to 4 items). */
  success12Months: z.array(line(240)).min(2).max(4),
  /** Metric ids (from the role's KPIs) that the success criteria refer to. */
  successKpis: z.array(refTo('metrics')).min(1),
  /** What the person needs to bring (4 to 8 items), as abilities and evidence, not years. */
  requirements: z
    .array(line(240))
    .min(4)
    .max(8)
    .refine((rs) => rs.every((r) => !/\d+\+?\s*years/i.test(r)), { message: 'ask for abilities and evidence, not years of experience' }),
  /** What is deliberately not required, to widen the pool (2 to 5 items). */
  notRequired: z.array(line(240)).min(2).max(5),
  /** Whom the person reports to. */
  reportsTo: line(160),
});

/** An interview question with what a strong answer shows and the red flags. */
export const interviewQuestionSchema = z.object({
  /** Id of a competency in the role's self-assessment (content/assessments/<role>.yaml). */
  competency: kebabId,
  /** The question as asked. */
  question: line(300),
  /** What a strong answer shows. */
  strongAnswer: prose(40, 600),
  /** What should worry the panel (1 to 3 items). */
  redFlags: z.array(line(240)).min(1).max(3),
  /** The job levels the question is asked at; absent means every level. */
  levels: z.array(z.enum(JOB_LEVEL_IDS)).min(1).optional(),
});

/** The practical exercise of the interview kit. */
export const exerciseSchema = z.object({
  /** Short name, e.g. "Zero-result triage". */
  title: line(80),
  /** The form of the exercise; roles use different forms, so candidates show the work the role does. */
  format: z.enum(EXERCISE_FORMAT_IDS).optional(),
  /** The brief as handed to the candidate, with the material they get. */
  brief: prose(100, 1200),
  /** How long it takes, e.g. "90 minutes at home, 30 minutes discussion". */
  timebox: line(120),
  /** What a good result looks like (3 to 6 items). */
  lookFor: z.array(line(240)).min(3).max(6),
  /** The job levels the exercise is set for; absent means every level. */
  levels: z.array(z.enum(JOB_LEVEL_IDS)).min(1).optional(),
});

/** Hiring kit of a role (/roles/<id>/hiring/): job descriptions at three levels and an interview kit. */
export const hiringSchema = z
  .object({
    /** Id of the role; equals the file name. */
    role: refTo('roles'),
    /** Three job descriptions: specialist, lead, head, in that order. */
    levels: z
      .array(jobDescriptionSchema)
      .length(3)
      .refine((ls) => ls.every((l, i) => l.level === JOB_LEVEL_IDS[i]), {
        message: `levels must be ${JOB_LEVEL_IDS.join(', ')} in that order`,
      })
      .superRefine((ls, ctx) =>
        ls.forEach((l, i) => {
          if ((i === 0) !== (l.stepUp === undefined))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'stepUp'],
              message: i === 0 ? 'the first level has no level below to step up from' : 'says what changes from the level below',
            });
        }),
      ),
    /** 8 to 14 questions, sized to the role; together they cover every competency of the role's self-assessment. */
    questions: z.array(interviewQuestionSchema).min(8).max(14),
    /** How the panel scores each answer: what a 1, 2, 3 and 4 mean for this role. */
    scoringGuide: z
      .array(z.object({ score: z.number().int().min(1).max(4), meaning: line(300) }).strict())
      .length(4)
      .optional(),
    /** One practical exercise. */
    exercise: exerciseSchema,
    /** Variants of the exercise for levels whose work differs (e.g. a review task for the head); each names its levels. */
    exerciseVariants: z
      .array(exerciseSchema.required({ levels: true }))
      .max(2)
      .optional(),
    /** The bar to hire at each level, read against the scoring guide, e.g. "3 or better on every competency". */
    hireBar: z
      .array(z.object({ level: z.enum(JOB_LEVEL_IDS), bar: line(300) }).strict())
      .length(3)
      .refine((bs) => bs.every((b, i) => b.level === JOB_LEVEL_IDS[i]), {
        message: `hireBar must be ${JOB_LEVEL_IDS.join(', ')} in that order`,
      })
      .optional(),
  })
  .strict();

export type Hiring = z.output<typeof hiringSchema>;
export type JobDescription = z.output<typeof jobDescriptionSchema>;
