// npm run bench:scale — how the build cost grows with the page count, next to bare Starlight.
//
// For each size (default 60, 300 and 600 HTML pages) it builds, interleaved in the same run:
//   cold  this project with synthetic content and an empty link-preview cache,
//   warm  the same project again, with only the cache the cold build left (what a CI that keeps
//         .cache/og/ sees),
//   bare  a bare Starlight site with the same number of pages.
// Every build starts without Astro's own caches (dist/, .astro/, node_modules/.astro). The sizes are
// measured in rounds (default 3), cold/warm/bare side by side, and a size whose times spread by more
// than a quarter is measured again (up to two more times): the machine is shared, so one slow build
// says little. The table shows medians with the spread, and beside wall time the CPU time of the build
// process, which other agents' load disturbs less. The marginal cost per page is Δseconds/Δpages
// between the two largest sizes, compared with bare Starlight's.
//
// The pages are added as synthetic roles (four pages each; the default), or with `--grow guides` as
// copies of the very page bare Starlight grows by. A role names every other role (collaboration,
// meetings, RACI letters), so role content grows with the square of the role count; the copied page
// is the same on both sides, which tells the cost per page of this build from the cost of role content.
//
// Usage: npm run bench:scale [-- 60 300 600] [-- --rounds 1] [-- --grow guides]
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addSyntheticGuides, addSyntheticRoles } from './lib/synthetic-roles.ts';
import { copyProject } from './lib/project-copy.ts';
import { writeBareStarlight } from './lib/bare-starlight.ts';
import { astroBuild } from './lib/astro-build.ts';

const ROOT = process.cwd();
const BENCH = join(ROOT, '.bench');
/** How each kind of synthetic content adds pages: a role adds four (playbook, self-assessment, hiring kit, onboarding plan). */
const GROWTH = {
  roles: { pagesPerUnit: 4, add: addSyntheticRoles },
  guides: { pagesPerUnit: 1, add: addSyntheticGuides },
};
const TARGET_MARGINAL_RATIO = 2; // warm marginal cost per page ≤ 2× bare Starlight's
const TARGET_PEAK_RATIO = 1.3; // peak memory ≤ 1.3× bare Starlight's
const NOISY_SPREAD = 0.25;
const MAX_EXTRA_ROUNDS = 2;

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const rounds = Number(flag('--rounds') ?? 3);
const grow = flag('--grow') ?? 'roles';
const sizes = args.map(Number);
if (!Number.isInteger(rounds) || rounds < 1 || !(grow in GROWTH) || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    'Usage: npm run bench:scale [-- <pages> …] [-- --rounds <n>] [-- --grow roles|guides]   e.g. npm run bench:scale -- 60 300 --rounds 1',
  );
  process.exit(2);
}
const growth = GROWTH[grow as keyof typeof GROWTH];
const targets = (sizes.length ? sizes : [60, 300, 600]).sort((a, b) => a - b);

type Kind = 'cold' | 'warm' | 'bare';
const KINDS: Kind[] = ['cold', 'warm', 'bare'];
interface Run {
  seconds: number;
  /** CPU seconds of the build process (all its threads; not the Pagefind binary it starts): less noisy than wall time. */
  cpu: number;
  peakMb: number;
  /** The machine's 1-minute load average when the build started (2 cores: above 2 means waiting). */
  load: number;
}

const countFiles = (dir: string, suffix: string): number =>
  readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countFiles(path, suffix) : name.endsWith(suffix) ? 1 : 0);
  }, 0);
const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
/** CPU seconds of this process's finished children (cutime + cstime in /proc/self/stat, in clock ticks of 1/100 s). */
const childrenCpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const spread = (xs: number[]) => Math.max(...xs) / Math.min(...xs) - 1;
/** Inode of every cached image: a re-rendered image is written to a new file and renamed, so its inode changes. */
const inodes = (dir: string) => new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).ino]));

/** Builds `dir` from scratch (no dist/ or Astro caches); throws with Astro's output when it fails. */
async function measure(label: string, dir: string, env: Record<string, string> = {}): Promise<Run> {
  for (const cache of ['dist', '.astro', 'node_modules']) rmSync(join(dir, cache), { recursive: true, force: true });
  const load = loadAverage();
  const cpuBefore = childrenCpu();
  const result = await astroBuild(dir, { env });
  const cpu = childrenCpu() - cpuBefore;
  if (!result.ok) throw new Error(`${label} build failed:\n${result.output.slice(-3000)}`);
  console.log(`  ${label}: ${result.seconds.toFixed(1)} s, CPU ${cpu.toFixed(1)} s, ${result.peakMb} MB (load ${load.toFixed(1)})`);
  return { seconds: result.seconds, cpu, peakMb: result.peakMb, load };
}

// How many HTML pages the project builds without synthetic content (also warms the disk cache).
const base = copyProject(join(BENCH, 'scale-base'));
await measure('project as it is', base.dir, { OG_CACHE_DIR: join(BENCH, 'og-cache-base') });
const basePages = countFiles(join(base.dir, 'dist'), '.html');
base.dispose();
rmSync(join(BENCH, 'og-cache-base'), { recursive: true, force: true });

interface Size {
  target: number;
  ours: string;
  bare: string;
  cache: string;
  pages: number;
  barePages: number;
  runs: Record<Kind, Run[]>;
}
const prepared: Size[] = targets.map((target) => {
  const ours = copyProject(join(BENCH, `scale-${target}`)).dir;
  growth.add(ours, Math.max(0, Math.ceil((target - basePages) / growth.pagesPerUnit)));
  return {
    target,
    ours,
    bare: '',
    cache: join(BENCH, `og-cache-${target}`),
    pages: 0,
    barePages: 0,
    runs: { cold: [], warm: [], bare: [] },
  };
});

async function measureSize(size: Size): Promise<void> {
  console.log(`~${size.target} pages:`);
  rmSync(size.cache, { recursive: true, force: true });
  const env = { OG_CACHE_DIR: size.cache };
  size.runs.cold.push(await measure('cold (empty link-preview cache)', size.ours, env));
  size.pages = countFiles(join(size.ours, 'dist'), '.html');
  const images = countFiles(join(size.ours, 'dist', 'og'), '.png');
  const cached = inodes(size.cache);
  if (cached.size !== images) throw new Error(`the cold build cached ${cached.size} images for ${images} PNG files in dist/og/`);

  size.runs.warm.push(await measure('warm (cache from the cold build)', size.ours, env));
  const after = inodes(size.cache);
  const rendered = [...after].filter(([name, ino]) => cached.get(name) !== ino).length;
  if (rendered > 0) throw new Error(`the warm build rendered ${rendered} of ${images} link-preview images again`);

  // Same number of HTML pages: the bare site's guides plus its home page and 404 page.
  size.bare ||= writeBareStarlight(size.pages - 2, join(BENCH, `bare-${size.target}`));
  size.runs.bare.push(await measure('bare Starlight', size.bare));
  size.barePages = countFiles(join(size.bare, 'dist'), '.html');
}

for (let round = 1; round <= rounds; round++) {
  console.log(`\nRound ${round} of ${rounds}`);
  for (const size of prepared) await measureSize(size);
}
for (let extra = 1; extra <= MAX_EXTRA_ROUNDS; extra++) {
  const noisy = prepared.filter((s) => KINDS.some((k) => spread(s.runs[k].map((r) => r.seconds)) > NOISY_SPREAD));
  if (noisy.length === 0) break;
  console.log(`\nMeasuring again (times spread by more than ${NOISY_SPREAD * 100}%): ${noisy.map((s) => s.target).join(', ')}`);
  for (const size of noisy) await measureSize(size);
}
for (const size of prepared) for (const dir of [size.ours, size.bare, size.cache]) rmSync(dir, { recursive: true, force: true });

const seconds = (s: Size, k: Kind) => median(s.runs[k].map((r) => r.seconds));
const cpu = (s: Size, k: Kind) => median(s.runs[k].map((r) => r.cpu));
const peak = (s: Size, k: Kind) => median(s.runs[k].map((r) => r.peakMb));
const pagesOf = (s: Size, k: Kind) => (k === 'bare' ? s.barePages : s.pages);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const vsBare = (s: Size, k: Kind, of: (s: Size, k: Kind) => number) => (k === 'bare' ? '' : `${(of(s, k) / of(s, 'bare')).toFixed(2)}×`);

console.log(
  `\nProject without synthetic content: ${basePages} HTML pages; pages added as synthetic ${grow}. ` +
    `Medians of ${rounds}+ rounds; ± is the spread (max/min − 1).\n`,
);
console.log('| pages | build | time | ± | per page | CPU | per page | peak memory | ± | time vs bare | CPU vs bare | memory vs bare |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const s of prepared)
  for (const k of KINDS) {
    const runs = s.runs[k];
    console.log(
      `| ${pagesOf(s, k)} | ${k} | ${seconds(s, k).toFixed(1)} s | ${pct(spread(runs.map((r) => r.seconds)))} | ` +
        `${((seconds(s, k) * 1000) / pagesOf(s, k)).toFixed(0)} ms | ${cpu(s, k).toFixed(1)} s | ${((cpu(s, k) * 1000) / pagesOf(s, k)).toFixed(0)} ms | ` +
        `${peak(s, k).toFixed(0)} MB | ${pct(spread(runs.map((r) => r.peakMb)))} | ` +
        `${vsBare(s, k, seconds)} | ${vsBare(s, k, cpu)} | ${vsBare(s, k, peak)} |`,
    );
  }

const loads = prepared.flatMap((s) => KINDS.flatMap((k) => s.runs[k].map((r) => r.load)));
console.log(`\nLoad average at the start of the builds: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (2 cores).`);

if (prepared.length >= 2) {
  const [small, large] = prepared.slice(-2) as [Size, Size];
  const marginal = (k: Kind, of: (s: Size, k: Kind) => number) =>
    ((of(large, k) - of(small, k)) * 1000) / (pagesOf(large, k) - pagesOf(small, k));
  console.log(`\nMarginal cost per page between ${small.pages} and ${large.pages} pages (Δseconds/Δpages):\n`);
  console.log('| build | time per page | vs bare | CPU per page | vs bare |\n|---|---|---|---|---|');
  const ratio = (k: Kind, of: (s: Size, k: Kind) => number) =>
    k === 'bare' ? '' : `${(marginal(k, of) / marginal('bare', of)).toFixed(2)}×`;
  for (const k of KINDS)
    console.log(
      `| ${k} | ${marginal(k, seconds).toFixed(1)} ms | ${ratio(k, seconds)} | ${marginal(k, cpu).toFixed(1)} ms | ${ratio(k, cpu)} |`,
    );

  const bareMarginal = marginal('bare', seconds);
  const warmRatio = marginal('warm', seconds) / bareMarginal;
  const peakRatio = Math.max(...prepared.map((s) => peak(s, 'warm') / peak(s, 'bare')));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `\nTargets: warm marginal cost per page ≤ ${TARGET_MARGINAL_RATIO}× bare: ` +
      (bareMarginal > 0
        ? `${warmRatio.toFixed(2)}×, ${verdict(warmRatio <= TARGET_MARGINAL_RATIO)}`
        : 'not comparable (bare Starlight got no slower: too noisy, or the sizes are too close)') +
      `; warm peak memory ≤ ${TARGET_PEAK_RATIO}× bare at every size: ${peakRatio.toFixed(2)}×, ${verdict(peakRatio <= TARGET_PEAK_RATIO)}.`,
  );
}
