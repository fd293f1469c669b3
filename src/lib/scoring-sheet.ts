// The vendor scoring sheet (/guides/vendor-selection/scoring-sheet.csv): every category's weighted
// criteria from content/vendor-criteria/, an empty 0–5 score column per vendor, and formulas that turn
// scores into points out of 100. The formulas use only + * / and cell references, never a function:
// a function's argument separator is a comma in some locales and a semicolon in others, so a formula
// with none reads the same in Excel, LibreOffice Calc and Google Sheets whatever the language.
import { columnLetter, formula, type Cell } from './csv.ts';

/** The highest score a vendor gets on one criterion. */
export const MAX_SCORE = 5;
/** The vendors a sheet has columns for; rename them in the sheet. */
export const SHEET_VENDORS = ['A', 'B', 'C'] as const;

interface SheetCategory {
  name: string;
  criteria: readonly { criterion: string; weight: number; good: string; provenBy: string; test: string }[];
}

const FIXED_COLUMNS = ['Category', 'Criterion', 'Weight', 'What good looks like', 'Proven by', 'How to test it'];
const WEIGHT_COLUMN = columnLetter(FIXED_COLUMNS.indexOf('Weight'));
const scoreColumn = (vendor: number) => columnLetter(FIXED_COLUMNS.length + vendor);
const pointsColumn = (vendor: number) => columnLetter(FIXED_COLUMNS.length + SHEET_VENDORS.length + vendor);

/**
 * The sheet's rows: a header, then per category one row per criterion and a total row, then an empty
 * row. `proofLabel` turns a `provenBy` id into its label.
 */
export function scoringSheetRows(categories: readonly SheetCategory[], proofLabel: (id: string) => string): Cell[][] {
  const rows: Cell[][] = [
    [
      ...FIXED_COLUMNS,
      ...SHEET_VENDORS.map((v) => `Vendor ${v} score (0-${MAX_SCORE})`),
      ...SHEET_VENDORS.map((v) => `Vendor ${v} points`),
    ],
  ];
  for (const category of categories) {
    const first = rows.length + 1; // spreadsheet rows count from 1, the header is row 1
    for (const c of category.criteria) {
      const row = rows.length + 1;
      rows.push([
        category.name,
        c.criterion,
        c.weight,
        c.good,
        proofLabel(c.provenBy),
        c.test,
        ...SHEET_VENDORS.map(() => null),
        ...SHEET_VENDORS.map((_, v) => formula(`=${WEIGHT_COLUMN}${row}*${scoreColumn(v)}${row}/${MAX_SCORE}`)),
      ]);
    }
    const last = rows.length;
    const sum = (column: string) => formula(`=${Array.from({ length: last - first + 1 }, (_, i) => `${column}${first + i}`).join('+')}`);
    rows.push([
      category.name,
      'Weighted total (points out of 100)',
      sum(WEIGHT_COLUMN),
      null,
      null,
      null,
      ...SHEET_VENDORS.map(() => null),
      ...SHEET_VENDORS.map((_, v) => sum(pointsColumn(v))),
    ]);
    rows.push([]);
  }
  return rows;
}
