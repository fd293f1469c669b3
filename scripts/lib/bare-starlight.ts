// Builds a bare Starlight site (same installed versions, default config) to compare against.
// It lives inside the project (.cache/, .bench/) so that Node resolves the project's node_modules.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchRanking } from '../../src/search-ranking.ts';
import { astroBuild } from './astro-build.ts';

const ROOT = process.cwd();

/** Where the bare site's docs page is. */
export const GUIDE_PATH = '/guide/';

/** The bare site's docs page; the scale bench adds the same page to this project (`--grow guides`). */
export const GUIDE = `---
title: A bare Starlight page
description: A plain docs page with headings, paragraphs, a list and a table, used as the page-weight baseline.
---

${Array.from(
  { length: 6 },
  (_, i) => `## Section ${i + 1}

A paragraph of ordinary prose that stands in for the text of a documentation page. It has enough words to
wrap over several lines, as real content does, so the HTML is of a comparable shape.

- First point of the section
- Second point of the section

| Column | Value |
|---|---|
| A | 1 |
| B | 2 |
`,
).join('\n')}`;

/** The files of a bare Starlight project with `pages` copies of the guide page, by path. */
function bareStarlightFiles(pages: number): Record<string, string> {
  // Astro finds packages that ship components through package.json dependencies: list the same ones.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// Same search ranking as the site: Starlight serialises it into its own search script.
export default defineConfig({ site: 'https://bare.example', integrations: [starlight({ title: 'Bare', pagefind: { ranking: ${JSON.stringify(searchRanking)} } })] });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    'src/content/docs/index.md': '---\ntitle: Bare\n---\n\nHome.\n',
    'src/content/docs/guide.md': GUIDE,
  };
  for (let i = 2; i <= pages; i++) files[`src/content/docs/guide-${i}.md`] = GUIDE;
  return files;
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Writes a bare Starlight project with `pages` copies of the guide page; returns its directory. */
export function writeBareStarlight(pages = 1, dir = join(ROOT, '.bench', 'bare-starlight')): string {
  rmSync(dir, { recursive: true, force: true });
  writeFiles(dir, bareStarlightFiles(pages));
  return dir;
}

const CACHE = join(ROOT, '.cache', 'bare-starlight');

/**
 * The dist/ of a bare Starlight site with one guide page, built once per set of installed versions:
 * it is kept in .cache/bare-starlight/<key>/, the key being a hash of package-lock.json (and of the
 * bare project itself), and rebuilt only when that changes. Throws with Astro's output on failure.
 */
export async function bareStarlightDist(): Promise<string> {
  const files = bareStarlightFiles(1);
  const key = createHash('sha256')
    .update(readFileSync(join(ROOT, 'package-lock.json')))
    .update(JSON.stringify(files))
    .digest('hex')
    .slice(0, 16);
  const dir = join(CACHE, key);
  if (existsSync(join(dir, 'dist', 'guide', 'index.html'))) return join(dir, 'dist');
  // Built beside the cache entry and moved into place when complete, so a failed or concurrent
  // build never leaves a half-written entry behind.
  const work = join(CACHE, `${key}.building-${process.pid}`);
  writeBareStarlight(1, work);
  const result = await astroBuild(work);
  if (!result.ok) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`Bare Starlight build failed:\n${result.output}`);
  }
  for (const old of readdirSync(CACHE))
    if (old !== key && !old.includes('.building-')) rmSync(join(CACHE, old), { recursive: true, force: true });
  if (existsSync(dir)) rmSync(work, { recursive: true, force: true });
  else renameSync(work, dir);
  return join(dir, 'dist');
}
