// CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it holds a
// comma, a quote or a line break, and quotes inside it doubled. Spreadsheets run a text cell that starts
// with = + - or @ as a formula, so text is kept text by a leading apostrophe (OWASP's advice on CSV
// injection) and only cells built with `formula()` are written as formulas.

/** A spreadsheet formula, written as is, e.g. "=C2*F2/5". */
export interface Formula {
  formula: string;
}
export type Cell = string | number | Formula | null;

export const formula = (text: string): Formula => {
  if (!text.startsWith('=')) throw new Error(`a formula starts with "=": ${text}`);
  return { formula: text };
};

const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`cannot write ${cell} to a CSV cell`);
    return String(cell);
  }
  const text = typeof cell === 'string' ? (FORMULA_START.test(cell) ? `'${cell}` : cell) : cell.formula;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as one CSV document, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** A spreadsheet column's letters from its 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
