/** A problem the integrity guard found, printed as `file: field: message` for editors. */
export interface IntegrityProblem {
  file: string;
  /** The field's path in the file, e.g. `kpis[2].metric`; `(file)` for the file as a whole. */
  field: string;
  message: string;
}

export function formatProblem(p: IntegrityProblem): string {
  return `${p.file}: ${p.field || '(file)'}: ${p.message}`;
}

/** Collects problems; `at(file)` gives a reporter bound to one file. */
export class Problems {
  readonly list: IntegrityProblem[] = [];
  add(file: string, field: string, message: string): void {
    this.list.push({ file, field, message });
  }
  at(file: string) {
    return (field: string, message: string) => this.add(file, field, message);
  }
}
