// /api/roles/<id>.json: one role's data for HR tools (the items of /api/roles.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRoles } from '../../../src/components/data.ts';
import { publishedRoles } from '../../../src/components/published-roles.ts';

export const getStaticPaths = (async () => (await allRoles()).map((r) => ({ params: { id: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const role = (await publishedRoles(site!)).find((r) => r.id === params.id);
  return new Response(JSON.stringify(role, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
