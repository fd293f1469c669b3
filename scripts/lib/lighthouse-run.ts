// Runs Lighthouse (mobile, its default) with the system Chromium on each page type of a build made
// for the address it is served from, so canonical URLs and the sitemap match what is audited.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../../tests/helpers/static-server.ts';
import { CHROME_ARGS, CHROME_PATH } from '../../tests/helpers/browser.ts';
import { astroBuild } from './astro-build.ts';

export const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '/',
  'role playbook': '/roles/search-discovery/',
  'self-assessment': '/roles/search-discovery/assessment/',
  scorecard: '/scorecard/',
  hiring: '/roles/search-discovery/hiring/',
  onboarding: '/roles/search-discovery/onboarding/',
  reference: '/metrics/',
};

export interface LighthouseRow {
  name: string;
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  metrics: Record<string, string>;
  failing: string[];
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function runLighthouse(reportDir = 'reports/lighthouse'): Promise<LighthouseRow[]> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const outDir = join(process.cwd(), '.bench', 'lighthouse-dist');
  const build = await astroBuild(process.cwd(), { args: ['--outDir', outDir], env: { SITE_URL: origin } });
  if (!build.ok) throw new Error(`build for Lighthouse failed:\n${build.output}`);
  const server = await serveDist(outDir, port);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
  });
  mkdirSync(reportDir, { recursive: true });
  const rows: LighthouseRow[] = [];
  try {
    for (const [name, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      // Lighthouse sometimes fails to record a trace (runtimeError NO_NAVSTART, "please run again"):
      // that is a failed measurement, not a score, so measure again, at most three times.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: ['html', 'json'], logLevel: 'error' });
        if (!result?.lhr.runtimeError || attempt === 3) break;
      }
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${path}: ${result.lhr.runtimeError.code}`);
      const { lhr, report } = result;
      const file = name.replace(/\W+/g, '-');
      writeFileSync(join(reportDir, `${file}.html`), (report as string[])[0]!);
      writeFileSync(join(reportDir, `${file}.json`), (report as string[])[1]!);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.categories)
        .filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}: ${r.id}`));
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
      rows.push({
        name,
        path,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        metrics: {
          FCP: metric('first-contentful-paint'),
          LCP: metric('largest-contentful-paint'),
          TBT: metric('total-blocking-time'),
          CLS: metric('cumulative-layout-shift'),
          'Speed Index': metric('speed-index'),
        },
        failing,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const lines = [
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | Speed Index |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} (${r.path}) | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${Object.values(r.metrics).join(' | ')} |`,
    ),
  ];
  writeFileSync(join(reportDir, 'summary.md'), `# Lighthouse (mobile)\n\n${lines.join('\n')}\n`);
  return rows;
}
