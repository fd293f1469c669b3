/**
 * What the business case page shows for a set of figures: reading the form's text into numbers with
 * a message per field, the sentence for a board paper, the table, the chart's lines and axis, the
 * CSV and the share code. Pure; <business-case> (src/widgets/business-case.ts) puts it in the DOM.
 *
 * Share link: `#b=1.<value>_<value>_…`, one value per field in FIELD_IDS order, plain decimals. Version
 * 1 is the first; a code with another version or another number of values is refused with a notice.
 */
import {
  FIELD_IDS,
  MONTHS,
  UNITS,
  UNIT_OF,
  caseResults,
  crossFieldErrors,
  type CaseInputs,
  type ChannelClass,
  type Scenario,
  type ScenarioResult,
} from './business-case.ts';
import { parseNumber } from './number-input.ts';

export interface CaseSetup {
  currency: string;
  /** The default of every field, by id. */
  defaults: Record<string, number>;
  scenarios: Scenario[];
  /** Team shapes the reader can pick: their size and name, smallest first. */
  teamShapes: { size: number; name: string }[];
}

export type FormRead = { ok: true; inputs: CaseInputs } | { ok: false; errors: Record<string, string> };

const className = (c: ChannelClass) => c;

/** Checks a complete set of numbers: each in its unit's range, the team a known shape, the fields consistent. */
export function checkInputs(values: Record<string, number>, setup: CaseSetup): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const id of FIELD_IDS) {
    const v = values[id];
    const rule = UNITS[UNIT_OF[id]!];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < rule.min || v > rule.max || (rule.whole && !Number.isInteger(v)))
      errors[id] = `Enter a number from ${rule.min} to ${rule.max}.`;
  }
  if (!setup.teamShapes.some((s) => s.size === values['team-size'])) errors['team-size'] = 'Pick one of the team shapes.';
  return Object.keys(errors).length ? errors : crossFieldErrors(values, className);
}

/** The form's text, field by field, read into a case: the numbers, or a message for each field that cannot be used. */
export function readForm(texts: Record<string, string>, setup: CaseSetup): FormRead {
  const values: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const id of FIELD_IDS) {
    const parsed = parseNumber(texts[id] ?? '', UNITS[UNIT_OF[id]!]);
    if (parsed.ok) values[id] = parsed.value;
    else errors[id] = parsed.error;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const checked = checkInputs(values, setup);
  return Object.keys(checked).length ? { ok: false, errors: checked } : { ok: true, inputs: values };
}

// ---- share codec ----------------------------------------------------------------------------

export const SHARE_PREFIX = 'b=';
const CODEC_VERSION = '1';

export const encodeShare = (inputs: CaseInputs) => `${SHARE_PREFIX}${CODEC_VERSION}.${FIELD_IDS.map((id) => String(inputs[id])).join('_')}`;

/** A share fragment (with or without `#`) back into a case, or why it cannot be read. Never throws. */
export function decodeShare(input: string, setup: CaseSetup): { ok: true; inputs: CaseInputs } | { ok: false; error: string } {
  const fragment = String(input).replace(/^.*#/, '');
  if (fragment.length > 600) return { ok: false, error: 'The shared link is too long to be a business case link.' };
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, error: 'The link does not contain a business case.' };
  const [version, body = ''] = fragment.slice(SHARE_PREFIX.length).split(/\.(.*)/s);
  if (version !== CODEC_VERSION)
    return { ok: false, error: `The link was made by a version of this page that it cannot read (“${String(version).slice(0, 8)}”).` };
  const parts = body.split('_');
  if (parts.length !== FIELD_IDS.length || !parts.every((p) => /^\d{1,15}(\.\d{1,6})?$/.test(p)))
    return { ok: false, error: 'The link is damaged or incomplete: it does not hold a figure for every field.' };
  const inputs = Object.fromEntries(FIELD_IDS.map((id, i) => [id, Number(parts[i])]));
  const errors = checkInputs(inputs, setup);
  if (Object.keys(errors).length) return { ok: false, error: 'The link holds figures this page cannot use together.' };
  return { ok: true, inputs };
}

// ---- words and numbers ----------------------------------------------------------------------

const formatters = new Map<string, Intl.NumberFormat>();
const formatter = (key: string, make: () => Intl.NumberFormat) => formatters.get(key) ?? formatters.set(key, make()).get(key)!;

/** Money rounded to whole units, e.g. "$1,234,567" or "−$12,000" (a word joiner keeps the sign on the number's line). */
const money = (n: number, currency: string) =>
  formatter(`m${currency}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }))
    .format(Math.round(n) || 0)
    .replace('-', '−\u2060');
/** Short money for axis labels, e.g. "$1.2M". */
const shortMoney = (n: number, currency: string) =>
  formatter(
    `s${currency}`,
    () => new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }),
  )
    .format(n || 0)
    .replace('-', '−');
/** People to one decimal, e.g. "2.4". */
const people = (n: number) => (Math.round(n * 10) / 10 || 0).toFixed(1);
const paybackText = (m: number | null) => (m === null ? 'not within 3 years' : `month ${m}`);

export interface CaseView {
  summary: string;
  /** Table rows: a label and one cell per case, low to high. */
  rows: { label: string; cells: string[] }[];
  chart: ChartView;
  csv: string;
  share: string;
}

/** The sentence for a board paper. */
function boardSentence(results: ScenarioResult[], setup: CaseSetup, teamSize: number): string {
  const [low, expected, high] = results as [ScenarioResult, ScenarioResult, ScenarioResult];
  const m = (n: number) => money(n, setup.currency);
  const shape = setup.teamShapes.find((s) => s.size === teamSize);
  const team = `${shape?.name ?? 'an e-commerce team'} (${teamSize} ${teamSize === 1 ? 'person' : 'people'})`;
  const net = expected.net >= 0 ? `a net value of ${m(expected.net)}` : `a net cost of ${m(-expected.net)}`;
  const pay = expected.payback === null ? 'it does not pay back within three years' : `it pays back in month ${expected.payback}`;
  return (
    `Over three years, an internal e-commerce team shaped as ${team} is expected to save ${m(expected.saved)} in cost to serve ` +
    `and ${m(expected.avoided)} in systems integrator and agency spend, against ${m(expected.team)} of team cost: ${net} ` +
    `(${m(low.net)} in the low case, ${m(high.net)} in the high case); ${pay}, and by year 3 it frees inside-sales time ` +
    `worth ${people(expected.people)} people for selling.`
  );
}

export function caseView(inputs: CaseInputs, setup: CaseSetup): CaseView {
  const results = caseResults(inputs, setup.scenarios);
  const m = (n: number) => money(n, setup.currency);
  const row = (label: string, cell: (r: ScenarioResult) => string) => ({ label, cells: results.map(cell) });
  const rows = [
    row('Cost to serve saved, 3 years', (r) => m(r.saved)),
    row('Integrator and agency spend avoided, 3 years', (r) => m(r.avoided)),
    row('Team cost, 3 years', (r) => m(r.team)),
    row('Net value, 3 years', (r) => m(r.net)),
    ...[1, 2, 3].map((y) => row(`Cumulative net value, end of year ${y}`, (r) => m(r.cumulative[y * 12 - 1]!))),
    row('Inside-sales capacity freed in year 3 (people)', (r) => people(r.people)),
    row('Payback', (r) => paybackText(r.payback)),
  ];
  return {
    summary: boardSentence(results, setup, inputs['team-size']!),
    rows,
    chart: chartView(results, setup.currency),
    csv: toCsv(results, setup),
    share: encodeShare(inputs),
  };
}

// ---- chart -------------------------------------------------------------------------------------

/** The chart's frame in SVG units: the plot area between the margins, months along x. */
export const CHART = { width: 400, height: 280, left: 62, right: 12, top: 12, bottom: 66 };

interface ChartView {
  /** One `points` attribute per case, low to high. */
  lines: string[];
  /** Value labels on the y axis with their y position; the first is the lowest. */
  ticks: { y: number; label: string }[];
  /** Where the zero line is. */
  zero: number;
}

/** A step of 1, 2 or 5 × 10ⁿ that splits `span` into at most about five parts. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((s) => s * power >= raw) ?? 10) * power;
}

function chartView(results: ScenarioResult[], currency: string): ChartView {
  const all = results.flatMap((r) => r.cumulative);
  const step = niceStep(Math.max(1, Math.max(0, ...all) - Math.min(0, ...all)));
  const lo = Math.floor(Math.min(0, ...all) / step) * step;
  const hi = Math.ceil(Math.max(0, ...all) / step) * step || step;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const plotW = CHART.width - CHART.left - CHART.right;
  const y = (v: number) => Math.round((CHART.top + ((hi - v) / (hi - lo)) * plotH) * 10) / 10;
  const x = (month: number) => Math.round((CHART.left + (month / MONTHS) * plotW) * 10) / 10;
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push({ y: y(v), label: shortMoney(v, currency) });
  return {
    lines: results.map((r) => [[0, 0], ...r.cumulative.map((c, i) => [i + 1, c])].map(([mo, v]) => `${x(mo!)},${y(v!)}`).join(' ')),
    ticks,
    zero: y(0),
  };
}

// ---- CSV -----------------------------------------------------------------------------------------

/** One row per measure and year, a column per case; money in whole currency units. */
export function toCsv(results: ScenarioResult[], setup: CaseSetup): string {
  const header = ['measure', 'year', ...setup.scenarios.map((s) => s.id)];
  const rows: (string | number)[][] = [];
  const measures = [
    ['cost to serve saved', 'saved'],
    ['integrator and agency spend avoided', 'avoided'],
    ['team cost', 'team'],
    ['net value', 'net'],
  ] as const;
  for (const [label, key] of measures) {
    results[0]!.years.forEach((_, y) =>
      rows.push([`${label} (${setup.currency})`, y + 1, ...results.map((r) => Math.round(r.years[y]![key]))]),
    );
    rows.push([`${label} (${setup.currency})`, '1-3', ...results.map((r) => Math.round(r[key]))]);
  }
  results[0]!.years.forEach((_, y) =>
    rows.push(['inside-sales capacity freed (people)', y + 1, ...results.map((r) => Number(people(r.years[y]!.people)))]),
  );
  rows.push(['payback month', '', ...results.map((r) => r.payback ?? '')]);
  return [header, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? String(c) : `"${c}"`)).join(',')).join('\r\n') + '\r\n';
}

/**
 * A value as the form shows it, which the parser reads back unchanged: grouped in a whole-number field
 * ("30,000"); ungrouped where fractions are allowed ("1500.5"), with a fourth decimal after three
 * ("1.1250"), because a lone separator before three digits is ambiguous there.
 */
export const fieldText = (n: number, whole: boolean) =>
  whole ? n.toLocaleString('en-US') : String(Math.round(n * 1e6) / 1e6).replace(/^(\d+\.\d{3})$/, '$10');
