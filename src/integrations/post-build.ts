/**
 * After the build, reads dist/ once (src/lib/built-site.ts) and, from that one read:
 * - fails the build when a page links to a missing page, file or `#anchor`, naming page, link and reason;
 * - puts a Content-Security-Policy <meta> in every page (hashes of that page's own inline scripts);
 * - writes header files for static hosts with the union of all hashes: `_headers` (Netlify,
 *   Cloudflare Pages) and `nginx-security-headers.conf`.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFile, readBuiltSite } from '../lib/built-site.ts';
import { findBrokenLinks } from '../lib/link-check.ts';
import { contentSecurityPolicy, netlifyHeaders, nginxHeaders, scriptHashes, withCspMeta } from '../lib/security-headers.ts';

export interface PostBuildReport {
  pages: number;
  scriptHashes: number;
}

/** The whole step on a built site in `distDir`; throws, before writing anything, when a link is broken. */
export function finishBuiltSite(distDir: string): PostBuildReport {
  const site = readBuiltSite(distDir);
  const broken = findBrokenLinks(site.pages, site.files);
  if (broken.length > 0) {
    const list = broken.map((b) => `  - ${b.page}: ${b.href} (${b.reason})`).join('\n');
    throw new Error(`Broken internal links (${broken.length}):\n${list}`);
  }
  const hashes = new Set<string>();
  for (const page of site.pages) {
    for (const hash of scriptHashes(page)) hashes.add(hash);
    writeFileSync(builtFile(distDir, page.path), withCspMeta(page));
  }
  const policy = contentSecurityPolicy(hashes, 'header');
  writeFileSync(join(distDir, '_headers'), netlifyHeaders(policy));
  writeFileSync(join(distDir, 'nginx-security-headers.conf'), nginxHeaders(policy));
  return { pages: site.pages.length, scriptHashes: hashes.size };
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
