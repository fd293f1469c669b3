/**
 * The action plan (/plan/): every recommendation below the reader's target level, from the answers
 * the self-assessments and the scorecard already saved (read from their keys, never copied), ranked
 * by the scorecard's priority rule; then the reader's own order, owners and months. Pure.
 *
 * Saved state, localStorage key `cop.plan`:
 *   { "v": 1,
 *     "items":   [ { "id": "<item id>", "owner": "<role-id>" | null, "month": "YYYY-MM" | null } ],
 *     "dropped": [ "<item id>" ],
 *     "targets": { "<role-id>": 1..MATURITY_MAX } }
 * `items` is the reader's order; an item the plan has not seen yet is added after them, by priority.
 * Item ids: `<role-id>/<statement-id>` for a self-assessment statement, `<role-id>/owner` for the
 * scorecard's move for the role's owner (statement ids are kebab-case, so never "owner" with a slash).
 * Version history: v1 is the first. Anything unreadable resets with a notice and is kept under
 * `cop.plan.backup`; items whose recommendation is no longer on the site are left out with a notice.
 */
import { MATURITY_MAX, isKebabId } from '../site/vocabulary.ts';
import { answerLevel, completedLevel, isAnswerValue, type AnswerValue, type SavedAssessments } from './assessment.ts';
import { fields, idMap, is, list, nullable, orElse, savedState, type Reader } from './saved-state.ts';
import { rankGaps, roleScores, type OwnerCode, type SavedScorecard, type ScorecardRules } from './scorecard.ts';

export const PLAN_KEY = 'cop.plan';

/** A self-assessment statement as the plan needs it; the deciding roles come from its decision. */
interface PlanStatement {
  id: string;
  text: string;
  /** The playbook section its advice links to, and that section's label. */
  href: string;
  section: string;
  /** Role ids of the decision's deciding roles (the tie-breaker first for a joint decision). */
  decides: string[];
  /** Advice per answer level below the top, level 1 first; null where the content has none (level 4 may not). */
  advice: (string | null)[];
  findOut: string;
}

interface PlanRole {
  id: string;
  name: string;
  /** The role's playbook. */
  href: string;
  /** Names of the maturity levels, level 1 first. */
  levels: string[];
  statements: PlanStatement[];
}

/** An owner kind: its scorecard move and, for a kind that leaves a gap, the roles that decide it. */
interface PlanOwner extends OwnerCode {
  move: string;
  anchor: string;
  decides: string[];
}

/** Everything the plan works with that does not depend on the reader, in display order. */
export interface PlanSetup {
  roles: PlanRole[];
  owners: PlanOwner[];
  /** The largest team shape's size, which the scorecard's saved state is checked against. */
  maxTeamSize: number;
}

export interface Recommendation {
  id: string;
  role: string;
  kind: 'owner' | 'statement';
  /** The scorecard's rule: distance from the top level plus distance from a dedicated owner. */
  priority: number;
  /** The answer behind a statement's item (null for an owner move). */
  answer: AnswerValue | null;
  summary: string;
  advice: string;
  /** The advice after its first sentence (the summary). */
  detail: string;
  /** For a statement: the question answered. */
  question: string | null;
  href: string;
  section: string;
  decides: string[];
}

export const rulesOf = (setup: PlanSetup): ScorecardRules => ({
  roleIds: setup.roles.map((r) => r.id),
  owners: setup.owners,
  maxTeamSize: setup.maxTeamSize,
});

/** The first sentence of a piece of advice, as a ticket's summary. */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+[A-Z"“‘(]|$)/s.exec(text.trim());
  return match ? match[0] : text.trim();
}

const split = (advice: string) => {
  const summary = firstSentence(advice);
  return { summary, advice, detail: advice.trim().slice(summary.length).trim() };
};

const partialLevel = (answers: Record<string, AnswerValue>, statements: PlanStatement[]) => {
  const given = statements.filter((s) => isAnswerValue(answers[s.id]));
  if (given.length === 0) return null;
  return Math.floor(given.reduce((n, s) => n + answerLevel(answers[s.id]!), 0) / given.length + 1e-9);
};

/**
 * Each role's level today: the scorecard's own (a completed self-assessment, else the quick
 * rating), else the level so far of a part-answered self-assessment; null where nothing is answered.
 */
export function currentLevels(setup: PlanSetup, assessments: SavedAssessments, scorecard: SavedScorecard): Record<string, number | null> {
  const scores = scorecardScores(setup, assessments, scorecard);
  return Object.fromEntries(
    setup.roles.map((r) => [r.id, scores[r.id]?.maturity ?? partialLevel(assessments.roles[r.id]?.answers ?? {}, r.statements)]),
  );
}

/** Owner and maturity per role as the scorecard itself scores them. */
function scorecardScores(setup: PlanSetup, assessments: SavedAssessments, scorecard: SavedScorecard) {
  const completed = Object.fromEntries(
    setup.roles.map((r) => [
      r.id,
      completedLevel(
        r.statements.map((s) => s.id),
        assessments.roles[r.id]?.answers ?? {},
      ),
    ]),
  );
  return roleScores(scorecard.current, rulesOf(setup).roleIds, completed);
}

/** The target a role gets unless the reader sets one: the next level up from today's, or the top one. */
export const defaultTarget = (level: number | null): number | null => (level === null ? null : Math.min(MATURITY_MAX, level + 1));

/** Each role's target: the reader's, else the default; null for a role with nothing answered. */
export function targetsOf(levels: Record<string, number | null>, chosen: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(levels).map(([id, level]) => [id, level === null ? null : (chosen[id] ?? defaultTarget(level))]),
  );
}

/** Every recommendation below its role's target, most urgent first (see the ordering below). */
export function recommendations(
  setup: PlanSetup,
  assessments: SavedAssessments,
  scorecard: SavedScorecard,
  targets: Record<string, number | null>,
): Recommendation[] {
  const rules = rulesOf(setup);
  const gapOf = (role: string) => setup.owners.find((o) => o.id === scorecard.current.roles[role]?.owner)?.gap ?? 0;
  const out: Recommendation[] = [];
  // The scorecard's gaps whose owner kind leaves one: the move for the owner comes first.
  for (const gap of rankGaps(scorecardScores(setup, assessments, scorecard), rules)) {
    const owner = setup.owners.find((o) => o.id === gap.owner)!;
    const role = setup.roles.find((r) => r.id === gap.role)!;
    if (owner.gap === 0 || owner.decides.length === 0) continue;
    const advice = owner.move.replaceAll('{role}', role.name);
    out.push({
      id: `${role.id}/owner`,
      role: role.id,
      kind: 'owner',
      priority: gap.priority,
      answer: null,
      ...split(advice),
      question: null,
      href: `${role.href}#${owner.anchor}`,
      section: `${role.name} playbook`,
      decides: owner.decides,
    });
  }
  for (const role of setup.roles) {
    const target = targets[role.id];
    const answers = assessments.roles[role.id]?.answers ?? {};
    if (target == null) continue;
    for (const s of role.statements) {
      const answer = answers[s.id];
      if (!isAnswerValue(answer) || answerLevel(answer) >= target) continue;
      const advice = answer === 'unknown' ? s.findOut : s.advice[answer - 1];
      if (!advice) continue;
      out.push({
        id: `${role.id}/${s.id}`,
        role: role.id,
        kind: 'statement',
        priority: MATURITY_MAX - answerLevel(answer) + gapOf(role.id),
        answer,
        ...split(advice),
        question: s.text,
        href: s.href,
        section: s.section,
        decides: s.decides,
      });
    }
  }
  const roleOrder = (id: string) => rules.roleIds.indexOf(id);
  const statementOrder = (r: Recommendation) =>
    setup.roles.find((x) => x.id === r.role)!.statements.findIndex((s) => `${r.role}/${s.id}` === r.id);
  // Most urgent first; at equal priority an owner before the work, finding out before fixing, then
  // the roles' and the statements' order.
  return out.sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.kind === 'owner' ? 0 : 1) - (b.kind === 'owner' ? 0 : 1) ||
      (a.answer === 'unknown' ? 0 : 1) - (b.answer === 'unknown' ? 0 : 1) ||
      roleOrder(a.role) - roleOrder(b.role) ||
      statementOrder(a) - statementOrder(b),
  );
}

/** Whether anything is answered that the plan reads: a self-assessment answer or a scorecard answer. */
export function hasAnything(assessments: SavedAssessments, scorecard: SavedScorecard): boolean {
  return (
    Object.values(assessments.roles).some((r) => Object.keys(r.answers).length > 0) ||
    Object.values(scorecard.current.roles).some((r) => r.owner || r.rating)
  );
}

/** Every item id the site's content can produce, to tell a stale saved item from one not listed today. */
export function knownIds(setup: PlanSetup): Set<string> {
  return new Set(setup.roles.flatMap((r) => [`${r.id}/owner`, ...r.statements.map((s) => `${r.id}/${s.id}`)]));
}

// ---- saved state ----------------------------------------------------------------------------------

interface PlanEntry {
  id: string;
  owner: string | null;
  month: string | null;
}
export interface SavedPlan {
  v: 1;
  items: PlanEntry[];
  dropped: string[];
  targets: Record<string, number>;
}

const isItemId = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  const [role, rest, ...more] = v.split('/');
  return more.length === 0 && isKebabId(role) && isKebabId(rest);
};
/** A target month as `<input type="month">` gives it, from year 2000 to 2099. */
export const isMonth = (v: unknown): v is string => typeof v === 'string' && /^20\d\d-(0[1-9]|1[0-2])$/.test(v);
const isLevel = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MATURITY_MAX;

/** The saved plan; owners must be roles on the site, targets levels. */
export function savedPlan(roleIds: readonly string[]) {
  const entry: Reader<PlanEntry> = fields({
    id: is(isItemId),
    owner: nullable(is((v): v is string => typeof v === 'string' && roleIds.includes(v))),
    month: nullable(is(isMonth)),
  });
  return savedState<1, Omit<SavedPlan, 'v'>>({
    key: PLAN_KEY,
    version: 1,
    name: 'action plan',
    dropped: 'plan values',
    body: fields({
      items: list(entry),
      dropped: orElse(list(is(isItemId)), () => []),
      targets: orElse(idMap(is(isLevel), roleIds), () => ({})),
    }),
    empty: () => ({ items: [], dropped: [], targets: {} }),
  });
}

// ---- the plan as shown ----------------------------------------------------------------------------

export interface PlanItem extends Recommendation {
  owner: string | null;
  month: string | null;
  /** Not in the saved plan yet: added since the reader last changed it. */
  fresh: boolean;
}

export interface Plan {
  items: PlanItem[];
  dropped: Recommendation[];
  /** Saved items and drops whose recommendation is no longer on the site (its content changed). */
  missing: string[];
}

/** The reader's plan: their saved order first, then new recommendations by priority; drops apart. */
export function planOf(recs: Recommendation[], saved: SavedPlan, known: Set<string>): Plan {
  const byId = new Map(recs.map((r) => [r.id, r]));
  const placed = new Set(saved.items.map((i) => i.id));
  const dropped = new Set(saved.dropped);
  const items: PlanItem[] = [
    ...saved.items.flatMap((e) => {
      const r = byId.get(e.id);
      return r && !dropped.has(e.id) ? [{ ...r, owner: e.owner, month: e.month, fresh: false }] : [];
    }),
    ...recs.filter((r) => !placed.has(r.id) && !dropped.has(r.id)).map((r) => ({ ...r, owner: null, month: null, fresh: true })),
  ];
  return {
    items,
    dropped: recs.filter((r) => dropped.has(r.id)),
    missing: [...new Set([...saved.items.map((i) => i.id), ...saved.dropped])].filter((id) => !known.has(id)),
  };
}

/**
 * The plan to store: the items in the reader's order, and the saved entries that are not listed
 * today (their answer now meets the target) so that their owner and month come back with them.
 * Items no longer on the site are not kept (the widget backs up the stored value first).
 */
export function toSaved(plan: Plan, saved: SavedPlan, known: Set<string>): SavedPlan {
  const shown = new Set([...plan.items.map((i) => i.id), ...plan.dropped.map((d) => d.id)]);
  return {
    v: 1,
    items: [
      ...plan.items.map(({ id, owner, month }) => ({ id, owner, month })),
      ...saved.items.filter((e) => known.has(e.id) && !shown.has(e.id)),
    ],
    dropped: saved.dropped.filter((id) => known.has(id)),
    targets: saved.targets,
  };
}

/** The line above the plan: how many items, and how many dropped. */
export function planSummary(plan: Plan): string {
  const n = plan.items.length;
  if (n === 0)
    return 'Nothing is below your targets yet. Each self-assessment answer below a target becomes an item, and so does each capability the scorecard finds without a dedicated owner.';
  const dropped = plan.dropped.length ? `, ${plan.dropped.length} dropped` : '';
  return `${n} item${n > 1 ? 's' : ''} in your plan${dropped}.`;
}

/** The notice for saved items whose recommendation the site no longer makes. */
export function missingNotice(count: number): string {
  const items = count > 1 ? `${count} items of your saved plan are` : '1 item of your saved plan is';
  return `${items} no longer on this site, because its content changed since you saved: left out. The rest of your plan is as you left it; a copy is kept in your browser.`;
}

/** Moves the item at `from` by `by` places (−1 up, +1 down); the list is unchanged at its ends. */
export function move<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** The plan in priority order again, keeping each item's owner and month. */
export const byPriority = (items: readonly PlanItem[], recs: readonly Recommendation[]): PlanItem[] =>
  [...items].sort((a, b) => recs.findIndex((r) => r.id === a.id) - recs.findIndex((r) => r.id === b.id));

// ---- exports --------------------------------------------------------------------------------------

/** The last day of a `YYYY-MM` month as an ISO date: what a ticket's due date means by "in March". */
export function dueDate(month: string | null): string {
  if (!isMonth(month)) return '';
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

export interface ExportNames {
  roleName: (id: string) => string;
  /** Makes a site path absolute, for links that work outside the site. */
  absolute: (href: string) => string;
}

const decidedBy = (item: Recommendation, names: ExportNames) => item.decides.map(names.roleName).join(' with ');

/** A Markdown checklist to paste into a ticket or a wiki page. */
export function toMarkdown(items: readonly PlanItem[], names: ExportNames, title: string): string {
  const lines = items.map((i) => {
    const parts = [
      i.owner ? `owner: ${names.roleName(i.owner)}` : 'owner: not set',
      i.month ? `by ${i.month}` : 'no month set',
      `decides: ${decidedBy(i, names)}`,
    ];
    return `- [ ] ${i.summary} (${parts.join('; ')}) [${i.section}](${names.absolute(i.href)})`;
  });
  return `# ${title}\n\n${lines.join('\n')}\n`;
}

/** An RFC 4180 field: quoted when it holds a comma, a quote or a line break; a formula start neutralised. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = ['Summary', 'Description', 'Labels', 'Due date'] as const;

/**
 * CSV with the columns the brief's trackers import: Summary, Description, Labels (the capability's
 * role id: one label without spaces, which Jira also accepts) and Due date (ISO yyyy-mm-dd, the last
 * day of the target month: "by March" means by its end). Jira's CSV wizard maps these names to its
 * fields and asks for the date format; Asana's and Linear's importers map each column by hand.
 * Lines end in CRLF, as RFC 4180 writes them.
 */
export function toCsv(items: readonly PlanItem[], names: ExportNames): string {
  const rows = items.map((i) => {
    const description = [
      i.advice,
      i.question ? `From the self-assessment question: ${i.question}` : 'From the ownership scorecard.',
      `Decided by: ${decidedBy(i, names)}.`,
      i.owner ? `Owner: ${names.roleName(i.owner)}.` : '',
      `Playbook: ${names.absolute(i.href)}`,
    ]
      .filter(Boolean)
      .join('\n');
    return [i.summary, description, i.role, dueDate(i.month)].map(csvField).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
