/** Reads a built site (dist/) into pages and other files for link-check.ts (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from './link-check.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

export function readBuiltSite(distDir: string): { pages: BuiltPage[]; files: Set<string> } {
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const file of walk(distDir)) {
    const urlPath = '/' + relative(distDir, file).split(sep).join('/');
    if (urlPath.endsWith('.html')) {
      const path = urlPath.endsWith('/index.html') ? urlPath.slice(0, -'index.html'.length) : urlPath;
      pages.push({ path, html: readFileSync(file, 'utf8') });
    } else files.add(urlPath);
  }
  return { pages, files };
}
