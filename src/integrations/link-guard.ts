/** Fails `astro build` when a built page links to a missing page, file or `#anchor`. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/link-check.ts';
import { readBuiltSite } from '../lib/built-site.ts';

export function linkGuard(): AstroIntegration {
  return {
    name: 'link-guard',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = readBuiltSite(fileURLToPath(dir));
        const broken = findBrokenLinks(pages, files);
        if (broken.length > 0) {
          const list = broken.map((b) => `  - ${b.page}: ${b.href} (${b.reason})`).join('\n');
          throw new Error(`Broken internal links (${broken.length}):\n${list}`);
        }
        logger.info(`${pages.length} pages, every internal link and anchor resolves`);
      },
    },
  };
}
