/**
 * Role self-assessment: scoring, recommendations, and what the widget shows for a set of answers as
 * text (progress, the level, one next step per answer with its playbook link, the averages per
 * competency). Pure: the widget passes in the assessment data from content/assessments/<role>.yaml.
 */
import type { Assessment } from '../schemas/assessment.ts';
import type { MaturityLevel } from '../schemas/role.ts';
import { MATURITY_MAX } from '../site/vocabulary.ts';
import { answerLevel, isAnswerValue, type AnswerValue, type Answers } from './assessment.ts';

/** The parts of an assessment the scoring needs. */
export type ScoredAssessment = Pick<Assessment, 'statements'> & { competencies: Pick<Assessment['competencies'][number], 'id' | 'name'>[] };

interface Recommendation {
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
  /** One next step per answered statement (mature answers get one too), weakest first. */
  recommendations: Recommendation[];
}

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export function scoreAssessment(data: ScoredAssessment, answers: Answers): AssessmentResult {
  const given = data.statements.filter((s) => isAnswerValue(answers[s.id]));
  const m = mean(given.map((s) => answerLevel(answers[s.id]!)));
  const recommendations: Recommendation[] = [];
  for (const s of given) {
    const answer = answers[s.id]!;
    const advice = answer === 'unknown' ? s.findOut : s.answers[answer - 1]?.advice;
    if (advice) recommendations.push({ statementId: s.id, statement: s.text, answer, advice, anchor: s.anchor });
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

/** The answer for "I cannot tell": it counts as level 1, and its advice is how to find out. */
export const UNKNOWN_ANSWER = 'Don’t know';
export const NO_RESULT_YET = 'Answer the questions above to see your level.';

/** What the self-assessment widget is given besides the questions: the role's levels and the playbook links. */
export interface AssessmentSetup extends ScoredAssessment {
  levels: Pick<MaturityLevel, 'level' | 'name' | 'observable'>[];
  /** Each statement's playbook anchor, as a link with a readable label. */
  links: Record<string, { href: string; label: string }>;
}

/** Everything the widget shows for a set of answers, as text. */
export interface AssessmentView {
  answered: number;
  summary: string;
  level: { title: string; text: string } | null;
  advice: { question: string; answered: string; advice: string; href: string; label: string }[];
  competencies: { name: string; average: string }[];
}

export function assessmentView(setup: AssessmentSetup, answers: Answers): AssessmentView {
  const result = scoreAssessment(setup, answers);
  const level = result.level ? setup.levels[result.level - 1] : undefined;
  const progress = result.complete ? 'Your level' : `Level so far (${result.answered} of ${result.total} answered)`;
  return {
    answered: result.answered,
    summary: level
      ? `${progress}: ${level.level} of ${MATURITY_MAX}, ${level.name}. Average answer ${result.mean!.toFixed(1)}.`
      : NO_RESULT_YET,
    level: level ? { title: `Level ${level.level}: ${level.name}`, text: level.observable } : null,
    advice: result.recommendations.map((r) => {
      const statement = setup.statements.find((s) => s.id === r.statementId)!;
      const link = setup.links[r.anchor];
      return {
        question: r.statement,
        answered: `You answered: ${r.answer === 'unknown' ? UNKNOWN_ANSWER : statement.answers[r.answer - 1]!.text}`,
        advice: r.advice,
        href: link?.href ?? `#${r.anchor}`,
        label: `In the playbook: ${link?.label ?? r.anchor}`,
      };
    }),
    competencies: result.competencies.map((c) => ({ name: c.name, average: c.mean === null ? 'not answered' : c.mean.toFixed(1) })),
  };
}
