// The JSON Schema endpoints of /api/: each generated from its zod schema, named after the site
// (content/site.yaml: name) and identified by its own public address.
import { z } from 'astro/zod';
import { siteConfig } from './pages.ts';

/** The JSON Schema of `schema`, as published at `path` (e.g. /api/roles.schema.json) on `site`. */
export function jsonSchemaResponse(schema: z.ZodType, path: string, what: string, site: URL): Response {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  const body = { $schema, $id: new URL(path, site).href, title: `${siteConfig.name}: ${what}`, ...rest };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
}
