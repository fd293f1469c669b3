// /api/roles.schema.json: JSON Schema of /api/roles.json, generated from the zod schema.
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { publishedRolesSchema } from '../../src/schemas/published-role.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(publishedRolesSchema, { target: 'draft-2020-12' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
