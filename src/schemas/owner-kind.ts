import { z } from 'astro/zod';
import { line, prose, refTo } from './common.ts';
import { OWNER_IDS } from '../site/vocabulary.ts';

/** A kind of ownership a capability can have today, and the next move the scorecard suggests for it. */
export const ownerKindSchema = z
  .object({
    /** One of the four fixed kinds; equals the file name. */
    id: z.enum(OWNER_IDS),
    /** Position in the answer list (1 = first). */
    order: z.number().int().min(1).max(4),
    /** The answer as the reader sees it, e.g. "A part-time hat". */
    label: line(60),
    /** One line that tells two neighboring answers apart. */
    hint: line(200),
    /** The next move for a role with this kind of owner; `{role}` is replaced by the role's name. */
    move: prose(30, 300).refine((s) => s.includes('{role}'), { message: 'must contain {role}' }),
    /** The playbook section the move links to. */
    anchor: z.enum(['first-steps', 'tools', 'one-of-several-hats', 'anti-patterns', 'maturity', 'mission']),
    /**
     * The decision (content/decisions/) the move concerns; the action plan names its deciding role. A
     * kind that leaves a gap (every kind but a dedicated owner) needs one, since the plan lists its move.
     */
    decision: refTo('decisions').optional(),
  })
  .strict();

export type OwnerKind = z.output<typeof ownerKindSchema>;
