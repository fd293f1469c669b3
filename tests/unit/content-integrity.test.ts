// The integrity check names file, field and bad value for each kind of broken content.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent, formatProblem, type ContentSnapshot } from '../../src/lib/content-integrity.ts';

const real = readContent(process.cwd());
const fresh = (): ContentSnapshot => structuredClone(real);
const messages = (s: ContentSnapshot) => checkContent(s).map(formatProblem);
const roleFile = (s: ContentSnapshot, id: string) => s.roles.find((r) => r.stem === id)!;

describe('content integrity', () => {
  it('finds nothing wrong with the real content', () => expect(messages(fresh())).toEqual([]));

  it('reports a KPI that points at a missing metric', () => {
    const s = fresh();
    (roleFile(s, 'search-discovery').data as any).kpis[0].metric = 'no-such-metric';
    expect(messages(s)).toContain(
      'content/roles/search-discovery.yaml: kpis[0].metric: unknown metric "no-such-metric" (no content/metrics/no-such-metric.yaml)',
    );
  });

  it('reports a collaboration with a missing role, and the role it leaves out', () => {
    const s = fresh();
    const role = roleFile(s, 'data-analytics').data as any;
    const i = role.collaboration.findIndex((c: any) => c.role === 'user-experience');
    role.collaboration[i].role = 'customer-success';
    const m = messages(s);
    expect(m).toContain(
      `content/roles/data-analytics.yaml: collaboration[${i}].role: unknown role "customer-success" (no content/roles/customer-success.yaml)`,
    );
    expect(m).toContain('content/roles/data-analytics.yaml: collaboration: must name every other role; "user-experience" is missing');
  });

  it('reports a role without its playbook page', () => {
    const s = fresh();
    s.pages = s.pages.filter((p) => p.stem !== 'roles/technical-architecture');
    expect(messages(s)).toContain(
      'content/roles/technical-architecture.yaml: id: role "technical-architecture" has no playbook page (expected content/docs/roles/technical-architecture/index.mdx)',
    );
  });

  it('reports a page that names an unknown role', () => {
    const s = fresh();
    const page = s.pages.find((p) => p.stem === 'roles/user-experience')!;
    (page.data as any).role = 'user-experiense';
    expect(messages(s)).toContain(`${page.file}: role: unknown role "user-experiense" (no content/roles/user-experiense.yaml)`);
  });

  it('reports a missing core role, a metric owner, a glossary link and a RACI row that do not resolve', () => {
    const s = fresh();
    s.roles = s.roles.filter((r) => r.stem !== 'product-strategy');
    (s.glossary[0]!.data as any).related = ['not-a-term'];
    const m = messages(s);
    expect(m).toContain(
      'content/roles/product-strategy.yaml: (file): role "product-strategy" is promised in the URL map but its file is missing',
    );
    expect(m.some((x) => x.startsWith('content/metrics/') && x.includes(': owner: unknown role "product-strategy"'))).toBe(true);
    expect(m).toContain(`${s.glossary[0]!.file}: related[0]: unknown glossary term "not-a-term"`);
    expect(
      m.some((x) => x.startsWith('content/activities/') && x.includes(': raci.product-strategy: unknown role "product-strategy"')),
    ).toBe(true);
  });

  it('reports schema errors with the field path, and an id that differs from the file name', () => {
    const s = fresh();
    const [first, second] = s.metrics;
    (first!.data as any).unit = 'furlongs';
    (second!.data as any).id = 'renamed';
    const m = messages(s);
    expect(m.some((x) => x.startsWith(`${first!.file}: unit: `))).toBe(true);
    expect(m).toContain(`${second!.file}: id: "renamed" must equal the file name "${second!.stem}"`);
  });

  it('reports a YAML syntax error instead of crashing', () => {
    const s = fresh();
    s.glossary[0] = { ...s.glossary[0]!, data: {}, syntaxError: 'bad indentation' };
    expect(messages(s)).toContain(`${s.glossary[0]!.file}: (file): is not valid YAML: bad indentation`);
  });
});
