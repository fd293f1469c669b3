// npm run bench:scale — builds this project with synthetic roles at about 60, 300 and 600 pages and
// a bare Starlight site with the same page count, and prints build time per page and peak memory.
// Usage: npm run bench:scale [-- 60 300]   (page counts; default 60 300 600)
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addSyntheticRoles } from './lib/synthetic-roles.ts';
import { copyProject } from './lib/project-copy.ts';
import { writeBareStarlight } from './lib/bare-starlight.ts';
import { astroBuild, type BuildResult } from './lib/astro-build.ts';

const ROOT = process.cwd();
const PAGES_PER_ROLE = 4; // playbook, self-assessment, hiring kit, onboarding plan
const targets = process.argv.slice(2).map(Number).filter(Boolean);

const countPages = (dir: string): number =>
  readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countPages(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);

function report(label: string, pages: number, m: BuildResult) {
  if (!m.ok) throw new Error(`${label} build failed:\n${m.output.slice(-3000)}`);
  return { label, pages, seconds: m.seconds, msPerPage: (m.seconds * 1000) / pages, peakMb: m.peakMb };
}

// The project as it is: how many pages it builds without synthetic roles.
const base = join(ROOT, '.bench', 'scale-base');
copyProject(base);
const baseRun = report('project', 0, await astroBuild(base));
const basePages = countPages(join(base, 'dist'));

const rows = [];
for (const target of targets.length ? targets : [60, 300, 600]) {
  const dir = join(ROOT, '.bench', `scale-${target}`);
  copyProject(dir);
  addSyntheticRoles(dir, Math.max(0, Math.ceil((target - basePages) / PAGES_PER_ROLE)));
  const ours = await astroBuild(dir);
  const pages = countPages(join(dir, 'dist'));
  rows.push(report('this project', pages, ours));
  const bareDir = writeBareStarlight(pages - 2, join(ROOT, '.bench', `bare-${target}`)); // + index and 404 pages
  const bare = await astroBuild(bareDir);
  rows.push(report('bare Starlight', countPages(join(bareDir, 'dist')), bare));
  rmSync(dir, { recursive: true, force: true });
  rmSync(bareDir, { recursive: true, force: true });
}
rmSync(base, { recursive: true, force: true });

console.log(`\nProject without synthetic roles: ${basePages} pages in ${baseRun.seconds.toFixed(1)} s\n`);
console.log('| site | HTML pages | build time | per page | peak memory |\n|---|---|---|---|---|');
for (const r of rows)
  console.log(`| ${r.label} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.msPerPage.toFixed(0)} ms | ${r.peakMb} MB |`);
