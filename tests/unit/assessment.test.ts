import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readContent } from '../../src/lib/content-files.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { ASSESSMENT_KEY, loadAssessments, parseSaved, saveAssessments, scoreAssessment, type Answers } from '../../src/lib/assessment.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

const assessments = readContent(process.cwd()).assessments.map((f) => assessmentSchema.parse(f.data));
const data = assessments[0]!;

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
  });

  it('recommends for each answer below 4, with the advice of that very answer, weakest first', () => {
    const [a, b, c, d] = data.statements;
    const r = scoreAssessment(data, { [a!.id]: 3, [b!.id]: 1, [c!.id]: 'unknown', [d!.id]: 5 });
    expect(r.recommendations.map((x) => [x.statementId, x.advice])).toEqual([
      [c!.id, c!.findOut],
      [b!.id, b!.answers[0]!.advice],
      [a!.id, a!.answers[2]!.advice],
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

describe('saved answers', () => {
  const role = data.role;
  const firstId = data.statements[0]!.id;

  it('round-trips through storage', () => {
    const store = new SafeStore(() => fakeStorage());
    saveAssessments(store, { v: 1, roles: { [role]: { answers: { [firstId]: 2 }, updated: '2026-11-26' } } });
    expect(loadAssessments(store)).toEqual({ state: { v: 1, roles: { [role]: { answers: { [firstId]: 2 }, updated: '2026-11-26' } } } });
  });

  it('migrates version 1 as is, and resets an unknown version with a notice, keeping a backup', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    backing.setItem(ASSESSMENT_KEY, JSON.stringify({ v: 0, answers: { x: 1 } }));
    const result = loadAssessments(store);
    expect(result.state).toEqual({ v: 1, roles: {} });
    expect(result.notice).toMatch(/cannot read/);
    expect(backing.data.get(`${ASSESSMENT_KEY}.backup`)).toContain('"v":0');
  });

  it('resets corrupt JSON with a notice and a backup', () => {
    const backing = fakeStorage();
    backing.setItem(ASSESSMENT_KEY, '{"v":1,"roles":');
    const result = loadAssessments(new SafeStore(() => backing));
    expect(result.notice).toMatch(/could not be read/);
    expect(backing.data.get(`${ASSESSMENT_KEY}.backup`)).toBe('{"v":1,"roles":');
  });

  it('keeps every valid answer of a partly damaged state', () => {
    const r = parseSaved({ v: 1, roles: { [role]: { answers: { [firstId]: 4, bad: 9, worse: 'x' }, updated: 'd' }, 'NOT OK': {} } });
    expect(r.state.roles[role]!.answers).toEqual({ [firstId]: 4 });
    expect(r.notice).toMatch(/\(3\)/);
  });

  it('never throws or pollutes prototypes on hostile input (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseSaved(value);
        expect(r.state.v).toBe(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    const hostile = JSON.parse('{"v":1,"roles":{"__proto__":{"answers":{"polluted":1}},"x":{"answers":{"__proto__":{"polluted":1}}}}}');
    parseSaved(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
