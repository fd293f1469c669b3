// The business case: the number parser, the three-year model (a worked example checked by hand and
// its invariants as properties), reading the form, the share codec, the CSV and the defaults file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { parseNumber } from '../../src/lib/number-input.ts';
import {
  FIELD_IDS,
  FROM_CLASSES,
  UNITS,
  UNIT_OF,
  scenarioResult,
  startMonths,
  type CaseInputs,
  type Scenario,
} from '../../src/lib/business-case.ts';
import { caseView, decodeShare, encodeShare, fieldText, readForm, toCsv, type CaseSetup } from '../../src/lib/business-case-view.ts';
import { caseResults } from '../../src/lib/business-case.ts';
import { businessCaseSchema } from '../../src/schemas/business-case.ts';
import { businessCaseData } from '../../src/widgets/business-case-data.ts';

const WHOLE = { min: 0, max: 1e9, whole: true };
const FRACTION = { min: 0, max: 1e9, whole: false };
const SCENARIOS: Scenario[] = [
  { id: 'low', label: 'Low', factor: 0.5 },
  { id: 'expected', label: 'Expected', factor: 1 },
  { id: 'high', label: 'High', factor: 1.5 },
];
const SETUP: CaseSetup = {
  currency: 'USD',
  defaults: {},
  scenarios: SCENARIOS,
  teamShapes: [1, 2, 3, 4, 5, 6].map((size) => ({ size, name: `Team of ${size}` })),
};
const [LOW, EXPECTED, HIGH] = SCENARIOS as [Scenario, Scenario, Scenario];

/** The worked example: one person, manual orders only, no integrator spend. */
const EXAMPLE: CaseInputs = {
  'automated-orders': 0,
  'automated-lines': 0,
  'automated-cost-per-line': 0.1,
  'automated-minutes-per-order': 0.5,
  'self-service-orders': 0,
  'self-service-lines': 0,
  'self-service-cost-per-line': 0.5,
  'self-service-minutes-per-order': 1,
  'assisted-orders': 0,
  'assisted-lines': 0,
  'assisted-cost-per-line': 2,
  'assisted-minutes-per-order': 10,
  'manual-orders': 30_000,
  'manual-lines': 120_000,
  'manual-cost-per-line': 2.5,
  'manual-minutes-per-order': 15,
  'adoption-1': 30,
  'adoption-2': 60,
  'adoption-3': 90,
  'automated-share': 0,
  'team-size': 1,
  'cost-per-hour': 100,
  'hours-per-year': 1200,
  'ramp-months': 1,
  'integrator-spend': 0,
  'integrator-reduction': 0,
};

describe('number parser', () => {
  it.each([
    ['1,234,567', WHOLE, 1_234_567],
    ['1.234.567', WHOLE, 1_234_567],
    ['1 234 567', WHOLE, 1_234_567],
    ['1\u202f234\u202f567', WHOLE, 1_234_567],
    ['1234567.5', FRACTION, 1_234_567.5],
    ['1.234,5', FRACTION, 1234.5],
    ['1,234.5', FRACTION, 1234.5],
    ['2,5', FRACTION, 2.5],
    ['0.125', FRACTION, 0.125],
    ['1,234', WHOLE, 1234],
    ['12.000', WHOLE, 12_000],
    ['$1,200', WHOLE, 1200],
    ['30 %', FRACTION, 30],
    ['  42  ', WHOLE, 42],
  ])('reads %j', (text, rule, value) => {
    expect(parseNumber(text, rule)).toEqual({ ok: true, value });
  });

  it.each([
    ['', WHOLE, /cannot be empty/],
    ['   ', WHOLE, /cannot be empty/],
    ['-5', WHOLE, /cannot be negative/],
    ['abc', WHOLE, /in digits/],
    ['12abc', WHOLE, /in digits/],
    ['1e9', WHOLE, /exponent/],
    ['12,34,5', WHOLE, /separators/],
    ['1,23,456', WHOLE, /separators/],
    ['1.234,5,6', FRACTION, /separators/],
    ['1,234', FRACTION, /could mean 1234 or 1\.234/],
    ['2.5', WHOLE, /whole number/],
    ['12 34', WHOLE, /groups of three/],
    ['99999999999999999999', WHOLE, /too large/],
    ['2,000,000,000', WHOLE, /more than this field allows.*0 to 1,000,000,000/],
  ])('refuses %j with a message', (text, rule, message) => {
    const parsed = parseNumber(text, rule);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  const group = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  it('reads whole numbers back in either convention, with any thousands separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(',', '.', ' ', '\u00a0', ''), (n, sep) => {
        expect(parseNumber(group(n, sep), WHOLE)).toEqual({ ok: true, value: n });
      }),
    );
  });
  it('reads fractions back in either convention when both marks appear or the fraction is not three digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e8 }), fc.integer({ min: 1, max: 99 }), (int, cents) => {
        const frac = String(cents).padStart(2, '0');
        const value = Number(`${int}.${frac}`);
        expect(parseNumber(`${group(int, ',')}.${frac}`, FRACTION)).toEqual({ ok: true, value });
        expect(parseNumber(`${group(int, '.')},${frac}`, FRACTION)).toEqual({ ok: true, value });
        expect(parseNumber(`${int}.${frac}`, FRACTION)).toEqual({ ok: true, value });
      }),
    );
  });
  it('never throws and never returns a value that is not a finite number in range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parseNumber(text, WHOLE);
        if (parsed.ok) expect(Number.isFinite(parsed.value) && parsed.value >= 0 && parsed.value <= 1e9).toBe(true);
        else expect(parsed.error.length).toBeGreaterThan(10);
      }),
    );
  });
  it('reads what the form shows', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (n) => {
        const value = Math.round(n * 100) / 100;
        expect(parseNumber(fieldText(value, false), FRACTION)).toEqual({ ok: true, value });
        expect(parseNumber(fieldText(Math.round(value), true), WHOLE)).toEqual({ ok: true, value: Math.round(value) });
      }),
    );
    expect(fieldText(1.125, false)).toBe('1.1250');
    expect(fieldText(250_000, false)).toBe('250000');
    expect(fieldText(250_000, true)).toBe('250,000');
    expect(parseNumber(fieldText(1.125, false), FRACTION)).toEqual({ ok: true, value: 1.125 });
  });
});

describe('the model, worked by hand', () => {
  // Full adoption would save 120,000 lines × (2.50 − 0.50) = 240,000 a year. The person costs
  // 100 × 1,200 / 12 = 10,000 a month. Year 1 at 30 %: 6,000 a month saved, −4,000 net, −48,000 by
  // month 12. Year 2 at 60 %: +2,000 a month, −24,000 by month 24. Year 3 at 90 %: +8,000 a month,
  // so month 25 ends at −16,000, month 26 at −8,000 and month 27 at 0: payback in month 27.
  const r = scenarioResult(EXAMPLE, EXPECTED);
  it('adds up cost to serve saved, team cost and net value', () => {
    expect(r.years.map((y) => Math.round(y.saved))).toEqual([72_000, 144_000, 216_000]);
    expect(Math.round(r.saved)).toBe(432_000);
    expect(Math.round(r.team)).toBe(360_000);
    expect(Math.round(r.net)).toBe(72_000);
    expect([11, 23, 35].map((i) => Math.round(r.cumulative[i]!))).toEqual([-48_000, -24_000, 72_000]);
  });
  it('pays back in the first month from which cumulative net stays at zero or above', () => {
    expect(r.payback).toBe(27);
    // Two people, the second from month 7: month 1 alone is in the black, then the case dips below zero.
    const early = scenarioResult(
      { ...EXAMPLE, 'team-size': 2, 'ramp-months': 12, 'cost-per-hour': 50, 'adoption-1': 30, 'adoption-2': 30, 'adoption-3': 90 },
      EXPECTED,
    );
    expect(early.cumulative[0]).toBeGreaterThan(0);
    expect(Math.min(...early.cumulative)).toBeLessThan(0);
    // 6,000 a month saved against 5,000 and then 10,000 of team: −66,000 by month 24; +8,000 a month in
    // year 3 reaches +6,000 in month 33.
    expect(early.payback).toBe(33);
    expect(scenarioResult({ ...EXAMPLE, 'adoption-3': 50 }, EXPECTED).payback).toBeNull();
  });
  it('frees inside-sales capacity in people: 30,000 orders × 14 minutes × 90 % ÷ 60 ÷ 1,200 hours', () => {
    expect(r.people).toBeCloseTo(5.25, 10);
  });
  it('scales adoption for the low and high cases, and caps it at 100 %', () => {
    const low = scenarioResult(EXAMPLE, LOW);
    expect(low.years.map((y) => Math.round(y.saved))).toEqual([36_000, 72_000, 108_000]);
    const high = scenarioResult(EXAMPLE, HIGH);
    // 45 %, 90 %, and 135 % capped at 100 %.
    expect(high.years.map((y) => Math.round(y.saved))).toEqual([108_000, 216_000, 240_000]);
  });
  it('hires the team evenly over the ramp and cuts integrator spend with the share on board', () => {
    expect(startMonths(3, 6)).toEqual([1, 3, 5]);
    expect(startMonths(2, 1)).toEqual([1, 1]);
    // Two people over 6 months: one from month 1, one from month 4. Spend 120,000 × 50 % = 5,000 a
    // month with both; 2,500 with one. Team 10,000 a month each.
    const two = scenarioResult(
      { ...EXAMPLE, 'team-size': 2, 'ramp-months': 6, 'integrator-spend': 120_000, 'integrator-reduction': 50 },
      EXPECTED,
    );
    expect(Math.round(two.years[0]!.avoided)).toBe(3 * 2_500 + 9 * 5_000);
    expect(Math.round(two.years[0]!.team)).toBe(3 * 10_000 + 9 * 20_000);
    expect(Math.round(two.years[1]!.avoided)).toBe(60_000);
  });
  it('moves the share that arrives automated at the automated cost', () => {
    // Half arrives at 0.10 and half at 0.50: 0.30 a line, saving 2.20 on each of 120,000 lines at 30 %.
    const mixed = scenarioResult({ ...EXAMPLE, 'automated-share': 50 }, EXPECTED);
    expect(Math.round(mixed.years[0]!.saved)).toBe(Math.round(120_000 * 2.2 * 0.3));
  });
});

/** Valid cases: digital classes no dearer than the classes orders leave, adoption that does not fall. */
const validCase = fc
  .record({
    volumes: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 8, maxLength: 8 }),
    sourceCost: fc.array(fc.double({ min: 0.5, max: 20, noNaN: true }), { minLength: 2, maxLength: 2 }),
    sourceMinutes: fc.array(fc.double({ min: 2, max: 60, noNaN: true }), { minLength: 2, maxLength: 2 }),
    digitalShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    adoption: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 }),
    auto: fc.double({ min: 0, max: 100, noNaN: true }),
    team: fc.integer({ min: 1, max: 6 }),
    cost: fc.double({ min: 10, max: 300, noNaN: true }),
    hours: fc.integer({ min: 1000, max: 2200 }),
    ramp: fc.integer({ min: 1, max: 12 }),
    spend: fc.double({ min: 0, max: 2_000_000, noNaN: true }),
    reduction: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .map((g): CaseInputs => {
    const [a1, a2, a3] = [...g.adoption].sort((x, y) => x - y) as [number, number, number];
    const minCost = Math.min(...g.sourceCost);
    const minMinutes = Math.min(...g.sourceMinutes);
    const v = g.volumes;
    return {
      ...EXAMPLE,
      'automated-orders': v[0]!,
      'automated-lines': v[1]!,
      'self-service-orders': v[2]!,
      'self-service-lines': v[3]!,
      'assisted-orders': v[4]!,
      'assisted-lines': v[5]!,
      'manual-orders': v[6]!,
      'manual-lines': v[7]!,
      'assisted-cost-per-line': g.sourceCost[0]!,
      'manual-cost-per-line': g.sourceCost[1]!,
      'assisted-minutes-per-order': g.sourceMinutes[0]!,
      'manual-minutes-per-order': g.sourceMinutes[1]!,
      'automated-cost-per-line': minCost * g.digitalShare[0]!,
      'self-service-cost-per-line': minCost * g.digitalShare[1]!,
      'automated-minutes-per-order': minMinutes * g.digitalShare[2]!,
      'self-service-minutes-per-order': minMinutes * g.digitalShare[3]!,
      'adoption-1': a1,
      'adoption-2': a2,
      'adoption-3': a3,
      'automated-share': g.auto,
      'team-size': g.team,
      'cost-per-hour': g.cost,
      'hours-per-year': g.hours,
      'ramp-months': g.ramp,
      'integrator-spend': g.spend,
      'integrator-reduction': g.reduction,
    };
  });
const later = (a: number | null, b: number | null) => (a ?? Infinity) >= (b ?? Infinity);
const EPS = 1e-6;

describe('the model’s invariants', () => {
  it('more adoption never lowers savings or capacity', () => {
    fc.assert(
      fc.property(validCase, fc.integer({ min: 1, max: 3 }), fc.double({ min: 0, max: 50, noNaN: true }), (input, year, more) => {
        const key = `adoption-${year}`;
        const raised = { ...input, [key]: Math.min(100, input[key]! + more) };
        for (const s of SCENARIOS) {
          const [before, after] = [scenarioResult(input, s), scenarioResult(raised, s)];
          expect(after.saved).toBeGreaterThanOrEqual(before.saved - EPS);
          expect(after.people).toBeGreaterThanOrEqual(before.people - EPS);
          expect(later(before.payback, after.payback)).toBe(true);
        }
      }),
    );
  });
  it('a cheaper team never delays payback', () => {
    fc.assert(
      fc.property(validCase, fc.double({ min: 0.1, max: 1, noNaN: true }), (input, cheaper) => {
        const less = { ...input, 'cost-per-hour': Math.max(1, input['cost-per-hour']! * cheaper) };
        for (const s of SCENARIOS) {
          const [before, after] = [scenarioResult(input, s), scenarioResult(less, s)];
          expect(later(before.payback, after.payback)).toBe(true);
          expect(after.net).toBeGreaterThanOrEqual(before.net - EPS);
        }
      }),
    );
  });
  it('the low case never beats the high case, and expected lies between', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const [low, expected, high] = caseResults(input, SCENARIOS) as [
          ReturnType<typeof scenarioResult>,
          ReturnType<typeof scenarioResult>,
          ReturnType<typeof scenarioResult>,
        ];
        expect(low.net).toBeLessThanOrEqual(expected.net + EPS);
        expect(expected.net).toBeLessThanOrEqual(high.net + EPS);
        expect(low.saved).toBeLessThanOrEqual(high.saved + EPS);
        expect(later(low.payback, high.payback)).toBe(true);
        low.cumulative.forEach((c, i) => expect(c).toBeLessThanOrEqual(high.cumulative[i]! + EPS));
      }),
    );
  });
  it('the view never shows NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const view = caseView(input, SETUP);
        const text = [
          view.summary,
          ...view.rows.flatMap((r) => r.cells),
          view.csv,
          ...view.chart.lines,
          ...view.chart.ticks.map((t) => `${t.label}${t.y}`),
        ].join(' ');
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('reading the form', () => {
  const texts = (input: CaseInputs) => Object.fromEntries(FIELD_IDS.map((id) => [id, fieldText(input[id]!, UNITS[UNIT_OF[id]!].whole)]));
  it('reads every field of a valid case', () => {
    expect(readForm(texts(EXAMPLE), SETUP)).toEqual({ ok: true, inputs: EXAMPLE });
  });
  it('names each field it cannot read, and only those', () => {
    const read = readForm({ ...texts(EXAMPLE), 'manual-orders': '12,34,5', 'cost-per-hour': '', 'adoption-1': '-3' }, SETUP);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(Object.keys(read.errors).sort()).toEqual(['adoption-1', 'cost-per-hour', 'manual-orders']);
  });
  it('refuses a digital class dearer than a class orders leave, and adoption that falls', () => {
    const read = readForm({ ...texts(EXAMPLE), 'self-service-cost-per-line': '3', 'adoption-3': '20' }, SETUP);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.errors['self-service-cost-per-line']).toMatch(/above that of assisted orders.*at most 2/);
      expect(read.errors['adoption-3']).toMatch(/cannot fall below year 2/);
    }
  });
  it('refuses a team size that is not a team shape', () => {
    const read = readForm({ ...texts(EXAMPLE), 'team-size': '9' }, SETUP);
    expect(read.ok || read.errors['team-size']).toMatch(/team shapes/);
  });
});

describe('share links', () => {
  it('round-trips every valid case', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const rounded = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Math.round(v * 100) / 100]));
        const decoded = decodeShare(`https://example.com/business-case/#${encodeShare(rounded)}`, SETUP);
        // Rounding can break a cross-field rule only at its edge; what decodes is the case that was encoded.
        if (decoded.ok) expect(decoded.inputs).toEqual(rounded);
      }),
    );
    expect(decodeShare(`#${encodeShare(EXAMPLE)}`, SETUP)).toEqual({ ok: true, inputs: EXAMPLE });
  });
  it('refuses another version, a damaged code and figures that do not fit together, with a message', () => {
    const code = encodeShare(EXAMPLE);
    expect(code.startsWith('b=1.')).toBe(true);
    const refusals = [
      code.replace('b=1.', 'b=2.'),
      code.slice(0, -4),
      `${code}_5`,
      code.replace('_30_60_90_', '_30_60_x_'),
      code.replace('_30_60_90_', '_30_60_20_'),
      'b=1.',
      's=1.3n1v2p3d4n0p2',
      `b=1.${'9'.repeat(700)}`,
    ];
    for (const link of refusals) {
      const decoded = decodeShare(link, SETUP);
      expect(decoded.ok, link).toBe(false);
      if (!decoded.ok) expect(decoded.error).toMatch(/link/);
    }
  });
});

describe('summary and CSV', () => {
  it('writes a sentence for a board paper with the three cases and the payback', () => {
    const { summary } = caseView(EXAMPLE, SETUP);
    expect(summary).toContain('Team of 1 (1 person)');
    expect(summary).toContain('save $432,000 in cost to serve');
    expect(summary).toContain('$360,000 of team cost: a net value of $72,000');
    expect(summary).toContain('it pays back in month 27');
    expect(summary).toContain('5.3 people');
  });
  it('says a net cost plainly when there is one', () => {
    expect(caseView({ ...EXAMPLE, 'adoption-3': 50 }, SETUP).summary).toMatch(/a net cost of \$\d.*does not pay back within three years/);
  });
  it('exports one row per measure and year, a column per case', () => {
    const lines = toCsv(caseResults(EXAMPLE, SCENARIOS), SETUP).split('\r\n');
    expect(lines[0]).toBe('"measure","year","low","expected","high"');
    expect(lines).toContain('"cost to serve saved (USD)","1-3",216000,432000,564000');
    expect(lines).toContain('"payback month","","",27,14');
  });
});

describe('the defaults file', () => {
  const file = 'content/business-case/defaults.yaml';
  const raw = yaml.load(readFileSync(file, 'utf8'));
  const defaults = businessCaseSchema.parse(raw);
  it('is valid, with a source for every figure and a consistent default case', () => {
    const data = businessCaseData(defaults, SETUP.teamShapes);
    expect(Object.keys(data.defaults).sort()).toEqual([...FIELD_IDS].sort());
    expect(caseView(data.defaults, data).summary).not.toMatch(/NaN|undefined/);
  });
  it('keeps each class’s cost per line equal to its minutes per line at the hourly rate its reasoning names', () => {
    for (const cls of [...FROM_CLASSES, 'self-service', 'automated'] as const) {
      const c = defaults.classes[cls];
      const source = c['cost-per-line'].source;
      const rate = Number(('suggestion' in source ? source.suggestion : '').match(/\$(\d+\.\d\d) an hour/)?.[1]);
      const minutesPerLine = c['minutes-per-order'].value / (c.lines.value / c.orders.value);
      expect(c['cost-per-line'].value, cls).toBeCloseTo((minutesPerLine * rate) / 60, 2);
    }
  });
  it('refuses a default outside its unit’s range, a wrong unit and a source that is neither kind', () => {
    const copy = structuredClone(raw) as Record<string, Record<string, unknown>>;
    copy['adoption-1']!.value = 140;
    copy['ramp-months']!.unit = 'percent';
    copy['integrator-spend']!.source = { publisher: 'Someone' };
    const result = businessCaseSchema.safeParse(copy);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['adoption-1.value', 'ramp-months.unit', 'integrator-spend.source']));
  });
  it('keeps the hours and the first year of the team that the budget guide works from', () => {
    // The budget guide sizes onboarding analysts from these hours and its headcount ramp starts with one
    // or two people in year 1; a change to either default must change the guide with it.
    const guide = readFileSync('content/docs/guides/budget.mdx', 'utf8').replace(/\s+/g, ' ');
    expect(guide).toContain(`the ${defaults['hours-per-year'].value.toLocaleString('en-US')} hours a year worked`);
    expect(guide).toContain('| 1 | [One or two people]');
    const inYearOne = startMonths(defaults['team-size'].value, defaults['ramp-months'].value).filter((m) => m <= 12);
    expect(inYearOne.length).toBeGreaterThanOrEqual(1);
    expect(inYearOne.length).toBeLessThanOrEqual(2);
  });
  it('refuses a default team size that no team shape has, naming the file and field', () => {
    expect(() => businessCaseData(defaults, [{ size: 1, name: 'Solo' }])).toThrow(/defaults\.yaml: team-size\.value/);
  });
});
