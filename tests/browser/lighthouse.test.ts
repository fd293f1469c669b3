// Lighthouse (mobile) gives every page type 100 in performance, accessibility, best practices and SEO,
// measured on the same dist/ and the same nginx (HTTPS, HTTP/2) as every browser test, at the site's
// own address (canonical URLs). The bare Starlight page is measured in the same run and reported beside
// them (reports/lighthouse/summary.md), not asserted: it is the yardstick, not the product.
import { describe, expect, it } from 'vitest';
import { browserHarness, hasChromium } from '../helpers/browser.ts';
import { runLighthouse, serveBareStarlight } from '../../scripts/lib/lighthouse-run.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

describe.skipIf(!hasChromium)('Lighthouse', () => {
  it('scores 100 in performance, accessibility, best practices and SEO on every page type', { timeout: 300_000 }, async () => {
    const { debuggingPort, siteUrl } = browserHarness();
    const bare = await serveBareStarlight();
    const measured = await runLighthouse({ debuggingPort, siteUrl, bareUrl: bare.url }).finally(() => bare.stop());
    const rows = measured.filter((r) => !r.bare);
    expect(rows.map((r) => r.path)).toEqual(pageTypes().map((t) => t.path));
    expect(
      rows.map((r) => ({
        path: r.path,
        performance: r.scores.performance,
        accessibility: r.scores.accessibility,
        bestPractices: r.scores['best-practices'],
        seo: r.scores.seo,
        failing: r.failing,
      })),
    ).toEqual(rows.map((r) => ({ path: r.path, performance: 100, accessibility: 100, bestPractices: 100, seo: 100, failing: [] })));
    console.log(
      measured
        .map(
          (r) =>
            `${r.bare ? 'bare Starlight ' : ''}${r.path}: performance ${r.scores.performance}, LCP ${r.metrics.LCP}, TBT ${r.metrics.TBT}, CLS ${r.metrics.CLS}`,
        )
        .join('\n'),
    );
  });
});
