// The widgets' data contracts: what each component embeds, built from the real content by the same
// builder the component calls, and the check the element runs on it in the browser.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { jobToMarkdown, jobToPlainText } from '../../src/lib/job-text.ts';
import { planTasks } from '../../src/lib/onboarding.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { hiringSchema } from '../../src/schemas/hiring.ts';
import { onboardingSchema } from '../../src/schemas/onboarding.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { teamShapeSchema } from '../../src/schemas/team-shape.ts';
import { ONBOARDING_PHASES } from '../../src/site/vocabulary.ts';
import { hiringPlanBuilderData, isHiringPlanBuilderData } from '../../src/widgets/hiring-plan-builder-data.ts';
import { isJobCopyData, jobCopyData } from '../../src/widgets/job-copy-data.ts';
import { isOnboardingChecklistData, onboardingChecklistData } from '../../src/widgets/onboarding-checklist-data.ts';
import { isSelfAssessmentData, selfAssessmentData } from '../../src/widgets/self-assessment-data.ts';
import { hasFields } from '../../src/widgets/widget-data.ts';

const content = readContent(process.cwd());
const roles = content.roles.map((f) => roleSchema.parse(f.data));
const role = roles[0]!;
const assessment = assessmentSchema.parse(content.assessments.find((f) => f.stem === role.id)!.data);
const hiring = hiringSchema.parse(content.hiring.find((f) => f.stem === role.id)!.data);
const onboarding = onboardingSchema.parse(content.onboarding.find((f) => f.stem === role.id)!.data);
const shapes = content.teamShapes.map((f) => teamShapeSchema.parse(f.data));
/** What the browser gets: the data after a trip through JSON. */
const embedded = (data: unknown): unknown => JSON.parse(JSON.stringify(data));

describe('hasFields', () => {
  const check = hasFields<{ a: string; b: number[]; c: Record<string, string> }>({ a: 'string', b: 'array', c: 'object' });

  it('accepts data with every field of the right kind and refuses anything else', () => {
    expect(check({ a: 'x', b: [], c: {} })).toBe(true);
    for (const bad of [{ a: 'x', b: [] }, { a: 1, b: [], c: {} }, { a: 'x', b: {}, c: {} }, { a: 'x', b: [], c: null }, null, 'x', 3])
      expect(check(bad), JSON.stringify(bad)).toBe(false);
  });
});

describe('self-assessment data', () => {
  const names = {
    sections: new Map([['kpis', 'KPIs and how they are gamed']]),
    roles: new Map(roles.map((r) => [r.id, r.name])),
    metrics: new Map([['some-metric', 'Some metric']]),
  };
  const data = selfAssessmentData(role, assessment, `/roles/${role.id}/`, names);

  it('carries every statement, the role’s levels and a labelled playbook link for every anchor the advice uses', () => {
    expect(isSelfAssessmentData(embedded(data))).toBe(true);
    expect(data.statements.map((s) => s.id)).toEqual(assessment.statements.map((s) => s.id));
    expect(data.levels.map((l) => l.level)).toEqual(role.maturity.map((l) => l.level));
    for (const s of assessment.statements) expect(data.links[s.anchor]!.href).toBe(`/roles/${role.id}/#${s.anchor}`);
  });

  it('labels anchors from the playbook’s headings and the content’s names, never with the raw id', () => {
    const other = roles[1]!;
    const statement = assessment.statements[0]!;
    const label = (anchor: string) =>
      selfAssessmentData(role, { ...assessment, statements: [{ ...statement, anchor }] }, '/p/', names).links[anchor]!.label;
    expect(label('kpis')).toBe('KPIs and how they are gamed');
    expect(label('kpi-some-metric')).toBe('KPI: Some metric');
    expect(label(`with-${other.id}`)).toBe(`Working with ${other.name}`);
  });
});

describe('onboarding checklist data', () => {
  const data = onboardingChecklistData(role, onboarding, 'https://x.test/plan/');

  it('carries every task, in the phases of the vocabulary, and a heading made from the role and the phases', () => {
    expect(isOnboardingChecklistData(embedded(data))).toBe(true);
    expect(planTasks(data.plan).map((t) => t.id)).toEqual(
      ONBOARDING_PHASES.flatMap((p) => onboarding.tasks.filter((t) => t.phase === p.id).map((t) => t.id)),
    );
    expect(data.plan.sections.map((s) => s.label)).toEqual(
      ONBOARDING_PHASES.filter((p) => onboarding.tasks.some((t) => t.phase === p.id)).map((p) => p.label),
    );
    expect(data.plan.title).toBe(`${role.name}: 30/60/90-day onboarding plan`);
    expect(data.plan.url).toBe('https://x.test/plan/');
    expect(data.plan.role).toBe(role.id);
  });

  it('narrows a task to the week the role’s first steps give it, and keeps the phase for the others', () => {
    const steps = role.firstSteps ?? [];
    const weeks = new Map(steps.map((s) => [s.task, s.week]));
    expect(planTasks(data.plan).filter((t) => weeks.has(t.id)).length).toBeGreaterThan(0);
    for (const task of planTasks(data.plan)) {
      const week = weeks.get(task.id);
      if (week === undefined) continue;
      expect(task.window.last, task.id).toBeLessThanOrEqual(7 * week);
      expect(task.window.first ?? -Infinity, task.id).toBeGreaterThanOrEqual(7 * (week - 1) + 1);
    }
    const unplaced = planTasks(data.plan).find((t) => !weeks.has(t.id))!;
    const phase = ONBOARDING_PHASES.find((p) => data.plan.sections.some((s) => s.phase === p.id && s.tasks.includes(unplaced)))!;
    expect(unplaced.window.last).toBe(phase.lastDay);
  });
});

describe('hiring plan builder data', () => {
  it('carries every role’s name and every team shape', () => {
    const data = hiringPlanBuilderData(roles, shapes);
    expect(isHiringPlanBuilderData(embedded(data))).toBe(true);
    expect(Object.keys(data.names).sort()).toEqual(roles.map((r) => r.id).sort());
    expect(data.shapes.map((s) => s.size).sort()).toEqual(shapes.map((s) => s.size).sort());
  });
});

describe('job copy data', () => {
  it('carries the job description as Markdown and plain text with its address, and a file name per level', () => {
    const job = hiring.levels[1]!;
    const url = `https://x.test/roles/${role.id}/hiring/#${job.level}`;
    const data = jobCopyData(role, job, url);
    expect(isJobCopyData(embedded(data))).toBe(true);
    expect(data.markdown).toBe(jobToMarkdown({ ...job, roleName: role.name, url }));
    expect(data.text).toBe(jobToPlainText({ ...job, roleName: role.name, url }));
    expect(data.markdown).toContain(`(${url})`);
    expect(data.filename).toBe(`${role.id}-${job.level}.md`);
  });
});
