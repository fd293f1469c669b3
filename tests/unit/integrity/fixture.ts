// Fixtures for the integrity rules: the real content, read once, cloned and broken one way per test.
import { readContent, type ContentFile, type ContentSnapshot } from '../../../src/lib/content-files.ts';
import { checkContent, formatProblem } from '../../../src/lib/integrity/index.ts';

const real = readContent(process.cwd());

/** A fresh copy of the real content to break. */
export const fresh = (): ContentSnapshot => structuredClone(real);
/** The guard's messages, as an editor reads them. */
export const messages = (s: ContentSnapshot) => checkContent(s).map(formatProblem);
/** The data of one file, to edit in place (fixtures may write any shape: that is the point). */
export const dataOf = (files: ContentFile[], stem: string): any => {
  const file = files.find((f) => f.stem === stem);
  if (!file) throw new Error(`fixture: no file "${stem}"`);
  return file.data;
};
/** Role ids in display order, from the content itself. */
export const roleIds = (s: ContentSnapshot = real): string[] =>
  [...s.roles].sort((a, b) => (a.data as any).order - (b.data as any).order).map((r) => r.stem);
