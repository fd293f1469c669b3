// npm run weight — gzip bytes of HTML, CSS and JS per page type, next to a bare Starlight page
// built with the same versions in the same run. Pass --no-build to reuse an existing dist/.
import { spawnSync } from 'node:child_process';
import { weighBuiltPage } from '../src/lib/built-site.ts';
import { buildBareStarlight } from './lib/bare-starlight.ts';

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'role playbook': '/roles/search-discovery/',
  'roles compared': '/roles/',
  'KPI catalogue': '/metrics/',
  glossary: '/glossary/',
  'working together': '/working-together/',
  'self-assessment (widget)': '/roles/search-discovery/assessment/',
  'scorecard (widget)': '/scorecard/',
  'hiring kit (widget)': '/roles/search-discovery/hiring/',
  'onboarding plan (widget)': '/roles/search-discovery/onboarding/',
  'start small (widget)': '/start-small/',
};

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const bare = weighBuiltPage(await buildBareStarlight(), '/guide/');
const rows = [
  ['bare Starlight page', bare] as const,
  ...Object.entries(PAGE_TYPES).map(([name, path]) => [`${name} (${path})`, weighBuiltPage('dist', path)] as const),
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const diff = (n: number, base: number) => (n === base ? '' : ` (${n > base ? '+' : ''}${kb(n - base)})`);
console.log('\nPage weight, gzip (level 9); differences against the bare Starlight page in brackets\n');
console.log('| page | HTML | CSS | JS |\n|---|---|---|---|');
for (const [name, w] of rows)
  console.log(
    `| ${name} | ${kb(w.html)}${diff(w.html, bare.html)} | ${kb(w.css)}${diff(w.css, bare.css)} | ${kb(w.js)}${diff(w.js, bare.js)} |`,
  );
