// The JSON API for HR tools validates against the JSON Schema it publishes, which is generated from
// the zod schema, and carries each role's data in full.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readContent } from '../../src/lib/content-files.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const ROLE_IDS = roleIdsInOrder();

const read = (path: string) => JSON.parse(readFileSync(`dist${path}`, 'utf8'));
const schema = read('/api/roles.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const roleSchema = new Ajv2020({ strict: false }).compile({ ...schema.properties.roles.items, $schema: schema.$schema });
const content = readContent(process.cwd());

describe('JSON API', () => {
  it('publishes a JSON Schema that requires every field the API writes', () => {
    const all = read('/api/roles.json');
    const role = all.roles[0];
    expect(Object.keys(role).sort()).toEqual([...schema.properties.roles.items.required].sort());
    expect(schema.properties.roles.items.additionalProperties).toBe(false);
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

/** A published list and its JSON Schema: it validates, holds every entry of its collection once, and a broken copy fails. */
function publishedList(path: string, collection: 'decisions' | 'metrics', breakIt: (copy: any[]) => void) {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(read(path.replace('.json', '.schema.json')));
  const list = read(path);
  it(`${path} validates against its JSON Schema and holds every entry of content/${collection}/ once`, () => {
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
    expect(list.map((e: { id: string }) => e.id).sort()).toEqual(content[collection].map((f) => f.stem).sort());
  });
  it(`${path}: a broken copy fails its schema (the validator is not a rubber stamp)`, () => {
    const broken = structuredClone(list);
    breakIt(broken);
    expect(validate(broken)).toBe(false);
  });
  return list;
}

describe('decision register API', () => {
  const decisions = publishedList('/api/decisions.json', 'decisions', (copy) => {
    copy[0].decides = [];
    copy[1].owner = 'someone';
  });

  it('gives role ids as values: one decider, or two and a tie-breaker', () => {
    const roleIds = new Set(content.roles.map((r) => r.stem));
    for (const d of decisions) {
      for (const r of [...d.decides, ...d.consulted, ...d.informed]) expect(roleIds.has(r), `${d.id}: ${r}`).toBe(true);
      expect(d.decides.length === 2 ? d.decides.includes(d.tieBreaker) : d.tieBreaker === undefined, d.id).toBe(true);
    }
  });
});

describe('KPI catalogue API', () => {
  const metrics = publishedList('/api/metrics.json', 'metrics', (copy) => {
    delete copy[0].target.source;
  });

  it('names a source for every public target and a reasoning for every suggested one, approved by someone else', () => {
    for (const m of metrics) {
      expect(m.target.approvedBy, m.id).not.toBe(m.owner);
      if (m.target.source.kind === 'public') expect(m.target.source.year, m.id).toBeGreaterThan(1990);
      else expect(m.target.source.reasoning.length, m.id).toBeGreaterThan(60);
    }
  });
});
