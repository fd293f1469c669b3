// The site's pages as the built sitemap lists them, as paths ("/roles/").
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(dist = join(process.cwd(), 'dist')): string[] {
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const xml = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}
