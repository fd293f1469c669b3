// Rule "completeness": every role has its pages, and every role names every other role.
import { describe, expect, it } from 'vitest';
import { dataOf, fresh, messages, roleIds } from './fixture.ts';

describe('rule: every role is complete', () => {
  it('reports a role without its playbook page or its sub-page files', () => {
    const s = fresh();
    const role = roleIds(s).at(-1)!;
    s.pages = s.pages.filter((p) => p.stem !== `roles/${role}`);
    s.hiring = s.hiring.filter((h) => h.stem !== role);
    const m = messages(s);
    expect(m).toContain(
      `content/roles/${role}.yaml: id: role "${role}" has no playbook page (expected content/docs/roles/${role}/index.mdx)`,
    );
    expect(m).toContain(`content/hiring/${role}.yaml: (file): role "${role}" has no hiring kit`);
  });

  it('names each file and field that lacks a new role', () => {
    const s = fresh();
    const newcomer = structuredClone(s.roles[0]!);
    newcomer.stem = 'pricing';
    newcomer.file = 'content/roles/pricing.yaml';
    (newcomer.data as any).id = 'pricing';
    s.roles.push(newcomer);
    const m = messages(s);
    const other = roleIds(s).find((r) => r !== 'pricing' && r !== s.roles[0]!.stem)!;
    expect(m).toContain(`content/roles/${other}.yaml: collaboration: must name every other role; "pricing" is missing`);
    expect(m).toContain(
      `content/onboarding/${other}.yaml: tasks: no task meets the "pricing" role (add a task with kind: meet and with: pricing)`,
    );
    expect(m).toContain(`${s.activities[0]!.file}: raci: gives no letter to role "pricing"`);
    expect(m).toContain(`content/team-shapes/1.yaml: people: no one wears the "pricing" hat: every shape covers all roles`);
    expect(m).toContain('content/assessments/pricing.yaml: (file): role "pricing" has no self-assessment');
    expect(m).toContain(
      'content/roles/pricing.yaml: id: role "pricing" has no playbook page (expected content/docs/roles/pricing/index.mdx)',
    );
  });

  it('requires the decision of every owner kind whose move the action plan lists', () => {
    const s = fresh();
    delete dataOf(s.ownerKinds, 'vendor').decision;
    delete dataOf(s.ownerKinds, 'dedicated').decision;
    const m = messages(s).filter((x) => x.startsWith('content/owner-kinds/'));
    expect(m).toEqual([
      'content/owner-kinds/vendor.yaml: decision: an owner kind that leaves a gap needs the decision its move concerns (the action plan names its deciding role)',
    ]);
  });

  it('requires every owner kind the scorecard offers', () => {
    const s = fresh();
    s.ownerKinds = s.ownerKinds.filter((o) => o.stem !== 'vendor');
    expect(messages(s)).toContain('content/owner-kinds/vendor.yaml: (file): the scorecard needs the owner kind "vendor"');
  });
});

describe('rule: team shapes form a ladder', () => {
  const largest = (s = fresh()) => Math.max(...s.teamShapes.map((t) => Number(t.stem)));

  it('takes the full team size from the largest shape, which names no next hire', () => {
    const s = fresh();
    const top = largest(s);
    dataOf(s.teamShapes, String(top)).hireNext = roleIds(s)[0];
    expect(messages(s)).toContain(`content/team-shapes/${top}.yaml: hireNext: must be absent in the largest team shape (${top} people)`);
  });

  it('requires a next hire below the full team, and no gap between sizes', () => {
    const s = fresh();
    delete dataOf(s.teamShapes, '1').hireNext;
    s.teamShapes = s.teamShapes.filter((t) => t.stem !== '2');
    const m = messages(s);
    expect(m).toContain(`content/team-shapes/1.yaml: hireNext: is required below the full team of ${largest()}`);
    expect(m).toContain(`content/team-shapes/2.yaml: (file): team shapes must run from 1 to ${largest()} without a gap`);
  });
});
