// The vendor criteria (content/vendor-criteria/) and the scoring sheet built from them: the schema
// refuses weights that do not add up to 100, the CSV is RFC 4180, text never turns into a formula, and
// the sheet's formulas compute weighted totals out of 100 when read back.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { columnLetter, formula, toCsv } from '../../src/lib/csv.ts';
import { MAX_SCORE, scoringSheetRows, SHEET_VENDORS } from '../../src/lib/scoring-sheet.ts';
import { vendorCategorySchema, type VendorCategory } from '../../src/schemas/vendor-criteria.ts';
import { cellValue, parseCsv } from '../helpers/spreadsheet.ts';

const categories = readContent(process.cwd())
  .vendorCriteria.map((f) => vendorCategorySchema.parse(f.data))
  .sort((a, b) => a.order - b.order);

describe('CSV writer', () => {
  it('quotes fields with commas, quotes and line breaks, and ends every record with CRLF', () => {
    const text = toCsv([
      ['plain', 'a, b', 'say "yes"', 'two\nlines', 7, null],
      ['x', formula('=A1*2')],
    ]);
    expect(text).toBe('plain,"a, b","say ""yes""","two\nlines",7,\r\nx,=A1*2\r\n');
    expect(parseCsv(text)).toEqual([
      ['plain', 'a, b', 'say "yes"', 'two\nlines', '7', ''],
      ['x', '=A1*2'],
    ]);
  });

  it('keeps text that starts like a formula as text', () => {
    for (const risky of ['=HYPERLINK("x")', '+1', '-5 points', '@SUM(A1)']) expect(parseCsv(toCsv([[risky]]))[0]![0]).toBe(`'${risky}`);
  });

  it('refuses a formula without "=" and a number that is not finite', () => {
    expect(() => formula('A1*2')).toThrow(/starts with "="/);
    expect(() => toCsv([[Number.NaN]])).toThrow(/cannot write/);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 5, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});

describe('vendor criteria', () => {
  it('has the five categories, each adding up to 100 points', () => {
    expect(categories.map((c) => c.id)).toEqual(['commerce-platform', 'pim', 'search', 'integration', 'integrator']);
    for (const c of categories) expect(c.criteria.reduce((n, k) => n + k.weight, 0)).toBe(100);
  });

  it('refuses weights that do not add up to 100, naming the field and the sum', () => {
    const broken = structuredClone(categories[0]) as VendorCategory;
    broken.criteria[0]!.weight -= 5;
    const result = vendorCategorySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['criteria', 'weights must add up to 100; they add up to 95'],
    ]);
  });

  it('refuses a criterion id used twice in a category', () => {
    const broken = structuredClone(categories[0]) as VendorCategory;
    broken.criteria[1]!.id = broken.criteria[0]!.id;
    const issues = vendorCategorySchema.safeParse(broken).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toContain('criteria.1.id');
  });
});

describe('scoring sheet', () => {
  const sheet = () => parseCsv(toCsv(scoringSheetRows(categories, (id) => `label of ${id}`)));
  const header = sheet()[0]!;
  const col = (name: string) => columnLetter(header.indexOf(name));

  it('has one row per criterion and a total row per category, with empty score columns', () => {
    const rows = sheet();
    const criteriaRows = rows.filter((r) => r[1] && !r[1].startsWith('Weighted total'));
    expect(criteriaRows.length - 1).toBe(categories.reduce((n, c) => n + c.criteria.length, 0));
    for (const v of SHEET_VENDORS)
      expect(criteriaRows.slice(1).every((r) => r[header.indexOf(`Vendor ${v} score (0-${MAX_SCORE})`)] === '')).toBe(true);
    expect(rows.filter((r) => r[1] === 'Weighted total (points out of 100)').map((r) => r[0])).toEqual(categories.map((c) => c.name));
  });

  it('computes each vendor’s weighted total out of 100 from the scores typed in', () => {
    const rows = sheet();
    const scores = [5, 3, 0];
    rows.forEach((r, i) => {
      if (i === 0 || !r[2] || r[1]!.startsWith('Weighted total')) return;
      SHEET_VENDORS.forEach((v, j) => (r[header.indexOf(`Vendor ${v} score (0-${MAX_SCORE})`)] = String(scores[j])));
    });
    // Vendor B: one criterion at 1 instead of 3, in the first category.
    const firstCriterion = rows.findIndex((r, i) => i > 0 && r[0] === categories[0]!.name);
    rows[firstCriterion]![header.indexOf(`Vendor B score (0-${MAX_SCORE})`)] = '1';
    for (const c of categories) {
      const total = rows.findIndex((r) => r[0] === c.name && r[1]!.startsWith('Weighted total')) + 1;
      expect(cellValue(rows, `${col('Weight')}${total}`)).toBe(100);
      expect(cellValue(rows, `${col('Vendor A points')}${total}`)).toBe(100);
      const lost = c === categories[0] ? (c.criteria[0]!.weight * 2) / MAX_SCORE : 0;
      expect(cellValue(rows, `${col('Vendor B points')}${total}`)).toBeCloseTo(60 - lost, 9);
      expect(cellValue(rows, `${col('Vendor C points')}${total}`)).toBe(0);
    }
  });

  it('writes formulas with no function, so no argument separator depends on the locale', () => {
    const formulas = sheet()
      .flat()
      .filter((cell) => cell.startsWith('='));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^=[A-Z]+\d+([+*/]([A-Z]+\d+|\d+))*$/);
  });
});
