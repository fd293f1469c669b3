/**
 * Reads a built site (dist/) once: every HTML file parsed into its model, and the URL paths of all
 * other files. Node only and thin; the parsing is in html-page.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pagePath, parsePage, parseSitemap, type HtmlPage } from './html-page.ts';
import { weighPage, type PageWeight } from './page-weight.ts';

interface BuiltSite {
  pages: HtmlPage[];
  /** URL paths of the files that are not pages ("/_astro/app.css", "/api/roles.json"). */
  files: Set<string>;
}

/** The file in dist/ that serves a URL path ("/roles/" → dist/roles/index.html). */
const builtFile = (distDir: string, urlPath: string) => join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

/** Stops with a clear message, instead of a stack trace, when there is no build to read. */
function mustExist(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} does not exist: build the site first (npm run build)`);
  return path;
}

/** Every file of a built site: its URL path ("/roles/index.html", "/_astro/app.css") and where it is. */
export function* builtFiles(distDir: string): Generator<{ urlPath: string; file: string }> {
  mustExist(distDir);
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    yield { urlPath: `/${relative(distDir, file).split(sep).join('/')}`, file };
  }
}

export function readBuiltSite(distDir: string): BuiltSite {
  const pages: HtmlPage[] = [];
  const files = new Set<string>();
  for (const { urlPath, file } of builtFiles(distDir)) {
    if (urlPath.endsWith('.html')) pages.push(parsePage(pagePath(urlPath), readFileSync(file, 'utf8')));
    else files.add(urlPath);
  }
  return { pages: pages.sort((a, b) => a.path.localeCompare(b.path)), files };
}

/** One page of a built site, by its URL path. */
export function readBuiltPage(distDir: string, urlPath: string): HtmlPage {
  return parsePage(urlPath, readFileSync(mustExist(builtFile(distDir, urlPath)), 'utf8'));
}

/** The gzip weight of one built page ("/roles/") and of the CSS and JavaScript it loads. */
export const weighBuiltPage = (distDir: string, urlPath: string): PageWeight =>
  weighPage(readBuiltPage(distDir, urlPath), (path) => readFileSync(join(distDir, path)));

/** The page paths ("/roles/") the built sitemap lists, sorted, following sitemap-index.xml to each sitemap. */
export function readSitemap(distDir: string): string[] {
  const read = (urlPath: string) => {
    const file = mustExist(builtFile(distDir, urlPath));
    return { file, ...parseSitemap(readFileSync(file, 'utf8'), file) };
  };
  const index = read('/sitemap-index.xml');
  const sitemaps = index.kind === 'urlset' ? [index] : index.locations.map((l) => read(new URL(l).pathname));
  return sitemaps
    .flatMap((s) => {
      if (s.kind !== 'urlset') throw new Error(`${s.file}: expected a <urlset> of pages, found a <${s.kind}>`);
      return s.locations.map((l) => new URL(l).pathname);
    })
    .sort();
}
