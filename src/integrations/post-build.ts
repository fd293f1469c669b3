/**
 * After the build, parses each page of dist/ once (src/lib/html-page.ts), keeping only what the checks
 * need (ids, links, scripts), so memory does not grow with the pages' text; from that one parse:
 * - fails the build when a page links to a missing page, file or `#anchor`, naming page, link and reason;
 * - puts a Content-Security-Policy <meta> in every page (hashes of that page's own inline scripts);
 * - writes header files for static hosts with the union of all hashes: `_headers` (Netlify,
 *   Cloudflare Pages) and `nginx-security-headers.conf`;
 * - writes each page's Markdown twin (src/lib/markdown-twin.ts) beside it, links it from the page's
 *   head, and lists every twin in /llms.txt (src/lib/llms-txt.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-site.ts';
import { metaContent, pagePath, parseHtml, parsePage, type HtmlPage } from '../lib/html-page.ts';
import { findBrokenLinks } from '../lib/link-check.ts';
import { llmsTxt, type SidebarEntry, type TwinnedPage } from '../lib/llms-txt.ts';
import { mainElement, markdownTwin } from '../lib/markdown-twin.ts';
import { redirects } from '../redirects.ts';
import { twinPath } from '../site/paths.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { contentSecurityPolicy, netlifyHeaders, nginxHeaders, scriptHashes, withCspMeta } from '../lib/security-headers.ts';

export interface PostBuildReport {
  pages: number;
  scriptHashes: number;
  /** Pages given a Markdown twin and listed in /llms.txt. */
  twins: number;
}

/** What the site says about itself in /llms.txt: its identity, its navigation and its public address. */
export interface SiteIndex {
  site: Pick<SiteConfig, 'name' | 'description'>;
  sidebar: readonly SidebarEntry[];
  url: string | URL;
}

/** What the checks keep of a page after its one parse: no text, so 600 pages cost kilobytes, not megabytes. */
type PageSummary = Pick<HtmlPage, 'path' | 'ids' | 'links' | 'scripts' | 'inlineScripts' | 'cspMetaOffset'> & {
  file: string;
  /** Where its Markdown twin was written, for a page of the site (not a redirect page or the 404 page). */
  twin?: string;
};

/** A page of the site, as the sitemap counts them: a directory page that is not an old URL's redirect page. */
const hasTwin = (path: string) => path.endsWith('/') && !(path in redirects);

/** Where the twin's head link goes: before the CSP <meta> is put at the same offset, so it ends up after it. */
const withTwinLink = (html: string, offset: number | undefined, href: string) =>
  offset === undefined ? html : `${html.slice(0, offset)}<link rel="alternate" type="text/markdown" href="${href}">${html.slice(offset)}`;

/**
 * The whole step on a built site in `distDir`; throws when a link is broken, before changing any
 * built file (the twins written until then are removed again).
 */
export function finishBuiltSite(distDir: string, index: SiteIndex): PostBuildReport {
  const pages: PageSummary[] = [];
  const twinned: TwinnedPage[] = [];
  const files = new Set<string>();
  for (const { urlPath, file } of builtFiles(distDir)) {
    if (!urlPath.endsWith('.html')) {
      files.add(urlPath);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const document = parseHtml(html);
    const page = parsePage(pagePath(urlPath), html, document);
    const { path, ids, links, scripts, inlineScripts, cspMetaOffset } = page;
    const summary: PageSummary = { path, ids, links, scripts, inlineScripts, cspMetaOffset, file };
    const main = mainElement(document);
    if (hasTwin(path) && main) {
      // Written now, while the page is parsed, so no page's text is held until the end.
      const description = metaContent(page, 'name', 'description');
      const { title, markdown } = markdownTwin(main, { title: page.title, description, url: new URL(path, index.url).href });
      summary.twin = join(distDir, twinPath(path));
      writeFileSync(summary.twin, markdown);
      twinned.push({ path, title, description });
    }
    pages.push(summary);
  }
  const broken = findBrokenLinks(pages, files);
  if (broken.length > 0) {
    for (const page of pages) if (page.twin) rmSync(page.twin);
    const list = broken.map((b) => `  - ${b.page}: ${b.href} (${b.reason})`).join('\n');
    throw new Error(`Broken internal links (${broken.length}):\n${list}`);
  }
  const hashes = new Set<string>();
  for (const page of pages) {
    for (const hash of scriptHashes(page)) hashes.add(hash);
    // The file is unchanged since its parse, so the offsets found then still hold.
    const html = readFileSync(page.file, 'utf8');
    writeFileSync(
      page.file,
      withCspMeta({ ...page, html: page.twin ? withTwinLink(html, page.cspMetaOffset, twinPath(page.path)) : html }),
    );
  }
  const policy = contentSecurityPolicy(hashes, 'header');
  writeFileSync(join(distDir, '_headers'), netlifyHeaders(policy));
  writeFileSync(join(distDir, 'nginx-security-headers.conf'), nginxHeaders(policy));
  writeFileSync(join(distDir, 'llms.txt'), llmsTxt({ ...index.site, sidebar: index.sidebar, pages: twinned, site: index.url }));
  return { pages: pages.length, scriptHashes: hashes.size, twins: twinned.length };
}

export function postBuild(index: Omit<SiteIndex, 'url'>): AstroIntegration {
  let url: URL | undefined;
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        url = new URL(config.site ?? 'http://localhost/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = finishBuiltSite(fileURLToPath(dir), { ...index, url: url! });
        logger.info(`${report.pages} pages, every internal link and anchor resolves`);
        logger.info(`CSP in every page; ${report.scriptHashes} inline script hashes in _headers and nginx-security-headers.conf`);
        logger.info(`${report.twins} Markdown twins, listed in llms.txt`);
      },
    },
  };
}
