// Every content file as committed: valid, cross-referenced, and complete enough to publish.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';

const content = readContent(process.cwd());
const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|coming soon|placeholder|example\.com/i;

describe('content files', () => {
  it('pass every schema and cross-reference check', () => {
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });

  it('keep every role the URL map promises (permalinks.json), each with its playbook page', () => {
    const promised = Object.keys(JSON.parse(readFileSync('permalinks.json', 'utf8')).pages)
      .map((path) => /^\/roles\/([a-z0-9-]+)\/$/.exec(path)?.[1])
      .filter((id): id is string => !!id);
    expect(promised.length).toBeGreaterThan(0);
    for (const id of promised) {
      expect(content.roles.map((r) => r.stem)).toContain(id);
      expect(content.pages.map((p) => p.stem)).toContain(`roles/${id}`);
    }
  });

  it('have a catalogue of at least 30 metrics and 40 glossary terms', () => {
    expect(content.metrics.length).toBeGreaterThanOrEqual(30);
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('have a RACI matrix of at least 12 activities and a shared rhythm of meetings', () => {
    expect(content.activities.length).toBeGreaterThanOrEqual(12);
    expect(content.meetings.length).toBeGreaterThanOrEqual(4);
  });

  it('give every role at least one metric it owns', () => {
    for (const role of content.roles)
      expect(content.metrics.filter((m) => (m.data as { owner: string }).owner === role.stem).length, role.stem).toBeGreaterThan(0);
  });

  it('contain no placeholder text', () => {
    const files = [...Object.values(content).flat()].map((f) => f.file);
    const offenders = files.filter((f) => PLACEHOLDER.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
