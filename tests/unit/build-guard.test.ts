// The content guard as Astro runs it: in process for `build` (throws) and `dev` (logs, and again when a
// content file changes), and once end to end, so the exit code of a real `astro build` is proven too.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { contentGuard } from '../../src/integrations/content-guard.ts';

let copy: ProjectCopy;
let metricFile: string;
const BROKEN = (file: string) => `${file}: owner: unknown role "search-team" (no content/roles/search-team.yaml)`;

beforeAll(() => {
  copy = copyProject();
  metricFile = 'content/metrics/zero-result-rate.yaml';
  copy.edit(metricFile, (t) => t.replace(/^owner: .*$/m, 'owner: search-team'));
});
// Removing a built copy (its dist and image cache) takes longer than the default 10 s on a loaded machine.
afterAll(() => copy.dispose(), 60_000);

function logger() {
  const lines: { level: string; text: string }[] = [];
  const log = (level: string) => (text: string) => lines.push({ level, text });
  return { lines, logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } as any };
}

async function setup(command: 'build' | 'dev') {
  const guard = contentGuard();
  const { lines, logger: log } = logger();
  const hook = guard.hooks['astro:config:setup'] as (o: unknown) => Promise<void> | void;
  const run = () => hook({ config: { root: pathToFileURL(`${copy.dir}/`) }, command, logger: log });
  return { guard, lines, log, run };
}

describe('content guard', () => {
  it('throws in `astro build`, listing every problem as file: field: message', async () => {
    const { run } = await setup('build');
    expect(run).toThrow(BROKEN(metricFile));
  });

  it('logs the same lines in `astro dev`, and checks again when a content file changes', async () => {
    const { guard, lines, log, run } = await setup('dev');
    await run();
    expect(
      lines
        .filter((l) => l.level === 'error')
        .map((l) => l.text)
        .join('\n'),
    ).toContain(BROKEN(metricFile));
    const watcher = new EventEmitter();
    const serverSetup = guard.hooks['astro:server:setup'] as (o: unknown) => void;
    serverSetup({ server: { watcher }, logger: log });
    copy.edit(metricFile, (t) => t.replace('owner: search-team', 'owner: search-discovery'));
    lines.length = 0;
    watcher.emit('all', 'change', join(copy.dir, metricFile));
    expect(lines.some((l) => l.level === 'info' && l.text.includes(`${metricFile} changed`))).toBe(true);
    expect(lines.some((l) => l.level === 'error')).toBe(false);
    // A file outside content/ does not trigger a check.
    lines.length = 0;
    watcher.emit('all', 'change', join(copy.dir, 'astro.config.mjs'));
    expect(lines).toEqual([]);
    copy.edit(metricFile, (t) => t.replace('owner: search-discovery', 'owner: search-team'));
  });

  it('makes a real `astro build` exit non-zero, naming file, field and value', async () => {
    const { ok, status, output } = await copy.build();
    expect(ok).toBe(false);
    expect(status).not.toBe(0);
    expect(output).toContain(BROKEN(metricFile));
  }, 120_000);
});
