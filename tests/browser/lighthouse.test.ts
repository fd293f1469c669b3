// Lighthouse (mobile) gives every page type 100 in accessibility, best practices and SEO.
// The performance score and metrics are reported (reports/lighthouse/summary.md), not asserted.
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { runLighthouse } from '../../scripts/lib/lighthouse-run.ts';

describe.skipIf(!hasChromium)('Lighthouse', () => {
  it('scores 100 in accessibility, best practices and SEO on every page type', { timeout: 300_000 }, async () => {
    const rows = await runLighthouse();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) {
      expect({
        path: r.path,
        accessibility: r.scores.accessibility,
        bestPractices: r.scores['best-practices'],
        seo: r.scores.seo,
        failing: r.failing,
      }).toEqual({
        path: r.path,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
        failing: [],
      });
    }
    console.log(
      rows
        .map((r) => `${r.path}: performance ${r.scores.performance}, LCP ${r.metrics.LCP}, TBT ${r.metrics.TBT}, CLS ${r.metrics.CLS}`)
        .join('\n'),
    );
  });
});
