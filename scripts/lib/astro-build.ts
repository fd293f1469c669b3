// The one way this project runs `astro build` outside npm's own `build` script: scripts (weight,
// Lighthouse, bench) and tests all call astroBuild(). It runs Astro's CLI in a child process, for two
// reasons: the peak memory of a build can only be read from a process of its own, and a build inside
// the test runner would inherit Vitest's NODE_ENV/MODE and build in a development-like mode
// (Starlight then replaces search with "only available in production").
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();

export interface BuildResult {
  ok: boolean;
  /** Exit code of the build process. */
  status: number | null;
  seconds: number;
  /** Peak resident memory of the build process (VmHWM), in MB. */
  peakMb: number;
  /** stdout and stderr, interleaved. */
  output: string;
}

/** The environment for a child build: the caller's, minus what a test runner sets. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
  return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

const peakOf = (pid: number): number => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
};

/** Builds the Astro project in `cwd` (extra CLI arguments such as `--outDir` go in `args`). */
export function astroBuild(cwd: string, options: { env?: Record<string, string>; args?: string[] } = {}): Promise<BuildResult> {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [astro, 'build', ...(options.args ?? [])], { cwd, env: buildEnv(options.env) });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setInterval(() => (peak = Math.max(peak, peakOf(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, status: code, seconds: (performance.now() - start) / 1000, peakMb: Math.round(peak), output });
    });
  });
}
