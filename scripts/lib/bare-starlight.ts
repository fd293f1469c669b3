// Builds a bare Starlight site (same installed versions, default config) to compare against.
// It lives in .bench/ inside the project so that Node resolves the project's node_modules.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchRanking } from '../../src/search-ranking.ts';
import { astroBuild } from './astro-build.ts';

const ROOT = process.cwd();

const GUIDE = `---
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

/** Writes a bare Starlight project with `pages` copies of the guide page; returns its directory. */
export function writeBareStarlight(pages = 1, dir = join(ROOT, '.bench', 'bare-starlight')): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  // Astro finds packages that ship components through package.json dependencies: list the same ones.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// Same search ranking as the site: Starlight serialises it into its own search script.
export default defineConfig({ site: 'https://bare.example', integrations: [starlight({ title: 'Bare', pagefind: { ranking: ${JSON.stringify(searchRanking)} } })] });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(dir, 'src/content/docs/guide.md'), GUIDE);
  for (let i = 2; i <= pages; i++) writeFileSync(join(dir, `src/content/docs/guide-${i}.md`), GUIDE);
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Bare\n---\n\nHome.\n');
  return dir;
}

/** Builds the bare site with one guide page and returns its dist directory. Throws with Astro's output on failure. */
export async function buildBareStarlight(): Promise<string> {
  const dir = writeBareStarlight(1);
  const result = await astroBuild(dir);
  if (!result.ok) throw new Error(`Bare Starlight build failed:\n${result.output}`);
  return join(dir, 'dist');
}
