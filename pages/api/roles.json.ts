// /api/roles.json: every role's data for HR tools; JSON Schema at /api/roles.schema.json.
import type { APIRoute } from 'astro';
import { publishedRoles } from '../../src/components/published-roles.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify({ version: 1, roles: await publishedRoles(site!) }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
