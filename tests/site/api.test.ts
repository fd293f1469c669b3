// The JSON API for HR tools validates against the JSON Schema it publishes, which is generated from
// the zod schema, and carries each role's data in full.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'astro/zod';
import { publishedRolesSchema } from '../../src/schemas/published-role.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { ROLE_IDS } from '../../src/schemas/common.ts';

const read = (path: string) => JSON.parse(readFileSync(`dist${path}`, 'utf8'));
const schema = read('/api/roles.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const roleSchema = new Ajv2020({ strict: false }).compile({ ...schema.properties.roles.items, $schema: schema.$schema });
const content = readContent(process.cwd());

describe('JSON API', () => {
  it('publishes the JSON Schema generated from the zod schema', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(publishedRolesSchema, { target: 'draft-2020-12' }))));
  });

  it('/api/roles.json validates against it and lists every role', () => {
    const all = read('/api/roles.json');
    expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
    expect(all.roles.map((r: { id: string }) => r.id)).toEqual([...ROLE_IDS]);
  });

  it.each(ROLE_IDS)('/api/roles/%s.json validates and carries KPIs, three job descriptions and the onboarding plan', (id) => {
    const role = read(`/api/roles/${id}.json`);
    expect(roleSchema(role), JSON.stringify(roleSchema.errors)).toBe(true);
    const source = content.roles.find((r) => r.stem === id)!.data as { kpis: unknown[] };
    expect(role.kpis).toHaveLength(source.kpis.length);
    expect(role.jobDescriptions.map((j: { level: string }) => j.level)).toEqual(['specialist', 'lead', 'head']);
    expect(role.jobDescriptions[1].url).toMatch(new RegExp(`/roles/${id}/hiring/#lead$`));
    const plan = content.onboarding.find((o) => o.stem === id)!.data as { tasks: unknown[] };
    expect(role.onboarding.tasks).toHaveLength(plan.tasks.length);
  });

  it('rejects a file that breaks the schema (the validator is not a rubber stamp)', () => {
    const broken = read('/api/roles.json');
    delete broken.roles[0].mission;
    broken.roles[1].jobDescriptions[0].level = 'intern';
    expect(validate(broken)).toBe(false);
  });
});
