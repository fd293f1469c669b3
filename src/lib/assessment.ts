/**
 * Role self-assessment: scoring, recommendations and saved answers. Pure: the widget passes in
 * the assessment data (from content/assessments/<role>.yaml) and a SafeStore.
 *
 * Saved state, localStorage key `cop.assessments` (one key for all roles; the scorecard reads it):
 *   { "v": 1, "roles": { "<role-id>": { "answers": { "<statement-id>": 1..5 | "unknown" },
 *                                        "updated": "<ISO date>" } } }
 * Version history: v1 is the first. Unknown versions, wrong shapes and unknown answer values are
 * dropped with a notice; the unreadable original is kept under `cop.assessments.backup`.
 */
import { isPlainRecord, loadSaved, type SafeStore } from './storage.ts';

export const ASSESSMENT_KEY = 'cop.assessments';

export type AnswerValue = 1 | 2 | 3 | 4 | 5 | 'unknown';
export type Answers = Record<string, AnswerValue>;

/** The parts of an assessment the scoring needs (a subset of the content schema's type). */
export interface AssessmentData {
  role: string;
  competencies: { id: string; name: string }[];
  statements: {
    id: string;
    text: string;
    competency: string;
    anchor: string;
    answers: { level: number; text: string; advice?: string }[];
    findOut: string;
  }[];
}

export interface Recommendation {
  statementId: string;
  statement: string;
  answer: AnswerValue;
  advice: string;
  anchor: string;
}

export interface AssessmentResult {
  answered: number;
  total: number;
  complete: boolean;
  /** Mean of answered levels ("don't know" counts as 1), or null before any answer. */
  mean: number | null;
  /** The role's level: the mean rounded down, so a level is reached only when the average reaches it. */
  level: number | null;
  competencies: { id: string; name: string; mean: number | null }[];
  /** One per statement answered below level 4 or "don't know", weakest first. */
  recommendations: Recommendation[];
}

export const answerLevel = (a: AnswerValue): number => (a === 'unknown' ? 1 : a);

export function isAnswerValue(v: unknown): v is AnswerValue {
  return v === 'unknown' || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5);
}

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export function scoreAssessment(data: AssessmentData, answers: Answers): AssessmentResult {
  const given = data.statements.filter((s) => isAnswerValue(answers[s.id]));
  const m = mean(given.map((s) => answerLevel(answers[s.id]!)));
  const recommendations: Recommendation[] = [];
  for (const s of given) {
    const answer = answers[s.id]!;
    const advice = answer === 'unknown' ? s.findOut : s.answers[answer - 1]?.advice;
    if (advice && answerLevel(answer) < 4) recommendations.push({ statementId: s.id, statement: s.text, answer, advice, anchor: s.anchor });
  }
  // Weakest first; "don't know" before a level-1 answer, since finding out comes before fixing.
  const rank = (a: AnswerValue) => (a === 'unknown' ? 0 : a);
  recommendations.sort((a, b) => rank(a.answer) - rank(b.answer));
  return {
    answered: given.length,
    total: data.statements.length,
    complete: given.length === data.statements.length,
    mean: m,
    level: m === null ? null : Math.floor(m + 1e-9),
    competencies: data.competencies.map((c) => ({
      id: c.id,
      name: c.name,
      mean: mean(given.filter((s) => s.competency === c.id).map((s) => answerLevel(answers[s.id]!))),
    })),
    recommendations,
  };
}

export interface SavedAssessments {
  v: 1;
  roles: Record<string, { answers: Answers; updated: string }>;
}

export interface LoadResult {
  state: SavedAssessments;
  /** Set when something stored could not be used; shown to the reader. */
  notice?: string;
}

const empty = (): SavedAssessments => ({ v: 1, roles: {} });

/** Validates any parsed value into saved assessments, keeping every valid answer. */
export function parseSaved(value: unknown): LoadResult {
  if (!isPlainRecord(value) || value.v !== 1 || !isPlainRecord(value.roles)) {
    return {
      state: empty(),
      notice: 'Your saved answers were in a format this page cannot read, so it starts afresh. A copy was kept in your browser.',
    };
  }
  const state = empty();
  let dropped = 0;
  for (const [role, entry] of Object.entries(value.roles)) {
    if (!/^[a-z0-9-]+$/.test(role) || !isPlainRecord(entry) || !isPlainRecord(entry.answers)) {
      dropped++;
      continue;
    }
    const answers: Answers = {};
    for (const [id, a] of Object.entries(entry.answers)) {
      if (/^[a-z0-9-]+$/.test(id) && isAnswerValue(a)) answers[id] = a;
      else dropped++;
    }
    state.roles[role] = { answers, updated: typeof entry.updated === 'string' ? entry.updated : '' };
  }
  return dropped > 0
    ? { state, notice: `Some saved answers could not be read and were left out (${dropped}). A copy of the original was kept.` }
    : { state };
}

export function loadAssessments(store: SafeStore): LoadResult {
  return loadSaved(store, ASSESSMENT_KEY, parseSaved, empty, 'answers');
}

export function saveAssessments(store: SafeStore, state: SavedAssessments): void {
  store.set(ASSESSMENT_KEY, JSON.stringify(state));
}

/** The level of a completed assessment from its answers alone, or null while any statement is open. */
export function completedLevel(statementIds: readonly string[], answers: Answers): number | null {
  if (statementIds.length === 0 || !statementIds.every((id) => isAnswerValue(answers[id]))) return null;
  const sum = statementIds.reduce((n, id) => n + answerLevel(answers[id]!), 0);
  return Math.floor(sum / statementIds.length + 1e-9);
}
