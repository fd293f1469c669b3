// Checks every content file against its schema and every cross-reference, without a build.
// Usage: npm run check:content   (the build runs the same check and fails on any problem)
import { checkContent, formatProblem } from '../src/lib/integrity/index.ts';
import { readContent } from '../src/lib/content-files.ts';

const problems = checkContent(readContent(process.cwd()));
for (const p of problems) console.error(`✗ ${formatProblem(p)}`);
console.log(problems.length === 0 ? '✓ content is valid' : `${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
