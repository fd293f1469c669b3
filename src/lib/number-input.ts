/**
 * Reads a number a person typed or pasted, in either convention: "1,234,567.5" (English) or
 * "1.234.567,5" (German, Dutch, Spanish…), with spaces or thin spaces as thousands separators
 * ("1 234 567"), an optional currency sign or trailing "%". Pure; never throws.
 *
 * The rule for a comma or a dot:
 * - Both appear: the last one is the decimal mark, the other separates thousands.
 * - One appears more than once: it separates thousands ("1.234.567").
 * - One appears once, followed by one, two or four and more digits, or after a lone 0: it is the
 *   decimal mark ("2,5", "0.125", "1.2345").
 * - One appears once, followed by exactly three digits ("1,234"): a whole-number field reads it as
 *   thousands (1234), because a fraction is impossible there; a field that takes fractions refuses
 *   it as ambiguous, since 1,234 is 1234 in English and 1.234 in German.
 * Thousands groups must have three digits (the first one to three), so "12,34,5" is refused.
 */

export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only (orders, lines, people, months). */
  whole: boolean;
}

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

const SIGNS = /^[$€£¥₹]|[$€£¥₹]$/g;
const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** "1,234,567" or "1 234": the groups after the first have three digits each. */
const grouped = (digits: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(digits);

/** The digits with every separator read, as "1234567.5"; or why it cannot be read. */
function canonical(text: string, whole: boolean): { ok: true; digits: string } | { ok: false; error: string } {
  const hasSpaceGroups = /\d[\s\u00a0\u202f\u2009']\d/.test(text);
  if (hasSpaceGroups && !/^\d{1,3}([\s\u00a0\u202f\u2009']\d{3})+([.,]\d+)?$/.test(text))
    return { ok: false, error: 'Spaces may only separate groups of three digits, as in 12 500.' };
  const s = text.replace(SPACES, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, error: 'Enter a number in digits, such as 12500 or 12,500.' };
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  const bad = { ok: false as const, error: 'The separators do not make a number: write it as 12500, 12,500 or 12.500,5.' };
  if (commas && dots) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [int, frac, ...rest] = s.split(decimal);
    if (rest.length || !frac || !/^\d+$/.test(frac) || !grouped(int!, thousands)) return bad;
    return { ok: true, digits: `${int!.split(thousands).join('')}.${frac}` };
  }
  const sep = commas ? ',' : dots ? '.' : '';
  if (!sep) return { ok: true, digits: s };
  const count = commas || dots;
  if (count > 1) return grouped(s, sep) ? { ok: true, digits: s.split(sep).join('') } : bad;
  const [int, frac] = s.split(sep) as [string, string];
  if (!int || !frac) return bad;
  if (frac.length === 3 && int !== '0') {
    if (whole) return grouped(s, sep) ? { ok: true, digits: int + frac } : bad;
    return {
      ok: false,
      error: `“${s}” could mean ${int}${frac} or ${int}.${frac}: write ${int}${frac}, or the fraction with two separators, such as ${int}${sep}${frac}${sep === ',' ? '.0' : ',0'}.`,
    };
  }
  return { ok: true, digits: `${int}.${frac}` };
}

const format = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Reads `input` for a field with this rule: its value, or a message for the reader that names the problem. */
export function parseNumber(input: string, rule: NumberRule): Parsed {
  const range = `Enter a number from ${format(rule.min)} to ${format(rule.max)}.`;
  if (typeof input !== 'string') return { ok: false, error: 'Enter a number.' };
  const text = input.trim().replace(SIGNS, '').replace(/%$/, '').trim();
  if (!text) return { ok: false, error: 'Enter a number; this field cannot be empty.' };
  if (/^[-−–]/.test(text)) return { ok: false, error: `This cannot be negative. ${range}` };
  if (/e/i.test(text) && /\d/.test(text)) return { ok: false, error: 'Write the number out in digits, without an exponent.' };
  if (text.replace(/\D/g, '').length > 15) return { ok: false, error: `That number is too large. ${range}` };
  const read = canonical(text, rule.whole);
  if (!read.ok) return read;
  const value = Number(read.digits);
  if (!Number.isFinite(value)) return { ok: false, error: 'Enter a number in digits, such as 12500 or 12,500.' };
  if (rule.whole && !Number.isInteger(value)) return { ok: false, error: 'Enter a whole number.' };
  if (value < rule.min || value > rule.max)
    return { ok: false, error: value > rule.max ? `That is more than this field allows. ${range}` : range };
  return { ok: true, value };
}
