// Every content file as committed: valid, cross-referenced, and complete enough to publish.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/content-integrity.ts';
import { ROLE_IDS } from '../../src/schemas/common.ts';
import { roleSchema } from '../../src/schemas/role.ts';

const content = readContent(process.cwd());
const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|coming soon|placeholder|example\.com/i;

describe('content files', () => {
  it('pass every schema and cross-reference check', () => {
    expect(checkContent(content).map(formatProblem)).toEqual([]);
  });

  it('have the six roles of the URL map, each with its playbook page', () => {
    expect(content.roles.map((r) => r.stem).sort()).toEqual([...ROLE_IDS].sort());
    for (const id of ROLE_IDS) expect(content.pages.map((p) => p.stem)).toContain(`roles/${id}`);
  });

  it('have a catalogue of at least 30 metrics and 40 glossary terms', () => {
    expect(content.metrics.length).toBeGreaterThanOrEqual(30);
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('have a RACI matrix of at least 12 activities and a shared rhythm of meetings', () => {
    expect(content.activities.length).toBeGreaterThanOrEqual(12);
    expect(content.meetings.length).toBeGreaterThanOrEqual(4);
  });

  it('have a team shape for every size from one to six', () => {
    expect(content.teamShapes.map((t) => Number(t.stem)).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('give every role at least one metric it owns', () => {
    for (const id of ROLE_IDS) expect(content.metrics.filter((m) => (m.data as { owner: string }).owner === id).length).toBeGreaterThan(0);
  });

  it('give each role all five others as collaborators, in full', () => {
    for (const file of content.roles) {
      const role = roleSchema.parse(file.data);
      expect(role.collaboration.map((c) => c.role).sort(), file.file).toEqual(ROLE_IDS.filter((id) => id !== role.id).sort());
    }
  });

  it('contain no placeholder text', () => {
    const files = [...Object.values(content).flat()].map((f) => f.file);
    const offenders = files.filter((f) => PLACEHOLDER.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
