// The permalinks of the current build in dist/, for the manifest script and test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, readSitemap } from '../../src/lib/built-site.ts';
import { buildManifest, declaredAnchors, type Manifest } from '../../src/lib/permalinks.ts';

export function currentPermalinks(root = process.cwd()): Manifest {
  const dist = join(root, 'dist');
  const site = readBuiltSite(dist);
  const docs = join(root, 'content/docs');
  const mdx = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .map((f) => readFileSync(join(docs, f), 'utf8'));
  const api = [...site.files].filter((f) => f.startsWith('/api/'));
  return buildManifest(site.pages, readSitemap(dist), api, declaredAnchors(mdx));
}

export const MANIFEST_FILE = 'permalinks.json';
