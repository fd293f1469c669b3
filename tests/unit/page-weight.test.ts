import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { assetsOf, weighPage } from '../../src/lib/page-weight.ts';

const files: Record<string, string> = {
  '/_astro/a.js': 'import "./b.js"; console.log("a".repeat(50));',
  '/_astro/b.js': 'export const b = "b".repeat(80);',
  '/_astro/s.css': 'body{color:red}',
};
const html = `<html><head><link rel="stylesheet" href="/_astro/s.css"><style>p{margin:0}</style>
<script type="module" src="/_astro/a.js"></script><script>window.x=1</script>
<script type="application/ld+json">{"@context":"x"}</script></head><body></body></html>`;
const read = (p: string) => Buffer.from(files[p] ?? '');
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('page weight', () => {
  it('finds stylesheets, scripts and inline blocks, ignoring JSON scripts', () => {
    expect(assetsOf(html)).toEqual({ css: ['/_astro/s.css'], js: ['/_astro/a.js'], inlineCss: ['p{margin:0}'], inlineJs: ['window.x=1'] });
  });

  it('counts imported chunks once and inline code with its kind', () => {
    const w = weighPage(html, read);
    expect(w.js).toBe(gz(files['/_astro/a.js']!) + gz(files['/_astro/b.js']!) + gz('window.x=1'));
    expect(w.css).toBe(gz(files['/_astro/s.css']!) + gz('p{margin:0}'));
    expect(w.html).toBe(gz(html));
  });
});
