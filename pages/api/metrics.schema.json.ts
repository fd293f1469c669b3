// /api/metrics.schema.json: JSON Schema of /api/metrics.json, generated from the zod schema.
import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../src/components/json-schema.ts';
import { publishedMetricsSchema } from '../../src/schemas/published-metric.ts';

export const GET: APIRoute = ({ site }) =>
  jsonSchemaResponse(publishedMetricsSchema, '/api/metrics.schema.json', 'the KPI catalogue', site!);
