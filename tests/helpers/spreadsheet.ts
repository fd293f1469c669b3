// Reading the scoring sheet back as a spreadsheet would: an RFC 4180 parser that rejects what the RFC
// does not allow, and an evaluator for the formulas the sheet uses (numbers, cell references, + * /).

/** Records of an RFC 4180 document: CRLF after every record, quotes only around whole fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        value += text[i++];
      }
    }
    record.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i] ?? 'end of file')}`);
  }
  if (record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

/** A0-style cell address → [row index, column index], both from 0. */
function address(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, column];
}

/** The value of a cell, evaluating a formula the way a spreadsheet does (an empty cell is 0). */
export function cellValue(sheet: string[][], ref: string, seen = new Set<string>()): number {
  if (seen.has(ref)) throw new Error(`circular reference at ${ref}`);
  const [row, column] = address(ref);
  if (row >= sheet.length) throw new Error(`${ref} is below the sheet`);
  const raw = sheet[row]![column] ?? '';
  if (raw === '') return 0;
  if (!raw.startsWith('=')) {
    const n = Number(raw);
    if (Number.isNaN(n)) throw new Error(`${ref} holds text: ${raw}`);
    return n;
  }
  const tokens = raw.slice(1).match(/[A-Z]+\d+|\d+(?:\.\d+)?|[+*/]|\S/g) ?? [];
  if (tokens.some((t) => !/^([A-Z]+\d+|\d+(\.\d+)?|[+*/])$/.test(t))) throw new Error(`${ref}: unsupported formula ${raw}`);
  const operand = (t: string) => (/^\d/.test(t) ? Number(t) : cellValue(sheet, t, new Set([...seen, ref])));
  // + binds looser than * and /: sum the products.
  let total = 0;
  let product = operand(tokens[0]!);
  for (let i = 1; i < tokens.length; i += 2) {
    const [op, next] = [tokens[i], operand(tokens[i + 1]!)];
    if (op === '+') {
      total += product;
      product = next;
    } else product = op === '*' ? product * next : product / next;
  }
  return total + product;
}
