// npm run permalinks            checks the build in dist/ against permalinks.json
// npm run permalinks -- --update  adds what the build has to permalinks.json (after a build)
// Removing a promise means editing permalinks.json by hand, in a commit that says why.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkManifest, unlisted, type Manifest } from '../src/lib/permalinks.ts';
import { redirects } from '../src/redirects.ts';
import { MANIFEST_FILE, currentPermalinks } from './lib/current-permalinks.ts';

const current = currentPermalinks();
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
const problems = checkManifest(manifest, current, redirects);
for (const p of problems) console.error(`✗ ${p}`);
const added = unlisted(manifest, current);
if (process.argv.includes('--update')) {
  for (const [path, anchors] of Object.entries(current.pages))
    manifest.pages[path] = [...new Set([...(manifest.pages[path] ?? []), ...anchors])].sort();
  manifest.files = [...new Set([...manifest.files, ...current.files])].sort();
  manifest.pages = Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${MANIFEST_FILE}: added ${added.length} permalink(s)`);
} else if (added.length) console.log(`Not yet promised (run with --update to add): ${added.join(', ')}`);
process.exitCode = problems.length ? 1 : 0;
