import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';
import { RACI_LETTER_IDS } from '../site/vocabulary.ts';

/**
 * R = does the work, A = decides and answers for it, AR = answers for it and does it, C = consulted
 * before, I = told after. Exactly one role is A or AR; at least one is R or AR.
 */
export const raciLetter = z.enum(RACI_LETTER_IDS);

/** A recurring B2B activity and who holds which decision right on it (the RACI matrix on /working-together/). */
export const activitySchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the row's `#anchor`. */
    id: kebabId,
    /** Position in the matrix (1 = first row). */
    order: z.number().int().min(1),
    /** The activity, e.g. "Change search ranking rules". */
    name: line(90),
    /** What the activity involves, with a concrete example. */
    description: prose(20, 500),
    /** RACI letter per role id; every role appears. */
    raci: z.record(refTo('roles'), raciLetter),
  })
  .strict()
  .refine((a) => Object.values(a.raci).filter((l) => l === 'A' || l === 'AR').length === 1, {
    message: 'exactly one role must be A or AR (accountable)',
    path: ['raci'],
  })
  .refine((a) => Object.values(a.raci).some((l) => l === 'R' || l === 'AR'), {
    message: 'at least one role must be R or AR (responsible)',
    path: ['raci'],
  });

export type Activity = z.output<typeof activitySchema>;
