// Lighthouse (mobile) gives every page type 100 in accessibility, best practices and SEO, measured on
// the same dist/ and the same nginx as every browser test, at the site's own address (canonical URLs).
// The performance score and metrics are reported (reports/lighthouse/summary.md), not asserted.
import { describe, expect, it } from 'vitest';
import { browserHarness, hasChromium } from '../helpers/browser.ts';
import { runLighthouse } from '../../scripts/lib/lighthouse-run.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

describe.skipIf(!hasChromium)('Lighthouse', () => {
  it('scores 100 in accessibility, best practices and SEO on every page type', { timeout: 300_000 }, async () => {
    const { debuggingPort, siteUrl } = browserHarness();
    const rows = await runLighthouse({ debuggingPort, siteUrl });
    expect(rows.map((r) => r.path)).toEqual(pageTypes().map((t) => t.path));
    expect(
      rows.map((r) => ({
        path: r.path,
        accessibility: r.scores.accessibility,
        bestPractices: r.scores['best-practices'],
        seo: r.scores.seo,
        failing: r.failing,
      })),
    ).toEqual(rows.map((r) => ({ path: r.path, accessibility: 100, bestPractices: 100, seo: 100, failing: [] })));
    console.log(
      rows
        .map((r) => `${r.path}: performance ${r.scores.performance}, LCP ${r.metrics.LCP}, TBT ${r.metrics.TBT}, CLS ${r.metrics.CLS}`)
        .join('\n'),
    );
  });
});
