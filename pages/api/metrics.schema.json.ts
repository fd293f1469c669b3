// /api/metrics.schema.json: JSON Schema of /api/metrics.json, generated from the zod schema.
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { publishedMetricsSchema } from '../../src/schemas/published-metric.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(publishedMetricsSchema, { target: 'draft-2020-12' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
