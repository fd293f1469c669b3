// npm run audit:lighthouse — Lighthouse (mobile) on every page type of the last build (dist/), served
// by nginx as README.md documents, and the bare Starlight page beside them; reports in reports/lighthouse/.
// `npm run audit:lighthouse -- /scorecard/ /plan/` measures only the page types at those paths.
import { readFileSync } from 'node:fs';
import { missingTools, startBrowserHarness } from './lib/browser-harness.ts';
import { runLighthouse, serveBareStarlight } from './lib/lighthouse-run.ts';
import { pageTypesAt } from './lib/page-types.ts';

const paths = process.argv.slice(2);
try {
  pageTypesAt(paths); // refuse an unknown path before starting anything
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const missing = missingTools();
if (missing.length > 0) {
  console.error(`Lighthouse needs what this machine lacks:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
const harness = await startBrowserHarness();
const bare = await serveBareStarlight();
try {
  const rows = await runLighthouse({ debuggingPort: harness.debuggingPort, siteUrl: harness.siteUrl, bareUrl: bare.url, paths });
  console.log(`\n${readFileSync('reports/lighthouse/summary.md', 'utf8')}`);
  for (const r of rows) if (r.failing.length) console.log(`${r.path}: ${r.failing.join(', ')}`);
} finally {
  await bare.stop();
  await harness.stop();
}
