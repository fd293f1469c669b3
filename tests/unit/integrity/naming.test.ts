// Rule "naming": the key field equals the file name.
import { describe, expect, it } from 'vitest';
import { dataOf, fresh, messages } from './fixture.ts';

describe('rule: ids match file names', () => {
  it('reports an id that differs from its file name', () => {
    const s = fresh();
    const metric = s.metrics[1]!;
    dataOf(s.metrics, metric.stem).id = 'renamed';
    expect(messages(s)).toContain(`${metric.file}: id: "renamed" must equal the file name "${metric.stem}"`);
  });

  it('reports a role sub-page file that belongs to another role, and a team shape of the wrong size', () => {
    const s = fresh();
    const [first, second] = s.hiring;
    dataOf(s.hiring, first!.stem).role = second!.stem;
    const shape = s.teamShapes.find((t) => t.stem === '2')!;
    Object.assign(shape, { stem: 'two', file: 'content/team-shapes/two.yaml' });
    const m = messages(s);
    expect(m).toContain(`${first!.file}: role: "${second!.stem}" must equal the file name "${first!.stem}"`);
    expect(m).toContain('content/team-shapes/two.yaml: size: "2" must equal the file name "two"');
  });
});
