// npm run weight — gzip bytes of HTML, CSS and JS per page type, next to a bare Starlight page built
// with the same installed versions (cached by lockfile). Pass --no-build to reuse an existing dist/.
import { weighBuiltPage } from '../src/lib/built-site.ts';
import { astroBuild } from './lib/astro-build.ts';
import { GUIDE_PATH, bareStarlightDist } from './lib/bare-starlight.ts';
import { pageTypes } from './lib/page-types.ts';

if (!process.argv.includes('--no-build')) {
  const build = await astroBuild(process.cwd());
  if (!build.ok) {
    console.error(build.output);
    process.exit(build.status ?? 1);
  }
}
const bare = weighBuiltPage(await bareStarlightDist(), GUIDE_PATH);
const rows = [
  ['bare Starlight page', bare] as const,
  ...pageTypes().map((t) => [`${t.name}${t.widgetJsKb ? ' (widget)' : ''} (${t.path})`, weighBuiltPage('dist', t.path)] as const),
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const diff = (n: number, base: number) => (n === base ? '' : ` (${n > base ? '+' : ''}${kb(n - base)})`);
console.log('\nPage weight, gzip (level 9); differences against the bare Starlight page in brackets\n');
console.log('"JS in use": once the page\'s widget is used, its own script loaded (not the parts it loads later still).\n');
console.log('| page | HTML | CSS | JS | JS in use |\n|---|---|---|---|---|');
for (const [name, w] of rows)
  console.log(
    `| ${name} | ${kb(w.html)}${diff(w.html, bare.html)} | ${kb(w.css)}${diff(w.css, bare.css)} | ${kb(w.js)}${diff(w.js, bare.js)} | ${w.jsInUse === w.js ? '' : `${kb(w.jsInUse)}${diff(w.jsInUse, bare.js)}`} |`,
  );
