// The permalinks of the current build in dist/, for the manifest script and test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { buildManifest, declaredAnchors, type Manifest } from '../../src/lib/permalinks.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

export function currentPermalinks(root = process.cwd()): Manifest {
  const dist = join(root, 'dist');
  const site = readBuiltSite(dist);
  const xml = readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('');
  const sitemap = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const mdx = walk(join(root, 'content/docs'))
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .map((f) => readFileSync(f, 'utf8'));
  const api = [...site.files].filter((f) => f.startsWith('/api/'));
  return buildManifest(site.pages, sitemap, api, declaredAnchors(mdx));
}

export const MANIFEST_FILE = 'permalinks.json';
