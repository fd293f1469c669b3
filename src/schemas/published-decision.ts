import { z } from 'astro/zod';

/**
 * A decision as published at /api/decisions.json (an array of these), for teams that keep their
 * decision register in another tool. The JSON Schema at /api/decisions.schema.json is generated from
 * this schema. Fields are added, never renamed or removed.
 */
export const publishedDecisionSchema = z
  .object({
    /** Permanent decision id. */
    id: z.string().describe('Permanent decision id; the anchor #decision-<id> on /working-together/'),
    /** The decision in one line. */
    decision: z.string().describe('The decision in one line'),
    /** The deciding role id; two ids for a joint decision. */
    decides: z.array(z.string()).min(1).max(2).describe('Role id of the decider; two role ids for a joint decision'),
    /** For a joint decision, the role id that breaks a tie. */
    tieBreaker: z.string().optional().describe('For a joint decision: the role id that breaks a tie'),
    /** Role ids consulted before the decision is final. */
    consulted: z.array(z.string()).describe('Role ids consulted before the decision is final'),
    /** Role ids told after it is made. */
    informed: z.array(z.string()).describe('Role ids told after the decision is made'),
    /** Where a disagreement goes and who settles it. */
    escalation: z.string().describe('Where a disagreement goes and who settles it'),
  })
  .strict();

export const publishedDecisionsSchema = z.array(publishedDecisionSchema);
export type PublishedDecision = z.output<typeof publishedDecisionSchema>;
