// /api/roles.schema.json: JSON Schema of /api/roles.json, generated from the zod schema.
import type { APIRoute } from 'astro';
import { jsonSchemaResponse } from '../../src/components/json-schema.ts';
import { publishedRolesSchema } from '../../src/schemas/published-role.ts';

export const GET: APIRoute = ({ site }) =>
  jsonSchemaResponse(publishedRolesSchema, '/api/roles.schema.json', 'the roles for HR tools', site!);
