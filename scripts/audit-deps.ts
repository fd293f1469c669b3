// npm run audit:deps — fails when `npm audit --omit=dev` reports a high or critical advisory in
// the dependencies the built site is made from. Where the registry's audit endpoint cannot be
// reached (some mirrors and sandboxes refuse it), it says so loudly instead of pretending to pass.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; statusCode?: number; message?: string };
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: run.stderr.trim() || 'npm audit printed no report' };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const line = '!'.repeat(100);
  console.warn(
    `${line}\n  DEPENDENCY AUDIT NOT RUN: the registry's audit endpoint refused the request (HTTP ${report.statusCode ?? 'error'}).`,
  );
  console.warn(`  Run \`npm audit --omit=dev\` where the registry's audit endpoint is reachable.\n${line}`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious > 0) {
  console.error(`✗ ${serious} high or critical advisories in production dependencies: run \`npm audit --omit=dev\` for details.`);
  process.exit(1);
}
console.log('✓ no high or critical advisories in production dependencies');
