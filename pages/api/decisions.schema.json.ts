// /api/decisions.schema.json: JSON Schema of /api/decisions.json, generated from the zod schema.
import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../src/components/json-schema.ts';
import { publishedDecisionsSchema } from '../../src/schemas/published-decision.ts';

export const GET: APIRoute = ({ site }) =>
  jsonSchemaResponse(publishedDecisionsSchema, '/api/decisions.schema.json', 'the decision register', site!);
