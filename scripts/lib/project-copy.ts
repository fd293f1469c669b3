// The one project copier: a throwaway copy of the project (without build output, tests or git) for a
// build with changed content (a broken fixture, a seventh role, synthetic roles for the scale bench).
// Copies live inside the project tree so that Node finds the project's node_modules by walking up
// (a symlinked node_modules makes Vite resolve Starlight's modules twice and fail).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { astroBuild, type BuildResult } from './astro-build.ts';

const ROOT = process.cwd();
/** Folders never copied: dependencies, build output, caches, tests and earlier copies. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.bench', '.cache', 'reports', 'test-results', 'tests', '.tmp-fixtures']);

export interface ProjectCopy {
  dir: string;
  /** Rewrites a file of the copy; throws when the change changes nothing (a fixture that tests nothing). */
  edit(file: string, change: (text: string) => string): void;
  /** Writes a new file (creating its folders). */
  write(file: string, text: string): void;
  remove(file: string): void;
  build(options?: Parameters<typeof astroBuild>[1]): Promise<BuildResult>;
  dispose(): void;
}

/** Copies the project into `dir`, or into a new folder under .tmp-fixtures/. */
export function copyProject(dir?: string): ProjectCopy {
  const target = dir ?? (mkdirSync(join(ROOT, '.tmp-fixtures'), { recursive: true }), mkdtempSync(join(ROOT, '.tmp-fixtures', 'copy-')));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(ROOT)) if (!SKIP.has(name)) cpSync(join(ROOT, name), join(target, name), { recursive: true });
  return {
    dir: target,
    edit(file, change) {
      const path = join(target, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
      writeFileSync(path, after);
    },
    write(file, text) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      writeFileSync(join(target, file), text);
    },
    remove(file) {
      rmSync(join(target, file), { recursive: true });
    },
    build: (options) => astroBuild(target, options),
    dispose() {
      rmSync(target, { recursive: true, force: true });
    },
  };
}
