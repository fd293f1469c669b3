// The levels compared on every hiring page (#compare-levels), read from dist/: a table with one column
// per job level and the facts each comes from (the hiring file, the decision register, the job
// levels' self-assessment level and the role's maturity names), not retyped.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { readBuiltPage } from '../../src/lib/built-site.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { hiringSchema } from '../../src/schemas/hiring.ts';
import { metricSchema } from '../../src/schemas/metric.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { levelAnchor } from '../../src/site/anchors.ts';
import { metricPath, rolePath } from '../../src/site/paths.ts';
import { JOB_LEVELS } from '../../src/site/vocabulary.ts';

type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };
const all = (n: Node): Node[] => [n, ...(n.childNodes ?? []).flatMap(all)];
const text = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join('')).replace(/\s+/g, ' ').trim();
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const children = (n: Node, name: string) => (n.childNodes ?? []).filter((c) => c.nodeName === name);
/** A cell's own text, without the level label shown on phones. */
const hasClass = (n: Node, name: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(name);
const cellText = (td: Node) => text({ nodeName: 'td', childNodes: (td.childNodes ?? []).filter((c) => !hasClass(c, 'level')) });

const content = readContent(process.cwd());
const roles = new Map(content.roles.map((f) => roleSchema.parse(f.data)).map((r) => [r.id, r]));
const decisions = content.decisions.map((f) => decisionSchema.parse(f.data));
const metricNames = new Map(content.metrics.map((f) => metricSchema.parse(f.data)).map((m) => [m.id, m.name]));

describe('compare levels on the hiring pages', () => {
  for (const kit of content.hiring.map((f) => hiringSchema.parse(f.data)))
    it(`${kit.role}: one column per level, each row from its source`, () => {
      const role = roles.get(kit.role)!;
      const root = parseFragment(readBuiltPage(join(process.cwd(), 'dist'), rolePath(kit.role, 'hiring')).html) as unknown as Node;
      const frame = all(root).find((n) => hasClass(n, 'compare-levels'));
      expect(frame, 'the compare-levels table').toBeDefined();
      const table = all(frame!).find((n) => n.nodeName === 'table')!;
      const headers = all(children(table, 'thead')[0]!).filter((n) => n.nodeName === 'th');
      expect(headers.map(text)).toEqual(['Aspect', ...JOB_LEVELS.map((l) => l.label)]);
      expect(headers.every((th) => attr(th, 'scope') === 'col')).toBe(true);
      const rows = new Map(
        children(children(table, 'tbody')[0]!, 'tr').map((tr) => {
          const th = children(tr, 'th')[0]!;
          expect(attr(th, 'scope')).toBe('row');
          return [text(th), children(tr, 'td')] as const;
        }),
      );
      const row = (name: string) => {
        const cells = rows.get(name);
        if (!cells) throw new Error(`no row "${name}" in ${[...rows.keys()].join(', ')}`);
        expect(cells).toHaveLength(kit.levels.length);
        return cells;
      };
      expect(row('Job title').map(cellText)).toEqual(kit.levels.map((l) => l.title));
      // Each cell carries its level's name for the stacked phone layout, matching its column.
      for (const cells of rows.values())
        expect(cells.map((td) => text(children(td, 'span').find((c) => hasClass(c, 'level'))!))).toEqual(JOB_LEVELS.map((l) => l.label));
      expect(row('Scope').map(cellText)).toEqual(kit.levels.map((l) => l.scope));
      expect(row('What changes from the level below').map(cellText).slice(1)).toEqual(kit.levels.slice(1).map((l) => l.stepUp));
      const decided = decisions.filter((d) => d.decides.includes(kit.role)).length;
      expect(row(`The role's ${decided} decision${decided === 1 ? '' : 's'}`).map(cellText)).toEqual(JOB_LEVELS.map((l) => l.decides.part));
      row('KPIs').forEach((td, i) => {
        const links = all(td).filter((n) => n.nodeName === 'a');
        expect(links.map((a) => attr(a, 'href'))).toEqual(kit.levels[i]!.successKpis.map(metricPath));
        expect(links.map(text)).toEqual(kit.levels[i]!.successKpis.map((m) => metricNames.get(m)));
      });
      row('Self-assessment level to reach').forEach((td, i) => {
        const level = role.maturity.find((m) => m.level === JOB_LEVELS[i]!.maturity)!;
        const link = all(td).find((n) => n.nodeName === 'a')!;
        expect(attr(link, 'href')).toBe(rolePath(kit.role, 'playbook', levelAnchor(level.level)));
        expect(text(link)).toContain(level.name);
      });
      if (kit.hireBar) expect(row('Interview bar to hire').map(cellText)).toEqual(kit.hireBar.map((b) => b.bar));
    });
});
