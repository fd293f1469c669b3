/**
 * Answers to a role's self-assessment and how they are saved; the completed level the scorecard
 * reads. Scoring with advice is in assessment-result.ts, which only the self-assessment loads. Pure.
 *
 * Saved state, localStorage key `cop.assessments` (one key for all roles; the scorecard reads it):
 *   { "v": 1, "roles": { "<role-id>": { "answers": { "<statement-id>": 1..5 | "unknown" },
 *                                        "updated": "<ISO date>" } } }
 * Version history: v1 is the first. Unknown versions, wrong shapes and unknown answer values are
 * dropped with a notice; the unreadable original is kept under `cop.assessments.backup`.
 */
import { MATURITY_MAX } from '../site/vocabulary.ts';
import { byRole, idMap, is, savedState, type StateOf } from './saved-state.ts';

export const ASSESSMENT_KEY = 'cop.assessments';

export type AnswerValue = number | 'unknown';
export type Answers = Record<string, AnswerValue>;

export const answerLevel = (a: AnswerValue): number => (a === 'unknown' ? 1 : a);

export function isAnswerValue(v: unknown): v is AnswerValue {
  return v === 'unknown' || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MATURITY_MAX);
}

export const savedAssessments = savedState({
  key: ASSESSMENT_KEY,
  version: 1,
  name: 'answers',
  dropped: 'answers',
  ...byRole({ answers: idMap(is(isAnswerValue)) }),
});

export type SavedAssessments = StateOf<typeof savedAssessments>;

/** The level of a completed assessment from its answers alone, or null while any statement is open. */
export function completedLevel(statementIds: readonly string[], answers: Answers): number | null {
  if (statementIds.length === 0 || !statementIds.every((id) => isAnswerValue(answers[id]))) return null;
  const sum = statementIds.reduce((n, id) => n + answerLevel(answers[id]!), 0);
  return Math.floor(sum / statementIds.length + 1e-9);
}
