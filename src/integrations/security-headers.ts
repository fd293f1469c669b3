/**
 * After the build: puts a Content-Security-Policy <meta> in every page (hashes of that page's own
 * inline scripts) and writes header files for static hosts with the union of all hashes:
 * `_headers` (Netlify, Cloudflare Pages), `nginx-security-headers.conf`, and `_redirects`.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from '../lib/built-site.ts';
import {
  contentSecurityPolicy,
  inlineScripts,
  netlifyHeaders,
  netlifyRedirects,
  nginxHeaders,
  sha256,
  withCspMeta,
} from '../lib/security-headers.ts';
import { redirects } from '../redirects.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const hashes = new Set<string>();
        for (const page of readBuiltSite(dist).pages) {
          const file = join(dist, page.path.endsWith('/') ? `${page.path}index.html` : page.path);
          const html = readFileSync(file, 'utf8');
          for (const script of inlineScripts(html)) hashes.add(sha256(script));
          writeFileSync(file, withCspMeta(html));
        }
        const policy = contentSecurityPolicy(hashes, 'header');
        writeFileSync(join(dist, '_headers'), netlifyHeaders(policy));
        writeFileSync(join(dist, 'nginx-security-headers.conf'), nginxHeaders(policy));
        writeFileSync(join(dist, '_redirects'), netlifyRedirects(redirects));
        logger.info(`CSP in every page; ${hashes.size} inline script hashes in _headers and nginx-security-headers.conf`);
      },
    },
  };
}
