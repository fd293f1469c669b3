// npm test: every check of the project, in as few minutes as the machine's cores allow.
//
// Each step is one of package.json's scripts. A step starts as soon as the steps it needs have passed,
// so the checks that need no build (types, format, spelling, dependencies, unit tests) run beside the
// one production build and the tests of what it built, the static checks at a lower priority.
// Lighthouse starts last and runs alone: its simulated timings are read off the CPU, and a test running
// beside it would slow them down (measured: browser tests beside it, at nice 19 or with Lighthouse on a
// core of its own, cost pages 6–19 points of performance).
// Each step's output is printed whole when it ends (never interleaved); the summary lists every step
// with its time, and the exit code is non-zero when any step failed or could not run.
import { spawn } from 'node:child_process';

interface Step {
  script: string;
  /** Steps that must pass before this one starts. */
  needs: string[];
  /**
   * Runs at a lower CPU priority (nice 10): the static checks, which have no time limits and nothing
   * waits on but Lighthouse, give way to the build and the browser tests that wait on it (the path
   * that decides how long npm test takes). Tests keep normal priority: starved, they would hit their
   * time limits.
   */
  yields?: true;
}

const STATIC_CHECKS = ['check', 'lint', 'spell', 'audit:deps', 'deps'];
const BUILD_FREE = [...STATIC_CHECKS, 'test:unit'];
const STEPS: Step[] = [
  { script: 'build', needs: [] },
  ...STATIC_CHECKS.map((script) => ({ script, needs: [], yields: true as const })),
  { script: 'test:unit', needs: [] },
  { script: 'test:site', needs: ['build'] },
  { script: 'test:browser', needs: ['build'] },
  { script: 'test:lighthouse', needs: ['build', ...BUILD_FREE, 'test:site', 'test:browser'] },
];

type Outcome = { status: 'passed' | 'failed'; seconds: number } | { status: 'not run'; because: string };

const started = performance.now();
const outcomes = new Map<string, Outcome>();
const running = new Set<string>();

function run({ script, yields }: Step): Promise<void> {
  running.add(script);
  const begin = performance.now();
  return new Promise((resolve) => {
    const command = ['npm', 'run', '--silent', script];
    const child = yields
      ? spawn('nice', ['-n', '10', ...command], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - begin) / 1000;
      const status = code === 0 ? 'passed' : 'failed';
      outcomes.set(script, { status, seconds });
      running.delete(script);
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`\n── ${script}: ${status} in ${seconds.toFixed(1)} s ${'─'.repeat(40)}`);
      if (text) console.log(text);
      resolve();
    });
  });
}

/** Starts every step whose needs have passed; marks as not run those whose needs failed. */
function startReady(): Promise<void>[] {
  const starts: Promise<void>[] = [];
  for (const step of STEPS) {
    const { script, needs } = step;
    if (outcomes.has(script) || running.has(script)) continue;
    const blocked = needs.find((n) => outcomes.has(n) && outcomes.get(n)!.status !== 'passed');
    if (blocked) {
      outcomes.set(script, { status: 'not run', because: `${blocked} did not pass` });
      continue;
    }
    if (needs.every((n) => outcomes.get(n)?.status === 'passed')) starts.push(run(step));
  }
  return starts;
}

async function drive(): Promise<void> {
  const pending = new Set<Promise<void>>();
  const launch = () => {
    for (const p of startReady()) {
      pending.add(p);
      void p.then(() => pending.delete(p));
    }
  };
  launch();
  while (pending.size > 0) {
    await Promise.race(pending);
    launch();
  }
}

await drive();
const total = (performance.now() - started) / 1000;
console.log(`\n── npm test: ${total.toFixed(1)} s ${'─'.repeat(40)}`);
for (const { script } of STEPS) {
  const o = outcomes.get(script);
  console.log(
    `  ${script.padEnd(16)} ${!o ? 'not run' : o.status === 'not run' ? `not run (${o.because})` : `${o.status} in ${o.seconds.toFixed(1)} s`}`,
  );
}
const failed = STEPS.filter(({ script }) => outcomes.get(script)?.status !== 'passed');
process.exit(failed.length === 0 ? 0 : 1);
