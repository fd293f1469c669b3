/**
 * The business case for owning the platform: the reader's figures in, three years of value out at a
 * low, an expected and a high case. Pure; the page (content/docs/business-case.mdx) explains the same
 * model under "How this is calculated", and tests/unit/business-case.test.ts checks it by hand.
 *
 * Per month m = 1..36 of year y:
 * - Orders and lines move from the assisted and manual classes to the digital ones: adoption(y) ×
 *   today's assisted and manual volume, adoption scaled by the case's factor and capped at 100 %.
 *   A share of what moves arrives automated (punchout, EDI), the rest as self-service web orders.
 * - Cost to serve saved = moved lines × (cost per line of the class they leave − cost per line where
 *   they arrive); inside-sales time freed = moved orders × the difference in minutes per order.
 *   Capacity freed is shown in people, never added to the money: its cost is already in the line cost.
 * - The team: the chosen team shape's people, hired one after another over the ramp months, each
 *   costing cost per hour worked × hours worked per year from the month they start.
 * - Systems integrator and agency spend falls by the reduction, in proportion to the team on board.
 * - Net = saved + spend avoided − team cost; payback is the first month from which cumulative net
 *   stays at zero or above.
 *
 * Every input is a number in a flat record keyed by field id (FIELD_IDS); `fieldErrors` says which
 * ones a case cannot use, and the share codec writes them in that order.
 */
import type { Channel } from '../schemas/channel.ts';
import type { NumberRule } from './number-input.ts';

export type ChannelClass = Channel['class'];

/** The classes orders move from, and the two they move to. */
export const FROM_CLASSES: readonly ChannelClass[] = ['assisted', 'manual'];
const SELF_SERVICE: ChannelClass = 'self-service';
const AUTOMATED: ChannelClass = 'automated';
export const CHANNEL_CLASS_ORDER: readonly ChannelClass[] = [AUTOMATED, SELF_SERVICE, 'assisted', 'manual'];

/** What is entered per channel class. */
export const VOLUME_FIELDS = ['orders', 'lines', 'cost-per-line', 'minutes-per-order'] as const;
export type VolumeField = (typeof VOLUME_FIELDS)[number];
export const volumeId = (c: ChannelClass, f: VolumeField) => `${c}-${f}`;

export const CASE_FIELDS = [
  'adoption-1',
  'adoption-2',
  'adoption-3',
  'automated-share',
  'team-size',
  'cost-per-hour',
  'hours-per-year',
  'ramp-months',
  'integrator-spend',
  'integrator-reduction',
] as const;

/** Every field, in the order share links write them. */
export const FIELD_IDS: readonly string[] = [
  ...CHANNEL_CLASS_ORDER.flatMap((c) => VOLUME_FIELDS.map((f) => volumeId(c, f))),
  ...CASE_FIELDS,
];

/** The units an input can have; each brings the range and the whole-number rule its field is read by. */
export const UNITS = {
  'orders-per-year': { min: 0, max: 100_000_000, whole: true },
  'lines-per-year': { min: 0, max: 1_000_000_000, whole: true },
  'money-per-line': { min: 0, max: 1_000, whole: false },
  'minutes-per-order': { min: 0, max: 600, whole: false },
  percent: { min: 0, max: 100, whole: false },
  people: { min: 1, max: 99, whole: true },
  'money-per-hour': { min: 1, max: 2_000, whole: false },
  'hours-per-year': { min: 100, max: 3_000, whole: true },
  months: { min: 1, max: 36, whole: true },
  'money-per-year': { min: 0, max: 10_000_000_000, whole: false },
} as const satisfies Record<string, NumberRule>;
export type Unit = keyof typeof UNITS;

const VOLUME_UNITS: Record<VolumeField, Unit> = {
  orders: 'orders-per-year',
  lines: 'lines-per-year',
  'cost-per-line': 'money-per-line',
  'minutes-per-order': 'minutes-per-order',
};
const CASE_UNITS: Record<(typeof CASE_FIELDS)[number], Unit> = {
  'adoption-1': 'percent',
  'adoption-2': 'percent',
  'adoption-3': 'percent',
  'automated-share': 'percent',
  'team-size': 'people',
  'cost-per-hour': 'money-per-hour',
  'hours-per-year': 'hours-per-year',
  'ramp-months': 'months',
  'integrator-spend': 'money-per-year',
  'integrator-reduction': 'percent',
};
/** The unit of each field, by field id. */
export const UNIT_OF: Readonly<Record<string, Unit>> = {
  ...Object.fromEntries(CHANNEL_CLASS_ORDER.flatMap((c) => VOLUME_FIELDS.map((f) => [volumeId(c, f), VOLUME_UNITS[f]]))),
  ...CASE_UNITS,
};

export type CaseInputs = Record<string, number>;

/** A case's scale on adoption; the expected case is 1. */
export interface Scenario {
  id: 'low' | 'expected' | 'high';
  label: string;
  factor: number;
}

export const MONTHS = 36;

export interface ScenarioResult {
  id: Scenario['id'];
  /** Per year 1..3. */
  years: { saved: number; avoided: number; team: number; net: number; people: number }[];
  saved: number;
  avoided: number;
  team: number;
  net: number;
  /** Inside-sales capacity freed in year 3, in people. */
  people: number;
  /** Cumulative net at the end of each month 1..36. */
  cumulative: number[];
  /** The month (1..36) from which cumulative net stays at zero or more; null when not within three years. */
  payback: number | null;
}

/** The month (1-based) each of `people` starts when they are hired evenly over `rampMonths`. */
export function startMonths(people: number, rampMonths: number): number[] {
  return Array.from({ length: people }, (_, i) => 1 + Math.floor((i * rampMonths) / people));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function scenarioResult(input: CaseInputs, scenario: Scenario): ScenarioResult {
  const v = (c: ChannelClass, f: VolumeField) => input[volumeId(c, f)]!;
  const auto = input['automated-share']! / 100;
  const arrives = (f: VolumeField) => (1 - auto) * v(SELF_SERVICE, f) + auto * v(AUTOMATED, f);
  const savedPerYearAtFull = sum(FROM_CLASSES.map((c) => v(c, 'lines') * (v(c, 'cost-per-line') - arrives('cost-per-line'))));
  const hoursPerYearAtFull = sum(
    FROM_CLASSES.map((c) => (v(c, 'orders') * (v(c, 'minutes-per-order') - arrives('minutes-per-order'))) / 60),
  );
  const hoursPerPerson = input['hours-per-year']!;
  const size = input['team-size']!;
  const starts = startMonths(size, input['ramp-months']!);
  const personMonth = (input['cost-per-hour']! * hoursPerPerson) / 12;
  const avoidedMonthAtFull = (input['integrator-spend']! * input['integrator-reduction']!) / 100 / 12;

  const years = [1, 2, 3].map(() => ({ saved: 0, avoided: 0, team: 0, net: 0, people: 0 }));
  const cumulative: number[] = [];
  let total = 0;
  for (let m = 1; m <= MONTHS; m++) {
    const y = Math.ceil(m / 12) - 1;
    const adoption = Math.min(1, (scenario.factor * input[`adoption-${y + 1}`]!) / 100);
    const onBoard = starts.filter((s) => s <= m).length;
    const saved = (adoption * savedPerYearAtFull) / 12;
    const avoided = (avoidedMonthAtFull * onBoard) / size;
    const team = onBoard * personMonth;
    const year = years[y]!;
    year.saved += saved;
    year.avoided += avoided;
    year.team += team;
    year.net += saved + avoided - team;
    year.people = (adoption * hoursPerYearAtFull) / hoursPerPerson;
    total += saved + avoided - team;
    cumulative.push(total);
  }
  // The month from which the cumulative net stays at zero or above: an early month in the black
  // before the whole team is hired is not payback.
  let payback = MONTHS;
  while (payback > 0 && cumulative[payback - 1]! >= -1e-6) payback--;
  return {
    id: scenario.id,
    years,
    saved: sum(years.map((y) => y.saved)),
    avoided: sum(years.map((y) => y.avoided)),
    team: sum(years.map((y) => y.team)),
    net: total,
    people: years[2]!.people,
    cumulative,
    payback: payback === MONTHS ? null : payback + 1,
  };
}

/**
 * Why fields cannot be used together, by field id: the digital classes must cost no more per line and
 * take no more minutes per order than the classes orders leave, or moving orders online would cost
 * money and the case would read backwards; adoption does not go down from one year to the next.
 */
export function crossFieldErrors(input: CaseInputs, className: (c: ChannelClass) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const to of [SELF_SERVICE, AUTOMATED]) {
    for (const [field, what] of [
      ['cost-per-line', 'cost per line'],
      ['minutes-per-order', 'minutes per order'],
    ] as const) {
      const above = FROM_CLASSES.find((from) => input[volumeId(to, field)]! > input[volumeId(from, field)]!);
      if (above)
        errors[volumeId(to, field)] =
          `The ${what} of ${className(to)} orders is above that of ${className(above)} orders: this case is about moving orders to the cheaper channel, so it must be at most ${input[volumeId(above, field)]}.`;
    }
  }
  for (const y of [2, 3]) {
    if (input[`adoption-${y}`]! < input[`adoption-${y - 1}`]!)
      errors[`adoption-${y}`] =
        `Adoption is the share moved by that year, so it cannot fall below year ${y - 1}’s ${input[`adoption-${y - 1}`]} %.`;
  }
  return errors;
}

/** The three cases, low to high. */
export const caseResults = (input: CaseInputs, scenarios: readonly Scenario[]) => scenarios.map((s) => scenarioResult(input, s));
