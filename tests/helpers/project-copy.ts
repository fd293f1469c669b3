// A throwaway copy of the project to build with deliberately broken content. It lives in
// .tmp-fixtures/ inside the project so that Node finds the project's node_modules by walking up
// (a symlinked node_modules makes Vite resolve Starlight's modules twice and fail).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildEnv } from '../../scripts/lib/build-env.ts';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, '.tmp-fixtures');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', 'reports', 'test-results', 'tests', '.tmp-fixtures']);

export interface ProjectCopy {
  dir: string;
  edit(file: string, change: (text: string) => string): void;
  remove(file: string): void;
  build(): { status: number | null; output: string };
  dispose(): void;
}

export function copyProject(): ProjectCopy {
  mkdirSync(FIXTURES, { recursive: true });
  const dir = mkdtempSync(join(FIXTURES, 'copy-'));
  for (const name of readdirSync(ROOT)) if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
      writeFileSync(path, after);
    },
    remove(file) {
      rmSync(join(dir, file), { recursive: true });
    },
    build() {
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: buildEnv({ NO_COLOR: '1' }),
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
