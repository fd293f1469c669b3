/**
 * Runs the content integrity rules (src/lib/integrity/) on the content/ tree. `astro build` fails on
 * any problem, listing each as `file: field: message`. In `astro dev` the same list is logged at
 * startup and again whenever a file under content/ changes, and the server keeps serving.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/integrity/index.ts';
import { readContent } from '../lib/content-files.ts';
import { CONTENT_DIR } from '../site/collections.ts';

/** The guard's report for the content under `root`: undefined when the content is valid. */
function contentReport(root: string): string | undefined {
  const problems = checkContent(readContent(root));
  if (problems.length === 0) return undefined;
  const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  return `Content check failed (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${list}`;
}

export function contentGuard(): AstroIntegration {
  let root = '';
  const logCheck = (logger: AstroIntegrationLogger) => {
    const report = contentReport(root);
    if (report) logger.error(report);
    else logger.info('content is valid');
  };
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') {
          const report = contentReport(root);
          if (report) throw new Error(report);
        } else if (command === 'dev') logCheck(logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, CONTENT_DIR) + sep;
        server.watcher.on('all', (event, path) => {
          if (!path.startsWith(contentDir) || !['add', 'change', 'unlink'].includes(event)) return;
          logger.info(`${relative(root, path)} ${event === 'unlink' ? 'removed' : 'changed'}: checking content again`);
          logCheck(logger);
        });
      },
    },
  };
}
