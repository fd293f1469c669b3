// Search quality on the built site's Pagefind index with the site's own ranking, with cases taken
// from the site itself, so that no copy edit breaks them: every page comes first when a reader types
// its heading, the name of every KPI finds the KPI catalogue in the top 3, and every job title a role
// is known by finds the role's playbook in the top 3.
import { describe, expect, it } from 'vitest';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';
import { kpiNameCases, roleTitleCases } from './search-queries.ts';
import { searchRanking } from '../../src/search-ranking.ts';

describe.skipIf(!hasChromium)('search quality', () => {
  const site = useBuiltSite();

  it('ranks every page first for its own heading, the KPI catalogue in the top 3 for every KPI name, and each role in the top 3 for its job titles', async () => {
    const kpis = [...kpiNameCases(), ...roleTitleCases()];
    const paths = sitemapPaths();
    expect(kpis.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/`);
    // Passed as source text: Vitest would rewrite a dynamic import() inside a function. Headings are
    // read with the browser's own HTML parser from the pages nginx serves.
    const { headings, top3 } = (await page.evaluate(`(async ({ paths, queries }) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
      await pagefind.init();
      const headings = [];
      for (const path of paths) {
        const html = await (await fetch(path)).text();
        headings.push(new DOMParser().parseFromString(html, 'text/html').querySelector('main h1')?.textContent.trim() ?? '');
      }
      const top3 = [];
      for (const q of [...headings, ...queries]) {
        const { results } = await pagefind.search(q);
        const data = await Promise.all(results.slice(0, 3).map((r) => r.data()));
        top3.push(data.map((d) => new URL(d.url, location.origin).pathname));
      }
      return { headings, top3 };
    })(${JSON.stringify({ paths, queries: kpis.map((c) => c.query) })})`)) as { headings: string[]; top3: string[][] };
    await page.close();
    const misses = [
      ...paths.flatMap((path, i) =>
        top3[i]![0] === path ? [] : [`${path}: its heading "${headings[i]}" ranks ${top3[i]!.join(', ') || 'nothing'} first`],
      ),
      ...kpis.flatMap((c, i) => {
        const got = top3[paths.length + i]!;
        return got.some((path) => path.startsWith(c.expect))
          ? []
          : [`${c.source}: "${c.query}" → expected ${c.expect}, got ${got.join(', ') || 'nothing'}`];
      }),
    ];
    expect(misses).toEqual([]);
  });
});
