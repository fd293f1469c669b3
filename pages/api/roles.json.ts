// /api/roles.json: every role's data for HR tools; JSON Schema at /api/roles.schema.json.
import type { APIRoute } from 'astro';
import { publishedRoles } from '../../src/components/published-roles.ts';
import { siteConfig } from '../../src/components/pages.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify({ version: 1, site: { name: siteConfig.name, url: site!.href }, roles: await publishedRoles(site!) }, null, 2),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
