// /api/decisions.json: the decision register (who decides, who is consulted and informed, where it
// escalates), for teams that keep it in another tool; JSON Schema at /api/decisions.schema.json.
import type { APIRoute } from 'astro';
import { allDecisions } from '../../src/components/data.ts';
import type { PublishedDecision } from '../../src/schemas/published-decision.ts';

export const GET: APIRoute = async () => {
  const decisions: PublishedDecision[] = (await allDecisions()).map(
    ({ id, decision, decides, tieBreaker, consulted, informed, escalation }) => ({
      id,
      decision,
      decides,
      ...(tieBreaker ? { tieBreaker } : {}),
      consulted,
      informed,
      escalation,
    }),
  );
  return new Response(JSON.stringify(decisions, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
