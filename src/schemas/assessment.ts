import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';

/** A competency of the role: what the self-assessment scores and the interview kit assesses. */
export const competencySchema = z.object({
  /** Kebab-case id, unique within the role. */
  id: kebabId,
  /** Short name, e.g. "Part-number search". */
  name: line(60),
  /** What good looks like, in a sentence. */
  description: line(300),
});

/** One answer to a statement, written for that statement and mapped to a maturity level. */
export const answerSchema = z.object({
  /** Maturity level this answer corresponds to (1 = absent, 5 = leading). */
  level: z.number().int().min(1).max(5),
  /** The answer as the reader would recognise their own situation. */
  text: line(260),
  /**
   * The next step from this answer, at every level (the most mature teams get one too). Must be
   * specific to this answer: two answers never share advice.
   */
  advice: prose(40, 500).optional(),
});

/** A statement of the self-assessment with its five answers, one per level in order. */
export const statementSchema = z.object({
  /** Kebab-case id, unique within the role; used in saved answers, so never reuse an old id. */
  id: kebabId,
  /** The question, e.g. "When a buyer searches a customer part number…". */
  text: line(220),
  /** Id of the competency (in this file) the statement scores. */
  competency: kebabId,
  /** Anchor on the role's playbook that the advice links to, e.g. "kpis" or "with-data-analytics". */
  anchor: kebabId,
  /**
   * Id of the decision (content/decisions/) the statement's advice concerns: the action plan names
   * that decision's deciding role beside the advice, so the deciding role is never restated here.
   */
  decision: refTo('decisions'),
  /** Exactly five answers, levels 1 to 5 in order. */
  answers: z
    .array(answerSchema)
    .length(5)
    .refine((as) => as.every((a, i) => a.level === i + 1), { message: 'answers must be levels 1, 2, 3, 4, 5 in that order' })
    .refine((as) => as.slice(0, 3).every((a) => a.advice), { message: 'levels 1–3 need advice' }),
  /** Advice for "don't know": how to find out, whom to ask, what to look at. */
  findOut: prose(40, 500),
});

/** A role's maturity self-assessment (/roles/<id>/assessment/). The file name is the role id. */
export const assessmentSchema = z
  .object({
    /** Id of the role assessed; equals the file name. */
    role: refTo('roles'),
    /** Who should answer and how long it takes, in a sentence or two. */
    intro: prose(40, 500),
    /** The role's competencies (3 to 6); the interview kit scores the same ones. */
    competencies: z.array(competencySchema).min(3).max(6),
    /** 8 to 13 statements (a thirteenth only where a promised #anchor must stay). */
    statements: z.array(statementSchema).min(8).max(13),
  })
  .strict();

export type Assessment = z.output<typeof assessmentSchema>;
export type Statement = z.output<typeof statementSchema>;
