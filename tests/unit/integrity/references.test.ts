// Rule "references": every id that points at another collection resolves.
import { describe, expect, it } from 'vitest';
import { dataOf, fresh, messages, roleIds } from './fixture.ts';

describe('rule: references resolve', () => {
  it('reports a KPI that points at a missing metric', () => {
    const s = fresh();
    const [role] = roleIds(s);
    dataOf(s.roles, role!).kpis[0].metric = 'no-such-metric';
    expect(messages(s)).toContain(
      `content/roles/${role}.yaml: kpis[0].metric: unknown metric "no-such-metric" (no content/metrics/no-such-metric.yaml)`,
    );
  });

  it('reports a metric owner, a glossary link, a meeting chair and an onboarding meeting that do not resolve', () => {
    const s = fresh();
    const metric = s.metrics[0]!;
    dataOf(s.metrics, metric.stem).owner = 'search-team';
    dataOf(s.glossary, s.glossary[0]!.stem).related = ['not-a-term'];
    dataOf(s.meetings, s.meetings[0]!.stem).chair = 'nobody';
    const plan = s.onboarding[0]!;
    const tasks = dataOf(s.onboarding, plan.stem).tasks;
    const i = tasks.findIndex((t: any) => t.with);
    tasks[i].with = 'ghost-role';
    const m = messages(s);
    expect(m).toContain(`${metric.file}: owner: unknown role "search-team" (no content/roles/search-team.yaml)`);
    expect(m).toContain(`${s.glossary[0]!.file}: related[0]: unknown glossary term "not-a-term" (no content/glossary/not-a-term.yaml)`);
    expect(m).toContain(`${s.meetings[0]!.file}: chair: unknown role "nobody" (no content/roles/nobody.yaml)`);
    expect(m).toContain(`${plan.file}: tasks[${i}].with: unknown role "ghost-role" (no content/roles/ghost-role.yaml)`);
  });

  it('reports a self-assessment statement or an owner kind whose decision does not exist', () => {
    const s = fresh();
    const [role] = roleIds(s);
    dataOf(s.assessments, role!).statements[1].decision = 'no-such-decision';
    dataOf(s.ownerKinds, 'none').decision = 'retired-decision';
    const m = messages(s);
    expect(m).toContain(
      `content/assessments/${role}.yaml: statements[1].decision: unknown decision "no-such-decision" (no content/decisions/no-such-decision.yaml)`,
    );
    expect(m).toContain(
      'content/owner-kinds/none.yaml: decision: unknown decision "retired-decision" (no content/decisions/retired-decision.yaml)',
    );
  });

  it('reports a page that names an unknown role', () => {
    const s = fresh();
    const page = s.pages.find((p) => (p.data as any).role)!;
    (page.data as any).role = 'user-experiense';
    expect(messages(s)).toContain(`${page.file}: role: unknown role "user-experiense" (no content/roles/user-experiense.yaml)`);
  });

  it('reports a guide that lists an unknown role under guideFor', () => {
    const s = fresh();
    const guide = s.pages.find((p) => (p.data as any).guideFor)!;
    (guide.data as any).guideFor = [...(guide.data as any).guideFor, 'merchandizing'];
    const i = (guide.data as any).guideFor.length - 1;
    expect(messages(s)).toContain(`${guide.file}: guideFor[${i}]: unknown role "merchandizing" (no content/roles/merchandizing.yaml)`);
  });

  it('reports a removed role everywhere it is still named', () => {
    const s = fresh();
    const [gone] = roleIds(s);
    s.roles = s.roles.filter((r) => r.stem !== gone);
    const m = messages(s);
    expect(m.some((x) => x.startsWith('content/activities/') && x.includes(`: raci.${gone}: unknown role "${gone}"`))).toBe(true);
    expect(m.some((x) => x.startsWith('content/team-shapes/') && x.includes(`unknown role "${gone}"`))).toBe(true);
    expect(m).toContain(`content/assessments/${gone}.yaml: role: unknown role "${gone}" (no content/roles/${gone}.yaml)`);
  });

  it('reports a site owner for a role that does not exist, and a logo file that is not there', () => {
    const s = fresh();
    const owner = { name: 'Priya Raman', contact: 'priya@example.com' };
    s.site.data = { ...(s.site.data as object), owners: { [roleIds(s)[0]!]: owner, 'search-team': owner }, logo: 'brand/missing.svg' };
    s.site.logoFound = false;
    const m = messages(s);
    expect(m).toContain('content/site.yaml: owners.search-team: unknown role "search-team" (no content/roles/search-team.yaml)');
    expect(m).toContain('content/site.yaml: logo: no file content/brand/missing.svg');
    expect(m).toHaveLength(2);
  });
});
