import { z } from 'astro/zod';
import { kebabId, line } from './common.ts';

/** A path that disagreements about several decisions share (content/escalation-routes/<id>.yaml). */
export const escalationRouteSchema = z
  .object({
    /** Kebab-case id; equals the file name. Decisions refer to it as `escalation: { route: <id> }`. */
    id: kebabId,
    /** Where the disagreement goes and who settles it, e.g. "Head of e-commerce, in the monthly roadmap review". */
    route: line(220),
  })
  .strict();

export type EscalationRoute = z.output<typeof escalationRouteSchema>;
