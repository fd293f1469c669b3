// Rule "schemas": every registered collection is parsed; problems name file and field path.
import { describe, expect, it } from 'vitest';
import { DATA_COLLECTIONS } from '../../../src/site/collections.ts';
import { readContent } from '../../../src/lib/content-files.ts';
import { dataOf, fresh, messages } from './fixture.ts';

describe('rule: schemas', () => {
  it('finds nothing wrong with the real content', () => expect(messages(fresh())).toEqual([]));

  it('reads every collection of the registry, so none can be wired but left unchecked', () => {
    const snapshot = readContent(process.cwd());
    for (const name of Object.keys(DATA_COLLECTIONS))
      expect(snapshot[name as keyof typeof DATA_COLLECTIONS].length, name).toBeGreaterThan(0);
  });

  it.each(Object.keys(DATA_COLLECTIONS))('checks the schema of every file in %s', (name) => {
    const s = fresh();
    const files = s[name as keyof typeof DATA_COLLECTIONS];
    (files[0]!.data as Record<string, unknown>).notAField = 1;
    expect(messages(s).some((m) => m.startsWith(`${files[0]!.file}: `) && m.includes('notAField'))).toBe(true);
  });

  it('gives the field path of a schema error', () => {
    const s = fresh();
    const metric = s.metrics[0]!;
    dataOf(s.metrics, metric.stem).unit = 'furlongs';
    expect(messages(s).some((m) => m.startsWith(`${metric.file}: unit: `))).toBe(true);
  });

  it('asks every job level but the first to say what changes from the level below, and the first not to', () => {
    const s = fresh();
    const kit = s.hiring[0]!;
    const levels = dataOf(s.hiring, kit.stem).levels;
    levels[0].stepUp = 'Steps up from nothing';
    delete levels[2].stepUp;
    const m = messages(s);
    expect(m).toContain(`${kit.file}: levels[0].stepUp: the first level has no level below to step up from`);
    expect(m).toContain(`${kit.file}: levels[2].stepUp: says what changes from the level below`);
  });

  it('reports a YAML syntax error instead of crashing', () => {
    const s = fresh();
    s.glossary[0] = { ...s.glossary[0]!, data: {}, syntaxError: 'bad indentation' };
    expect(messages(s)).toContain(`${s.glossary[0]!.file}: (file): is not valid YAML: bad indentation`);
  });

  it('checks the frontmatter of docs pages and the site file', () => {
    const s = fresh();
    const page = s.pages.find((p) => (p.data as any).role)!;
    (page.data as any).role = 'Not An Id';
    (s.site.data as any).name = '';
    const m = messages(s);
    expect(m.some((x) => x.startsWith(`${page.file}: role: `))).toBe(true);
    expect(m.some((x) => x.startsWith('content/site.yaml: name: '))).toBe(true);
  });
});
