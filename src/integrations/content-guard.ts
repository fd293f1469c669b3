/**
 * Fails `astro build` when content is invalid or a cross-reference is broken, listing every
 * problem as `file: field: message`. In `astro dev` it logs the same list and keeps serving.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content-integrity.ts';
import { readContent } from '../lib/content-files.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(readContent(fileURLToPath(config.root)));
        if (problems.length === 0) return;
        const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
        const message = `Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${list}`;
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
    },
  };
}
