/**
 * Content integrity: validates every content file against its schema and resolves every
 * cross-reference (role → metric, metric → role, page → role …). Astro only logs a broken
 * `reference()`; this check is what makes `npm run build` fail, naming file, field and value.
 * Pure: it takes the files already read (see content-files.ts), so tests can feed it fixtures.
 */
import type { z } from 'astro/zod';
import { ROLE_IDS, ROLE_SECTION_ANCHORS } from '../schemas/common.ts';
import { assessmentSchema } from '../schemas/assessment.ts';
import { ownerKindSchema } from '../schemas/owner-kind.ts';
import { hiringSchema } from '../schemas/hiring.ts';
import { onboardingSchema } from '../schemas/onboarding.ts';
import { OWNER_IDS } from '../site/vocabulary.ts';
import { roleSchema } from '../schemas/role.ts';
import { metricSchema } from '../schemas/metric.ts';
import { glossaryTermSchema } from '../schemas/glossary-term.ts';
import { teamShapeSchema } from '../schemas/team-shape.ts';
import { activitySchema } from '../schemas/activity.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { pageExtensionSchema } from '../schemas/page.ts';

/** A content file as read from disk: its path relative to the project root and its parsed data. */
export interface ContentFile {
  file: string;
  /** File name without extension (the entry id for YAML collections). */
  stem: string;
  data: unknown;
  /** Set when the file is not valid YAML; `data` is then empty. */
  syntaxError?: string;
}

export interface ContentSnapshot {
  roles: ContentFile[];
  metrics: ContentFile[];
  glossary: ContentFile[];
  teamShapes: ContentFile[];
  activities: ContentFile[];
  meetings: ContentFile[];
  assessments: ContentFile[];
  ownerKinds: ContentFile[];
  hiring: ContentFile[];
  onboarding: ContentFile[];
  /** Docs pages with their frontmatter; `stem` is the route slug, e.g. "roles/search-discovery". */
  pages: ContentFile[];
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: IntegrityProblem): string {
  return `${p.file}: ${p.field || '(file)'}: ${p.message}`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function parseAll<T extends z.ZodType>(files: ContentFile[], schema: T, problems: IntegrityProblem[]) {
  const parsed: { file: string; stem: string; data: z.output<T> }[] = [];
  for (const f of files) {
    if (f.syntaxError) {
      problems.push({ file: f.file, field: '(file)', message: `is not valid YAML: ${f.syntaxError}` });
      continue;
    }
    const result = schema.safeParse(f.data);
    if (result.success) parsed.push({ file: f.file, stem: f.stem, data: result.data });
    else for (const issue of result.error.issues) problems.push({ file: f.file, field: issuePath(issue.path), message: issue.message });
  }
  return parsed;
}

export function checkContent(snapshot: ContentSnapshot): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const roles = parseAll(snapshot.roles, roleSchema, problems);
  const metrics = parseAll(snapshot.metrics, metricSchema, problems);
  const glossary = parseAll(snapshot.glossary, glossaryTermSchema, problems);
  const teamShapes = parseAll(snapshot.teamShapes, teamShapeSchema, problems);
  const activities = parseAll(snapshot.activities, activitySchema, problems);
  const meetings = parseAll(snapshot.meetings, meetingSchema, problems);
  const assessments = parseAll(snapshot.assessments, assessmentSchema, problems);
  const ownerKinds = parseAll(snapshot.ownerKinds, ownerKindSchema, problems);
  const hiring = parseAll(snapshot.hiring, hiringSchema, problems);
  const onboarding = parseAll(snapshot.onboarding, onboardingSchema, problems);
  const pages = parseAll(snapshot.pages, pageExtensionSchema, problems);

  // Ids equal file names, so a URL or anchor can be predicted from the file tree.
  for (const entries of [roles, metrics, glossary, activities, meetings, ownerKinds])
    for (const e of entries) if (e.data.id !== e.stem) report(e.file, 'id', `"${e.data.id}" must equal the file name "${e.stem}"`);
  for (const t of teamShapes)
    if (String(t.data.size) !== t.stem) report(t.file, 'size', `${t.data.size} must equal the file name "${t.stem}"`);

  const roleIds = new Set(snapshot.roles.map((r) => r.stem));
  const metricIds = new Set(snapshot.metrics.map((m) => m.stem));
  const termIds = new Set(snapshot.glossary.map((g) => g.stem));
  const unknownRole = (id: string) => `unknown role "${id}" (no content/roles/${id}.yaml)`;

  for (const id of ROLE_IDS)
    if (!roleIds.has(id)) report(`content/roles/${id}.yaml`, '(file)', `role "${id}" is promised in the URL map but its file is missing`);

  for (const { file, data: role } of roles) {
    role.kpis.forEach((k, i) => {
      if (!metricIds.has(k.metric)) report(file, `kpis[${i}].metric`, `unknown metric "${k.metric}" (no content/metrics/${k.metric}.yaml)`);
    });
    if (new Set(role.kpis.map((k) => k.metric)).size !== role.kpis.length) report(file, 'kpis', 'lists the same metric twice');
    role.collaboration.forEach((c, i) => {
      if (!roleIds.has(c.role)) report(file, `collaboration[${i}].role`, unknownRole(c.role));
      if (c.role === role.id) report(file, `collaboration[${i}].role`, 'a role cannot collaborate with itself');
    });
    const named = new Set(role.collaboration.map((c) => c.role));
    for (const other of roleIds)
      if (other !== role.id && !named.has(other)) report(file, 'collaboration', `must name every other role; "${other}" is missing`);
    if (named.size !== role.collaboration.length) report(file, 'collaboration', 'names the same role twice');
    role.glossary.forEach((t, i) => {
      if (!termIds.has(t)) report(file, `glossary[${i}]`, `unknown glossary term "${t}" (no content/glossary/${t}.yaml)`);
    });
    if (!snapshot.pages.some((p) => p.stem === `roles/${role.id}`))
      report(file, 'id', `role "${role.id}" has no playbook page (expected content/docs/roles/${role.id}/index.mdx)`);
  }

  for (const { file, data } of metrics) if (!roleIds.has(data.owner)) report(file, 'owner', unknownRole(data.owner));

  for (const { file, data } of glossary)
    data.related.forEach((t, i) => {
      if (!termIds.has(t)) report(file, `related[${i}]`, `unknown glossary term "${t}"`);
    });

  for (const { file, data } of teamShapes) {
    const covered = new Set<string>();
    data.people.forEach((p, i) =>
      p.roles.forEach((r, j) => {
        if (!roleIds.has(r)) report(file, `people[${i}].roles[${j}]`, unknownRole(r));
        covered.add(r);
      }),
    );
    for (const r of roleIds) if (!covered.has(r)) report(file, 'people', `no one wears the "${r}" hat: every shape covers all roles`);
    if (data.hireNext && !roleIds.has(data.hireNext)) report(file, 'hireNext', unknownRole(data.hireNext));
  }

  for (const { file, data } of activities) {
    for (const r of Object.keys(data.raci)) if (!roleIds.has(r)) report(file, `raci.${r}`, unknownRole(r));
    for (const r of roleIds) if (!(r in data.raci)) report(file, 'raci', `gives no letter to role "${r}"`);
  }

  for (const { file, data } of meetings) if (!roleIds.has(data.chair)) report(file, 'chair', unknownRole(data.chair));

  for (const { file, data } of pages) if (data.role && !roleIds.has(data.role)) report(file, 'role', unknownRole(data.role));

  for (const id of OWNER_IDS)
    if (!snapshot.ownerKinds.some((o) => o.stem === id))
      report(`content/owner-kinds/${id}.yaml`, '(file)', `the scorecard needs the owner kind "${id}"`);

  const assessed = new Set(snapshot.assessments.map((a) => a.stem));
  for (const id of roleIds)
    if (!assessed.has(id)) report(`content/assessments/${id}.yaml`, '(file)', `role "${id}" has no self-assessment`);
  for (const { file, stem, data } of assessments) {
    if (data.role !== stem) report(file, 'role', `"${data.role}" must equal the file name "${stem}"`);
    const role = roles.find((r) => r.data.id === data.role)?.data;
    if (!role) {
      report(file, 'role', unknownRole(data.role));
      continue;
    }
    // Advice links to an anchor the playbook page has: a section, a collaboration, a rhythm or a KPI.
    const anchors = new Set<string>([
      ...ROLE_SECTION_ANCHORS,
      ...role.collaboration.map((c) => `with-${c.role}`),
      ...['weekly', 'monthly', 'quarterly'].map((c) => `rhythm-${c}`),
      ...role.kpis.map((k) => `kpi-${k.metric}`),
    ]);
    const competencies = new Set(data.competencies.map((c) => c.id));
    const used = new Set<string>();
    const seen = new Map<string, string>();
    const unique = (text: string, field: string) => {
      const first = seen.get(text);
      if (first) report(file, field, `repeats the advice of ${first}: two answers must never get the same advice`);
      else seen.set(text, field);
    };
    data.statements.forEach((s, i) => {
      if (!competencies.has(s.competency))
        report(file, `statements[${i}].competency`, `unknown competency "${s.competency}" (not in this file's competencies)`);
      used.add(s.competency);
      if (!anchors.has(s.anchor)) report(file, `statements[${i}].anchor`, `"#${s.anchor}" is not an anchor of /roles/${role.id}/`);
      if (data.statements.findIndex((o) => o.id === s.id) !== i) report(file, `statements[${i}].id`, `"${s.id}" is used twice`);
      s.answers.forEach((a, j) => a.advice && unique(a.advice, `statements[${i}].answers[${j}].advice`));
      unique(s.findOut, `statements[${i}].findOut`);
    });
    for (const c of competencies) if (!used.has(c)) report(file, 'competencies', `competency "${c}" is scored by no statement`);
  }

  for (const [kind, files] of [
    ['hiring', snapshot.hiring],
    ['onboarding', snapshot.onboarding],
  ] as const) {
    const present = new Set(files.map((f) => f.stem));
    for (const id of roleIds) if (!present.has(id)) report(`content/${kind}/${id}.yaml`, '(file)', `role "${id}" has no ${kind} file`);
  }

  const competenciesOf = new Map(assessments.map((a) => [a.data.role, new Set(a.data.competencies.map((c) => c.id))]));
  for (const { file, stem, data } of hiring) {
    if (data.role !== stem) report(file, 'role', `"${data.role}" must equal the file name "${stem}"`);
    const role = roles.find((r) => r.data.id === data.role)?.data;
    if (!role) {
      report(file, 'role', unknownRole(data.role));
      continue;
    }
    const kpis = new Set(role.kpis.map((k) => k.metric));
    data.levels.forEach((l, i) =>
      l.successKpis.forEach((m, j) => {
        if (!kpis.has(m)) report(file, `levels[${i}].successKpis[${j}]`, `"${m}" is not one of the KPIs of role "${role.id}"`);
      }),
    );
    // The interview scores the same competencies as the self-assessment.
    const competencies = competenciesOf.get(role.id) ?? new Set<string>();
    data.questions.forEach((q, i) => {
      if (!competencies.has(q.competency))
        report(file, `questions[${i}].competency`, `"${q.competency}" is not a competency of content/assessments/${role.id}.yaml`);
    });
    for (const c of competencies)
      if (!data.questions.some((q) => q.competency === c)) report(file, 'questions', `no question assesses the competency "${c}"`);
  }

  for (const { file, stem, data } of onboarding) {
    if (data.role !== stem) report(file, 'role', `"${data.role}" must equal the file name "${stem}"`);
    const ids = new Set<string>();
    data.tasks.forEach((t, i) => {
      if (ids.has(t.id)) report(file, `tasks[${i}].id`, `"${t.id}" is used twice`);
      ids.add(t.id);
      if (t.with && !roleIds.has(t.with)) report(file, `tasks[${i}].with`, unknownRole(t.with));
      if (t.with === data.role) report(file, `tasks[${i}].with`, 'a new hire does not meet their own role');
    });
    for (const other of roleIds)
      if (other !== data.role && !data.tasks.some((t) => t.kind === 'meet' && t.with === other))
        report(file, 'tasks', `no task meets the "${other}" role`);
  }

  return problems;
}
