/**
 * After the build, parses each page of dist/ once (src/lib/html-page.ts), keeping only what the checks
 * need (ids, links, scripts), so memory does not grow with the pages' text; from that one parse:
 * - fails the build when a page links to a missing page, file or `#anchor`, naming page, link and reason;
 * - puts a Content-Security-Policy <meta> in every page (hashes of that page's own inline scripts);
 * - writes header files for static hosts with the union of all hashes: `_headers` (Netlify,
 *   Cloudflare Pages) and `nginx-security-headers.conf`.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from '../lib/built-site.ts';
import { pagePath, parsePage, type HtmlPage } from '../lib/html-page.ts';
import { findBrokenLinks } from '../lib/link-check.ts';
import { contentSecurityPolicy, netlifyHeaders, nginxHeaders, scriptHashes, withCspMeta } from '../lib/security-headers.ts';

export interface PostBuildReport {
  pages: number;
  scriptHashes: number;
}

/** What the checks keep of a page after its one parse: no text, so 600 pages cost kilobytes, not megabytes. */
type PageSummary = Pick<HtmlPage, 'path' | 'ids' | 'links' | 'scripts' | 'inlineScripts' | 'cspMetaOffset'> & { file: string };

/** The whole step on a built site in `distDir`; throws, before writing anything, when a link is broken. */
export function finishBuiltSite(distDir: string): PostBuildReport {
  const pages: PageSummary[] = [];
  const files = new Set<string>();
  for (const { urlPath, file } of builtFiles(distDir)) {
    if (!urlPath.endsWith('.html')) {
      files.add(urlPath);
      continue;
    }
    const { path, ids, links, scripts, inlineScripts, cspMetaOffset } = parsePage(pagePath(urlPath), readFileSync(file, 'utf8'));
    pages.push({ path, ids, links, scripts, inlineScripts, cspMetaOffset, file });
  }
  const broken = findBrokenLinks(pages, files);
  if (broken.length > 0) {
    const list = broken.map((b) => `  - ${b.page}: ${b.href} (${b.reason})`).join('\n');
    throw new Error(`Broken internal links (${broken.length}):\n${list}`);
  }
  const hashes = new Set<string>();
  for (const page of pages) {
    for (const hash of scriptHashes(page)) hashes.add(hash);
    // The file is unchanged since its parse, so the offsets found then still hold.
    writeFileSync(page.file, withCspMeta({ ...page, html: readFileSync(page.file, 'utf8') }));
  }
  const policy = contentSecurityPolicy(hashes, 'header');
  writeFileSync(join(distDir, '_headers'), netlifyHeaders(policy));
  writeFileSync(join(distDir, 'nginx-security-headers.conf'), nginxHeaders(policy));
  return { pages: pages.length, scriptHashes: hashes.size };
}

export function postBuild(): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const report = finishBuiltSite(fileURLToPath(dir));
        logger.info(`${report.pages} pages, every internal link and anchor resolves`);
        logger.info(`CSP in every page; ${report.scriptHashes} inline script hashes in _headers and nginx-security-headers.conf`);
      },
    },
  };
}
