// Schemas reject thin or malformed content with a message that names the field.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { metricSchema } from '../../src/schemas/metric.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary-term.ts';
import { teamShapeSchema } from '../../src/schemas/team-shape.ts';
import { activitySchema } from '../../src/schemas/activity.ts';
import { kebabId } from '../../src/schemas/common.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const content = readContent(process.cwd());
const clone = <T>(v: T): T => structuredClone(v);
const aRole = () => clone(content.roles[0]!.data) as Record<string, any>;

/** The dotted paths of the fields a parse failed on. */
function failedFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.path.join('.'));
}

describe('kebab-case ids', () => {
  it.each(['search-discovery', 'a1', 'x'])('accepts %s', (id) => expect(kebabId.safeParse(id).success).toBe(true));
  it.each(['Search', 'search_discovery', '-a', 'a--b', 'a-', ''])('rejects "%s"', (id) =>
    expect(kebabId.safeParse(id).success).toBe(false),
  );
});

describe('site schema', () => {
  const site = () => clone(content.site.data) as Record<string, unknown>;
  it('accepts content/site.yaml', () => expect(siteSchema.safeParse(site()).success).toBe(true));

  it('takes a short name only if it is part of the full name, word for word (it is shown in place of the name)', () => {
    expect(siteSchema.safeParse({ ...site(), name: 'Commerce Ownership Playbook', shortName: 'Ownership Playbook' }).success).toBe(true);
    expect(failedFields(siteSchema.safeParse({ ...site(), name: 'Commerce Ownership Playbook', shortName: 'Owner Handbook' }))).toEqual([
      'shortName',
    ]);
  });

  it('refuses an accent colour below WCAG AA in either theme, naming the field and the measured ratio', () => {
    const result = siteSchema.safeParse({ ...site(), accent: '#ffcc00' });
    expect(failedFields(result)).toContain('accent');
    expect(result.error!.issues.map((i) => i.message).join('\n')).toContain('a contrast of 1.51:1, below WCAG AA');
    expect(failedFields(siteSchema.safeParse({ ...site(), accent: 'green' }))).toEqual(['accent']);
  });

  it('takes an owner’s contact as an email or https address, and a logo only as a path inside content/', () => {
    const owner = { name: 'Priya Raman', contact: 'priya@example.com', team: 'Digital commerce' };
    expect(siteSchema.safeParse({ ...site(), owners: { 'search-discovery': owner } }).success).toBe(true);
    expect(
      siteSchema.safeParse({ ...site(), owners: { 'search-discovery': { ...owner, contact: 'https://chat.example.com/u/priya' } } })
        .success,
    ).toBe(true);
    for (const contact of ['priya', 'http://example.com/priya', 'javascript:alert(1)'])
      expect(failedFields(siteSchema.safeParse({ ...site(), owners: { 'search-discovery': { ...owner, contact } } })), contact).toEqual([
        'owners.search-discovery.contact',
      ]);
    expect(siteSchema.safeParse({ ...site(), logo: 'brand/logo.svg' }).success).toBe(true);
    for (const logo of ['../logo.svg', '/etc/logo.svg', 'brand/logo.gif'])
      expect(failedFields(siteSchema.safeParse({ ...site(), logo })), logo).toEqual(['logo']);
  });

  it('takes a GitHub or GitLab repository for the Edit links, and the public URL as http(s)', () => {
    expect(siteSchema.safeParse({ ...site(), repository: 'https://github.com/acme/playbook' }).success).toBe(true);
    expect(siteSchema.safeParse({ ...site(), repository: 'https://gitlab.acme.example/web/playbook' }).success).toBe(true);
    expect(failedFields(siteSchema.safeParse({ ...site(), repository: 'https://bitbucket.org/acme/playbook' }))).toEqual(['repository']);
    expect(failedFields(siteSchema.safeParse({ ...site(), url: 'playbook.acme.example' }))).toEqual(['url']);
  });
});

describe('role schema', () => {
  it('accepts a real role file', () => expect(roleSchema.safeParse(aRole()).success).toBe(true));

  it('needs at least four KPIs and at most ten', () => {
    const few = aRole();
    few.kpis = few.kpis.slice(0, 3);
    expect(failedFields(roleSchema.safeParse(few))).toContain('kpis');
    const many = aRole();
    many.kpis = Array.from({ length: 11 }, () => many.kpis[0]);
    expect(failedFields(roleSchema.safeParse(many))).toContain('kpis');
  });

  it('needs exactly five maturity levels, numbered 1 to 5 in order', () => {
    const four = aRole();
    four.maturity = four.maturity.slice(0, 4);
    expect(failedFields(roleSchema.safeParse(four))).toContain('maturity');
    const shuffled = aRole();
    shuffled.maturity = [shuffled.maturity[1], shuffled.maturity[0], ...shuffled.maturity.slice(2)];
    expect(failedFields(roleSchema.safeParse(shuffled))).toContain('maturity');
  });

  it('needs at least five anti-patterns', () => {
    const r = aRole();
    r.antiPatterns = r.antiPatterns.slice(0, 4);
    expect(failedFields(roleSchema.safeParse(r))).toContain('antiPatterns');
  });

  it('keeps the summary short enough for a card', () => {
    const r = aRole();
    r.summary = 'x'.repeat(171);
    expect(failedFields(roleSchema.safeParse(r))).toContain('summary');
  });

  it('rejects a non-kebab id and unknown fields', () => {
    const r = aRole();
    r.id = 'Search Discovery';
    r.colour = 'blue';
    const fields = failedFields(roleSchema.safeParse(r));
    expect(fields).toContain('id');
    expect(fields).toContain('');
  });

  it('names the nested field that is missing', () => {
    const r = aRole();
    delete r.kpis[1].gamedBy;
    expect(failedFields(roleSchema.safeParse(r))).toContain('kpis.1.gamedBy');
  });
});

describe('other schemas', () => {
  it('metric: unit must be one of the known units', () => {
    const m = clone(content.metrics[0]!.data) as Record<string, any>;
    expect(metricSchema.safeParse(m).success).toBe(true);
    m.unit = 'furlongs';
    expect(failedFields(metricSchema.safeParse(m))).toContain('unit');
  });

  it('glossary: a definition must say something', () => {
    const g = clone(content.glossary[0]!.data) as Record<string, any>;
    expect(glossaryTermSchema.safeParse(g).success).toBe(true);
    g.definition = 'A thing.';
    expect(failedFields(glossaryTermSchema.safeParse(g))).toContain('definition');
  });

  it('team shape: lists exactly `size` people (the next hire is the ladder rule of the guard)', () => {
    const t = clone(content.teamShapes.find((f) => f.stem === '2')!.data) as Record<string, any>;
    expect(teamShapeSchema.safeParse(t).success).toBe(true);
    t.people = t.people.slice(0, 1);
    expect(failedFields(teamShapeSchema.safeParse(t))).toContain('people');
  });

  it('activity: exactly one accountable role', () => {
    const a = clone(content.activities[0]!.data) as Record<string, any>;
    expect(activitySchema.safeParse(a).success).toBe(true);
    for (const k of Object.keys(a.raci)) a.raci[k] = 'A';
    expect(failedFields(activitySchema.safeParse(a))).toContain('raci');
  });

  it('activity: an accountable role that does the work itself (AR) needs no other R, and counts as the one A', () => {
    const a = clone(content.activities[0]!.data) as Record<string, any>;
    const [first, second] = Object.keys(a.raci);
    for (const k of Object.keys(a.raci)) a.raci[k] = 'C';
    a.raci[first!] = 'AR';
    expect(activitySchema.safeParse(a).success).toBe(true);
    a.raci[second!] = 'A';
    expect(activitySchema.safeParse(a).error?.issues.map((i) => i.message)).toContain('exactly one role must be A or AR (accountable)');
    a.raci[second!] = 'C';
    a.raci[first!] = 'A';
    expect(activitySchema.safeParse(a).error?.issues.map((i) => i.message)).toContain('at least one role must be R or AR (responsible)');
  });
});
