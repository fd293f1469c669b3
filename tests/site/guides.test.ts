// The guides in dist/: each one is built, at least 1,500 words of its own prose, linked from the
// playbook of every role its `guideFor` names, and the vendor scoring sheet downloads as an RFC 4180
// CSV whose formulas add up the same criteria the page shows.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readContent } from '../../src/lib/content-files.ts';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { mdxProse, words } from '../../src/lib/prose.ts';
import { cellValue, parseCsv } from '../helpers/spreadsheet.ts';

const site = readBuiltSite('dist');
const pages = new Map(site.pages.map((p) => [p.path, p]));
const content = readContent(process.cwd());
const guides = content.pages.filter((p) => p.stem.startsWith('guides/') && p.stem !== 'guides/index');
const guideFor = (stem: string) => (content.pages.find((p) => p.stem === stem)!.data as { guideFor?: string[] }).guideFor ?? [];
const SHEET = '/guides/vendor-selection/scoring-sheet.csv';

describe('guides', () => {
  it('has the five guides and an overview that links each', () => {
    expect(guides.map((g) => g.stem).sort()).toEqual([
      'guides/budget',
      'guides/org-placement',
      'guides/partner-management',
      'guides/sales-compensation',
      'guides/vendor-selection',
    ]);
    const overview = pages.get('/guides/')!;
    for (const g of guides) expect(overview.links).toContain(`/${g.stem}/`);
  });

  it.each(guides.map((g) => g.stem))('gives %s at least 1,500 words of its own prose', (stem) => {
    const body = guides.find((g) => g.stem === stem)!.body!;
    expect(mdxProse(body).flatMap(words).length).toBeGreaterThanOrEqual(1500);
  });

  it('links each guide from the playbook of every role it names, and from no other', () => {
    for (const role of content.roles) {
      const page = pages.get(`/roles/${role.stem}/`)!;
      const links = page.mainLinks;
      for (const g of guides) expect(links.includes(`/${g.stem}/`), `${role.stem} → ${g.stem}`).toBe(guideFor(g.stem).includes(role.stem));
    }
  });

  it('links the scoring sheet from the vendor selection guide and shows every category’s criteria', () => {
    const page = pages.get('/guides/vendor-selection/')!;
    expect(page.links).toContain(SHEET);
    for (const f of content.vendorCriteria) {
      expect(page.ids).toContain(`criteria-${f.stem}`);
      for (const k of (f.data as { criteria: { criterion: string }[] }).criteria) expect(page.text).toContain(k.criterion);
    }
  });
});

describe('the scoring sheet CSV', () => {
  const bytes = readFileSync(`dist${SHEET}`, 'utf8');
  const sheet = parseCsv(bytes.replace(/^\uFEFF/, ''));
  const header = sheet[0]!;

  it('starts with a byte order mark, so Excel reads it as UTF-8, and has the same columns in every record', () => {
    expect(bytes.startsWith('\uFEFF')).toBe(true);
    for (const row of sheet.filter((r) => r.length > 1)) expect(row).toHaveLength(header.length);
  });

  it('carries every criterion with its weight, and totals of 100 points per category', () => {
    for (const f of content.vendorCriteria) {
      const data = f.data as { name: string; criteria: { criterion: string; weight: number }[] };
      const rows = sheet.filter((r) => r[0] === data.name);
      expect(rows.map((r) => r[1])).toEqual([...data.criteria.map((k) => k.criterion), 'Weighted total (points out of 100)']);
      expect(rows.slice(0, -1).map((r) => Number(r[2]))).toEqual(data.criteria.map((k) => k.weight));
      const totalRow = sheet.indexOf(rows.at(-1)!) + 1;
      expect(cellValue(sheet, `C${totalRow}`)).toBe(100);
      // With every score at the maximum, each vendor's total is the full 100 points.
      const filled = sheet.map((r, i) =>
        rows.slice(0, -1).includes(sheet[i]!) ? r.map((v, j) => (header[j]!.includes('score') ? '5' : v)) : r,
      );
      for (const column of ['J', 'K', 'L']) expect(cellValue(filled, `${column}${totalRow}`)).toBe(100);
    }
  });
});
