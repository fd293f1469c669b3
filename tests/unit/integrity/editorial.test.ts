// Rule "editorial": duplicates, dangling advice anchors, competencies nobody scores.
import { describe, expect, it } from 'vitest';
import { dataOf, fresh, messages, roleIds } from './fixture.ts';

describe('rule: editorial consistency', () => {
  it('reports a KPI listed twice and a role collaborating with itself', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const role = dataOf(s.roles, id!);
    // Overwrite the last KPI rather than add one, so a role already at the schema's maximum still tests this rule.
    role.kpis[role.kpis.length - 1] = structuredClone(role.kpis[0]);
    role.collaboration[0].role = id;
    const m = messages(s);
    expect(m).toContain(`content/roles/${id}.yaml: kpis[${role.kpis.length - 1}].metric: lists the metric "${role.kpis[0].metric}" twice`);
    expect(m).toContain(`content/roles/${id}.yaml: collaboration[0].role: a role cannot collaborate with itself`);
  });

  it('reports advice that links to an anchor the playbook does not have', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const statements = dataOf(s.assessments, id!).statements;
    statements[0].anchor = 'kpi-not-one-of-ours';
    statements[1].anchor = 'with-nobody';
    statements[2].anchor = 'rhythm-daily';
    const m = messages(s);
    for (const [i, a] of [
      [0, 'kpi-not-one-of-ours'],
      [1, 'with-nobody'],
      [2, 'rhythm-daily'],
    ])
      expect(m).toContain(`content/assessments/${id}.yaml: statements[${i}].anchor: "#${a}" is not an anchor of /roles/${id}/`);
  });

  it('accepts every kind of playbook anchor: section, KPI, collaboration, rhythm', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const role = dataOf(s.roles, id!);
    const statements = dataOf(s.assessments, id!).statements;
    statements[0].anchor = 'first-steps';
    statements[1].anchor = `kpi-${role.kpis[0].metric}`;
    statements[2].anchor = `with-${role.collaboration[0].role}`;
    statements[3].anchor = 'rhythm-quarterly';
    expect(messages(s)).toEqual([]);
  });

  it('reports repeated advice, an unknown competency and a competency nobody scores', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const a = dataOf(s.assessments, id!);
    a.statements[1].answers[0].advice = a.statements[0].answers[0].advice;
    const lonely = a.competencies[0].id;
    for (const st of a.statements) if (st.competency === lonely) st.competency = a.competencies[1].id;
    a.statements[0].competency = 'telepathy';
    const m = messages(s);
    expect(m).toContain(
      `content/assessments/${id}.yaml: statements[1].answers[0].advice: repeats the advice of statements[0].answers[0].advice: two answers must never get the same advice`,
    );
    expect(m).toContain(
      `content/assessments/${id}.yaml: statements[0].competency: unknown competency "telepathy" (not in this file's competencies)`,
    );
    expect(m).toContain(`content/assessments/${id}.yaml: competencies: competency "${lonely}" is scored by no statement`);
  });

  it('reports a hiring KPI the role does not have and a competency no interview question assesses', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const kit = dataOf(s.hiring, id!);
    kit.levels[0].successKpis[0] = 'zero-result-rate-2';
    const competency = kit.questions[0].competency;
    kit.questions = kit.questions.filter((q: any) => q.competency !== competency);
    while (kit.questions.length < 8) kit.questions.push(structuredClone(kit.questions[0]));
    const m = messages(s);
    expect(m).toContain(
      `content/hiring/${id}.yaml: levels[0].successKpis[0]: "zero-result-rate-2" is neither one of the KPIs of role "${id}" nor a metric it owns`,
    );
    expect(m).toContain(`content/hiring/${id}.yaml: questions: no question assesses the competency "${competency}"`);
  });

  it('accepts as a hiring KPI a metric the role owns beyond its chosen KPIs, and no metric of another role', () => {
    const s = fresh();
    const metrics = s.metrics.map((f: any) => f.data);
    const outsideKpis = (role: string) => {
      const chosen = new Set(dataOf(s.roles, role).kpis.map((k: any) => k.metric));
      return metrics.filter((m: any) => !chosen.has(m.id));
    };
    const id = roleIds(s).find((r) => outsideKpis(r).some((m: any) => m.owner === r));
    expect(id, 'a role that owns a metric outside its KPI list').toBeDefined();
    const ownedOnly = outsideKpis(id!).find((m: any) => m.owner === id);
    const othersMetric = outsideKpis(id!).find((m: any) => m.owner !== id);
    const kit = dataOf(s.hiring, id!);
    kit.levels[0].successKpis = [ownedOnly.id, othersMetric.id];
    expect(messages(s).filter((x) => x.includes('successKpis'))).toEqual([
      `content/hiring/${id}.yaml: levels[0].successKpis[1]: "${othersMetric.id}" is neither one of the KPIs of role "${id}" nor a metric it owns`,
    ]);
  });

  it('reports a task id used twice and a new hire meeting their own role', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const tasks = dataOf(s.onboarding, id!).tasks;
    tasks[1].id = tasks[0].id;
    const meet = tasks.findIndex((t: any) => t.with);
    tasks.push({ ...structuredClone(tasks[meet]), id: 'meet-myself', with: id });
    const m = messages(s);
    expect(m).toContain(`content/onboarding/${id}.yaml: tasks[1].id: "${tasks[0].id}" is used twice`);
    expect(m).toContain(`content/onboarding/${id}.yaml: tasks[${tasks.length - 1}].with: a new hire does not meet their own role`);
  });
});
