import { chromium } from 'playwright-core';
const [origin, path, outPrefix, selector = ''] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const theme of ['light', 'dark'] as const)
  for (const width of [390, 1280]) {
    const ctx = await b.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    await ctx.addInitScript((t) => {
      localStorage.setItem('starlight-theme', t);
      if (!localStorage.getItem('cop.scorecard')) {
        const ids = ['product-strategy', 'user-experience', 'content-merchandising', 'search-discovery', 'technical-architecture', 'data-analytics'];
        const snap = (d: string, ls: number[]) => ({ date: d, scores: Object.fromEntries(ids.map((id, i) => [id, { owner: 'part-time', maturity: ls[i] }])) });
        localStorage.setItem('cop.scorecard', JSON.stringify({ v: 1, current: { teamSize: 2, roles: Object.fromEntries(ids.map((id, i) => [id, { owner: 'part-time', rating: [3, 2, 4, 3, 2, 4][i] }])) },
          history: [snap('2026-09-01T10:00:00Z', [1, 1, 2, 2, 1, 3]), snap('2026-10-01T10:00:00Z', [2, 1, 3, 2, 2, 3]), snap('2026-11-01T10:00:00Z', [3, 2, 4, 3, 2, 4])] }));
      }
    }, theme);
    const p = await ctx.newPage();
    await p.goto(origin + path);
    await p.waitForTimeout(800);
    const out = `${outPrefix}-${theme}-${width}.png`;
    if (selector) await p.locator(selector).first().screenshot({ path: out });
    else await p.screenshot({ path: out, fullPage: false });
    await ctx.close();
  }
await b.close();
