/**
 * Rule "editorial": what the schemas cannot see inside one file but a reader would: duplicates,
 * advice that links to an anchor the playbook does not have, competencies nobody scores.
 */
import { parseRoleAnchor } from '../../site/anchors.ts';
import { MATURITY_MAX } from '../../site/vocabulary.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

/** Reports the second and later use of a value in a list. */
function once<T>(items: readonly T[], key: (item: T) => string, report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) report(i, k);
    seen.add(k);
  });
}

export function rolesAreConsistent(content: ParsedContent, problems: Problems): void {
  for (const { file, data: role } of content.roles) {
    const at = problems.at(file);
    once(
      role.kpis,
      (k) => k.metric,
      (i, m) => at(`kpis[${i}].metric`, `lists the metric "${m}" twice`),
    );
    once(
      role.collaboration,
      (c) => c.role,
      (i, r) => at(`collaboration[${i}].role`, `names the role "${r}" twice`),
    );
    role.collaboration.forEach((c, i) => c.role === role.id && at(`collaboration[${i}].role`, 'a role cannot collaborate with itself'));
  }
}

/** Whether `anchor` is an anchor of the playbook of `roleId`. */
function isPlaybookAnchor(content: ParsedContent, roleId: string, anchor: string): boolean {
  const role = content.roles.find((r) => r.data.id === roleId)?.data;
  const parsed = parseRoleAnchor(anchor);
  switch (parsed?.kind) {
    case 'section':
    case 'rhythm':
      return true;
    case 'kpi':
      return !!role?.kpis.some((k) => k.metric === parsed.metric);
    case 'with':
      return !!role?.collaboration.some((c) => c.role === parsed.role);
    case 'level':
      return parsed.level <= MATURITY_MAX;
    default:
      return false;
  }
}

export function assessmentsAreConsistent(content: ParsedContent, problems: Problems): void {
  for (const { file, data } of content.assessments) {
    const at = problems.at(file);
    const competencies = new Set(data.competencies.map((c) => c.id));
    const advice = new Map<string, string>();
    const unique = (text: string, field: string) => {
      const first = advice.get(text);
      if (first) at(field, `repeats the advice of ${first}: two answers must never get the same advice`);
      else advice.set(text, field);
    };
    once(
      data.statements,
      (s) => s.id,
      (i, id) => at(`statements[${i}].id`, `"${id}" is used twice`),
    );
    data.statements.forEach((s, i) => {
      if (!competencies.has(s.competency))
        at(`statements[${i}].competency`, `unknown competency "${s.competency}" (not in this file's competencies)`);
      if (content.ids.roles.has(data.role) && !isPlaybookAnchor(content, data.role, s.anchor))
        at(`statements[${i}].anchor`, `"#${s.anchor}" is not an anchor of /roles/${data.role}/`);
      s.answers.forEach((a, j) => a.advice && unique(a.advice, `statements[${i}].answers[${j}].advice`));
      unique(s.findOut, `statements[${i}].findOut`);
    });
    const scored = new Set(data.statements.map((s) => s.competency));
    for (const c of competencies) if (!scored.has(c)) at('competencies', `competency "${c}" is scored by no statement`);
  }
}

export function hiringKitsAreConsistent(content: ParsedContent, problems: Problems): void {
  const competenciesOf = new Map(content.assessments.map((a) => [a.data.role, new Set(a.data.competencies.map((c) => c.id))]));
  for (const { file, data } of content.hiring) {
    const at = problems.at(file);
    const role = content.roles.find((r) => r.data.id === data.role)?.data;
    if (!role) continue;
    // A job is judged on the role's chosen KPIs or on any other metric the role measures (its owner).
    const kpis = new Set([
      ...role.kpis.map((k) => k.metric),
      ...content.metrics.filter((m) => m.data.owner === role.id).map((m) => m.data.id),
    ]);
    data.levels.forEach((l, i) =>
      l.successKpis.forEach((m, j) => {
        if (!kpis.has(m))
          at(`levels[${i}].successKpis[${j}]`, `"${m}" is neither one of the KPIs of role "${role.id}" nor a metric it owns`);
      }),
    );
    // The interview scores the same competencies as the self-assessment.
    const competencies = competenciesOf.get(role.id) ?? new Set<string>();
    data.questions.forEach((q, i) => {
      if (!competencies.has(q.competency))
        at(`questions[${i}].competency`, `"${q.competency}" is not a competency of content/assessments/${role.id}.yaml`);
    });
    for (const c of competencies)
      if (!data.questions.some((q) => q.competency === c)) at('questions', `no question assesses the competency "${c}"`);
  }
}

export function onboardingPlansAreConsistent(content: ParsedContent, problems: Problems): void {
  for (const { file, data } of content.onboarding) {
    const at = problems.at(file);
    once(
      data.tasks,
      (t) => t.id,
      (i, id) => at(`tasks[${i}].id`, `"${id}" is used twice`),
    );
    data.tasks.forEach((t, i) => t.with === data.role && at(`tasks[${i}].with`, 'a new hire does not meet their own role'));
  }
}
