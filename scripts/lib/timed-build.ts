// Runs `astro build` in a directory and measures wall time and the peak resident memory of the
// build process (VmHWM from /proc, sampled until it exits).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from './build-env.ts';

export interface BuildMeasure {
  ok: boolean;
  seconds: number;
  peakMb: number;
  output: string;
}

const peakOf = (pid: number): number => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
};

export function timedBuild(cwd: string, env: Record<string, string> = {}): Promise<BuildMeasure> {
  const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd,
      env: buildEnv(env),
    });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setInterval(() => (peak = Math.max(peak, peakOf(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, seconds: (performance.now() - start) / 1000, peakMb: Math.round(peak), output });
    });
  });
}
