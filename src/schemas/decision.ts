import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';

/**
 * A decision the team makes again and again, stated once (content/decisions/<id>.yaml). Role
 * playbooks, the decision register on /working-together/, job descriptions and the scorecard's
 * advice all read it; no other file restates who decides.
 */
export const decisionSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the `#anchor` in the decision register. */
    id: kebabId,
    /** The decision itself in one line, e.g. "Which ranking signals site search uses, and their weights". */
    decision: line(320),
    /**
     * The deciding role. A genuinely joint decision names two roles, and `tieBreaker` says which
     * of them settles a disagreement.
     */
    decides: z.array(refTo('roles')).min(1, { message: 'needs a deciding role' }).max(2, { message: 'names at most two deciding roles' }),
    /** For a joint decision: the one of the two deciding roles that breaks a tie. */
    tieBreaker: refTo('roles').optional(),
    /** Roles asked before the decision is final. */
    consulted: z.array(refTo('roles')).default([]),
    /** Roles told after it is made. */
    informed: z.array(refTo('roles')).default([]),
    /** Functions outside the e-commerce roles that are asked before, e.g. "sales operations", "finance". */
    consultedOutside: z.array(z.string().trim().min(2).max(60)).default([]),
    /**
     * Where a disagreement goes and who settles it: a shared route by id (content/escalation-routes/),
     * or, for a path no other decision takes, the route written out.
     */
    escalation: z.union([z.object({ route: refTo('escalationRoutes') }).strict(), line(220)]),
    /** The RACI activity this decision belongs to (its accountable role must be the decider). */
    activity: refTo('activities').optional(),
    /** Why this role decides, in a sentence or two a practitioner accepts. */
    why: prose(30, 500),
  })
  .strict()
  .refine((d) => new Set(d.decides).size === d.decides.length, { message: 'names the same deciding role twice', path: ['decides'] })
  .refine((d) => (d.decides.length === 2) === (d.tieBreaker !== undefined), {
    message: 'a joint decision (two deciding roles) names its tieBreaker; a single decider has none',
    path: ['tieBreaker'],
  })
  .refine((d) => d.tieBreaker === undefined || d.decides.includes(d.tieBreaker), {
    message: 'must be one of the deciding roles',
    path: ['tieBreaker'],
  })
  .refine((d) => ![...d.consulted, ...d.informed].some((r) => d.decides.includes(r)), {
    message: 'a deciding role is not also consulted or informed',
    path: ['consulted'],
  });

/** The role that answers for a decision: the single decider, or the tie-breaker of a joint one. */
export const accountableRole = (d: Pick<Decision, 'decides' | 'tieBreaker'>): string => d.tieBreaker ?? d.decides[0]!;

/** The deciding roles of a decision, the one that answers for it first. */
export const decidingRoles = (d: Pick<Decision, 'decides' | 'tieBreaker'>): string[] => {
  const first = accountableRole(d);
  return [first, ...d.decides.filter((r) => r !== first)];
};

export type Decision = z.output<typeof decisionSchema>;
