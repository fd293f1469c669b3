// Realistic queries find the right page in the top 3 of the built site's Pagefind index.
import { describe, expect, it } from 'vitest';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { SEARCH_CASES } from './search-queries.ts';
import { searchRanking } from '../../src/search-ranking.ts';

describe.skipIf(!hasChromium)('search quality', () => {
  const site = useBuiltSite();

  it(`puts the expected page in the top 3 for all ${SEARCH_CASES.length} reader queries`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(25);
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/`);
    // Passed as source text: Vitest would rewrite a dynamic import() inside a function.
    const top3 = (await page.evaluate(`(async (queries) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
      await pagefind.init();
      const out = [];
      for (const q of queries) {
        const { results } = await pagefind.search(q);
        const data = await Promise.all(results.slice(0, 3).map((r) => r.data()));
        out.push(data.map((d) => new URL(d.url, location.origin).pathname));
      }
      return out;
    })(${JSON.stringify(SEARCH_CASES.map((c) => c.query))})`)) as string[][];
    const misses = SEARCH_CASES.map((c, i) => ({ ...c, got: top3[i]! })).filter((c) => !c.got.includes(c.expect));
    const hits = SEARCH_CASES.length - misses.length;
    console.log(`search hit rate: ${hits}/${SEARCH_CASES.length} (${Math.round((100 * hits) / SEARCH_CASES.length)}%)`);
    expect(misses.map((m) => `${m.reader}: "${m.query}" → expected ${m.expect}, got ${m.got.join(', ') || 'nothing'}`)).toEqual([]);
  });
});
