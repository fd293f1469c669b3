import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readContent } from '../../src/lib/content-files.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { ASSESSMENT_KEY, completedLevel, savedAssessments, type Answers } from '../../src/lib/assessment.ts';
import { NO_RESULT_YET, UNKNOWN_ANSWER, assessmentView, scoreAssessment, type AssessmentSetup } from '../../src/lib/assessment-result.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { MATURITY_MAX } from '../../src/site/vocabulary.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

const content = readContent(process.cwd());
const assessments = content.assessments.map((f) => assessmentSchema.parse(f.data));
const data = assessments[0]!;
const role = roleSchema.parse(content.roles.find((r) => r.stem === data.role)!.data);

describe('assessment scoring', () => {
  it('has an assessment to test with', () => expect(assessments.length).toBeGreaterThan(0));

  it('scores nothing before any answer', () => {
    const r = scoreAssessment(data, {});
    expect(r).toMatchObject({ answered: 0, complete: false, mean: null, level: null, recommendations: [] });
  });

  it('rounds the mean down to the level, counting "don’t know" as 1', () => {
    const answers: Answers = Object.fromEntries(data.statements.map((s, i) => [s.id, i === 0 ? 'unknown' : 4]));
    const r = scoreAssessment(data, answers);
    const expected = (1 + 4 * (data.statements.length - 1)) / data.statements.length;
    expect(r.mean).toBeCloseTo(expected);
    expect(r.level).toBe(Math.floor(expected));
    expect(r.complete).toBe(true);
    expect(
      completedLevel(
        data.statements.map((s) => s.id),
        answers,
      ),
    ).toBe(r.level);
  });

  it('gives no completed level while any statement is open', () => {
    const [first, ...rest] = data.statements;
    expect(
      completedLevel(
        data.statements.map((s) => s.id),
        Object.fromEntries(rest.map((s) => [s.id, 5])),
      ),
    ).toBeNull();
    expect(completedLevel([first!.id], { [first!.id]: 9 })).toBeNull();
  });

  it('gives a next step for every answer, mature ones too, with the advice of that very answer, weakest first', () => {
    const [a, b, c, d] = data.statements;
    const r = scoreAssessment(data, { [a!.id]: 3, [b!.id]: 1, [c!.id]: 'unknown', [d!.id]: 5 });
    expect(r.recommendations.map((x) => [x.statementId, x.advice])).toEqual([
      [c!.id, c!.findOut],
      [b!.id, b!.answers[0]!.advice],
      [a!.id, a!.answers[2]!.advice],
      [d!.id, d!.answers[4]!.advice],
    ]);
    expect(r.recommendations.every((x) => data.statements.some((s) => s.anchor === x.anchor))).toBe(true);
  });

  it('never gives two different answers the same advice, in any role', () => {
    for (const a of assessments) {
      const advice = a.statements.flatMap((s) => [...s.answers.map((x) => x.advice).filter(Boolean), s.findOut]);
      expect(new Set(advice).size, a.role).toBe(advice.length);
    }
  });
});

describe('what the self-assessment shows', () => {
  const setup: AssessmentSetup = {
    competencies: data.competencies,
    statements: data.statements,
    levels: role.maturity,
    links: Object.fromEntries(
      data.statements.map((s) => [s.anchor, { href: `/roles/${data.role}/#${s.anchor}`, label: `label of ${s.anchor}` }]),
    ),
  };

  it('asks for answers before any is given', () => {
    const view = assessmentView(setup, {});
    expect(view).toMatchObject({ answered: 0, summary: NO_RESULT_YET, level: null, advice: [] });
    expect(view.competencies.every((c) => c.average === 'not answered')).toBe(true);
  });

  it('names the level so far, the answer given, the advice and the playbook link of each weak answer', () => {
    const [a, b] = data.statements;
    const view = assessmentView(setup, { [a!.id]: 2, [b!.id]: 'unknown' });
    expect(view.answered).toBe(2);
    expect(view.summary).toBe(
      `Level so far (2 of ${data.statements.length} answered): 1 of ${MATURITY_MAX}, ${role.maturity[0]!.name}. Average answer 1.5.`,
    );
    expect(view.level).toEqual({ title: `Level 1: ${role.maturity[0]!.name}`, text: role.maturity[0]!.observable });
    expect(view.advice).toEqual([
      {
        question: b!.text,
        answered: `You answered: ${UNKNOWN_ANSWER}`,
        advice: b!.findOut,
        href: setup.links[b!.anchor]!.href,
        label: `In the playbook: label of ${b!.anchor}`,
      },
      {
        question: a!.text,
        answered: `You answered: ${a!.answers[1]!.text}`,
        advice: a!.answers[1]!.advice,
        href: setup.links[a!.anchor]!.href,
        label: `In the playbook: label of ${a!.anchor}`,
      },
    ]);
  });

  it('says "Your level" once every statement is answered', () => {
    const view = assessmentView(setup, Object.fromEntries(data.statements.map((s) => [s.id, 4])));
    expect(view.summary).toBe(`Your level: 4 of ${MATURITY_MAX}, ${role.maturity[3]!.name}. Average answer 4.0.`);
    // A level-4 team still gets a next step per statement: the content writes one for every level.
    expect(view.advice).toHaveLength(data.statements.length);
    expect(view.competencies.every((c) => c.average === '4.0')).toBe(true);
  });
});

describe('saved answers', () => {
  const firstId = data.statements[0]!.id;
  const roleId = data.role;

  it('round-trips through storage in the stored shape readers’ browsers hold', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    const state = { v: 1 as const, roles: { [roleId]: { answers: { [firstId]: 2 }, updated: '2026-11-26' } } };
    savedAssessments.save(store, state);
    expect(JSON.parse(backing.data.get(ASSESSMENT_KEY)!)).toEqual(state);
    expect(savedAssessments.load(store)).toEqual({ state, dropped: 0 });
  });

  it('reads a state saved by the previous version of this page', () => {
    const backing = fakeStorage();
    backing.data.set(
      ASSESSMENT_KEY,
      `{"v":1,"roles":{"${roleId}":{"answers":{"${firstId}":"unknown"},"updated":"2026-11-01T10:00:00.000Z"}}}`,
    );
    expect(savedAssessments.load(new SafeStore(() => backing)).state.roles[roleId]).toEqual({
      answers: { [firstId]: 'unknown' },
      updated: '2026-11-01T10:00:00.000Z',
    });
  });

  it('resets an unknown version with a notice, keeping a backup', () => {
    const backing = fakeStorage();
    backing.setItem(ASSESSMENT_KEY, JSON.stringify({ v: 0, answers: { x: 1 } }));
    const result = savedAssessments.load(new SafeStore(() => backing));
    expect(result.state).toEqual({ v: 1, roles: {} });
    expect(result.notice).toMatch(/could not be read/);
    expect(backing.data.get(`${ASSESSMENT_KEY}.backup`)).toContain('"v":0');
  });

  it('resets corrupt JSON with a notice and a backup', () => {
    const backing = fakeStorage();
    backing.setItem(ASSESSMENT_KEY, '{"v":1,"roles":');
    const result = savedAssessments.load(new SafeStore(() => backing));
    expect(result.notice).toMatch(/could not be read/);
    expect(backing.data.get(`${ASSESSMENT_KEY}.backup`)).toBe('{"v":1,"roles":');
  });

  it('keeps every valid answer of a partly damaged state', () => {
    const r = savedAssessments.parse({
      v: 1,
      roles: { [roleId]: { answers: { [firstId]: 4, bad: 9, worse: 'x' }, updated: 'd' }, 'NOT OK': {} },
    });
    expect(r.state.roles[roleId]!.answers).toEqual({ [firstId]: 4 });
    expect(r.dropped).toBe(3);
    expect(r.notice).toMatch(/^3 saved /);
  });

  it('never throws or pollutes prototypes on hostile input (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = savedAssessments.parse(value);
        expect(r.state.v).toBe(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    const hostile = JSON.parse('{"v":1,"roles":{"__proto__":{"answers":{"polluted":1}},"x":{"answers":{"__proto__":{"polluted":1}}}}}');
    savedAssessments.parse(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
