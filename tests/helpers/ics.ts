// A small iCalendar reader for the tests, written from RFC 5545 and independent of the code that
// writes the file: it checks the line endings and lengths, unfolds, splits each content line into
// name, parameters and value, and unescapes TEXT values.

export interface IcsProperty {
  params: Record<string, string>;
  value: string;
}
export type IcsComponent = Map<string, IcsProperty[]>;

export interface IcsFile {
  calendar: IcsComponent;
  events: IcsComponent[];
}

const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Throws on anything RFC 5545 does not allow that the tests care about. */
export function parseIcs(text: string): IcsFile {
  if (!text.endsWith('\r\n')) throw new Error('the file does not end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(text)) throw new Error('a line does not end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) if (new TextEncoder().encode(line).length > 75) throw new Error(`a line is longer than 75 octets: ${line}`);
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: IcsComponent[] = [];
  let calendar: IcsComponent | undefined;
  const events: IcsComponent[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`no colon in ${line}`);
    const [name, ...paramParts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      const component: IcsComponent = new Map();
      if (value === 'VCALENDAR') calendar = component;
      if (value === 'VEVENT') events.push(component);
      stack.push(component);
      continue;
    }
    if (name === 'END') {
      stack.pop();
      continue;
    }
    const current = stack.at(-1);
    if (!current) throw new Error(`${name} outside a component`);
    const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
    const list = current.get(name!) ?? [];
    list.push({ params, value: ['SUMMARY', 'DESCRIPTION', 'CATEGORIES', 'X-WR-CALNAME'].includes(name!) ? unescapeText(value) : value });
    current.set(name!, list);
  }
  if (!calendar || stack.length) throw new Error('the calendar is not closed');
  return { calendar, events };
}

/** The one value of a property; throws when it is missing or repeated. */
export function one(component: IcsComponent, name: string): IcsProperty {
  const list = component.get(name) ?? [];
  if (list.length !== 1) throw new Error(`${name} appears ${list.length} times`);
  return list[0]!;
}

/** A DATE value (YYYYMMDD) as YYYY-MM-DD. */
export const isoOf = (icsDate: string) => `${icsDate.slice(0, 4)}-${icsDate.slice(4, 6)}-${icsDate.slice(6, 8)}`;

/** An RFC 4180 CSV reader: quoted fields with doubled quotes, commas and line breaks inside, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else if (c === '\n' || c === '\r') throw new Error('a row does not end with CRLF');
    else field += c;
  }
  if (field || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}
