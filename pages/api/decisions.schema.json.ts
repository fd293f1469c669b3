// /api/decisions.schema.json: JSON Schema of /api/decisions.json, generated from the zod schema.
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { publishedDecisionsSchema } from '../../src/schemas/published-decision.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(publishedDecisionsSchema, { target: 'draft-2020-12' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
