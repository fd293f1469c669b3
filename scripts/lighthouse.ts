// npm run audit:lighthouse — Lighthouse (mobile) on every page type; reports in reports/lighthouse/.
import { runLighthouse } from './lib/lighthouse-run.ts';

const rows = await runLighthouse();
console.log(`\n${(await import('node:fs')).readFileSync('reports/lighthouse/summary.md', 'utf8')}`);
for (const r of rows) if (r.failing.length) console.log(`${r.path}: ${r.failing.join(', ')}`);
