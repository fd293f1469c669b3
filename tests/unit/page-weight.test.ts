import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { parsePage } from '../../src/lib/html-page.ts';
import { weighPage } from '../../src/lib/page-weight.ts';

const files: Record<string, string> = {
  // Minified bundles as Vite writes them: static imports without spaces, a re-export, a lazy import.
  '/_astro/a.js': 'import"./b.js";import{c as d}from"/_astro/c.js";console.log("a".repeat(50),d);const l=()=>import("./lazy.js");',
  '/_astro/b.js': 'export const b = "b".repeat(80);',
  '/_astro/c.js': 'export*from"./b.js";export const c = "c".repeat(30);',
  '/_astro/m.js': 'import{t as e}from"./loader.js";e(`w-x`,`/_astro/widget.js`);',
  '/_astro/loader.js': 'export const t = (tag, url) => import(url);',
  // Loaded on first use by URL (load-on-first-use.ts); it imports a shared chunk and names a later part.
  '/_astro/widget.js': 'import"./b.js";import"./shared.js";const tools="/_astro/tools.js";',
  '/_astro/shared.js': 'export const s = "shared".repeat(20);',
  '/_astro/tools.js': 'export const tools = "later still";',
  '/_astro/lazy.js': 'export const lazy = "only when asked";',
  '/_astro/s.css': 'body{color:red}',
};
const html = `<html><head><link rel="stylesheet" href="/_astro/s.css"><link rel="stylesheet" href="https://cdn.test/x.css">
<link rel="modulepreload" href="m.js"><style>p{margin:0}</style>
<script type="module" src="/_astro/a.js"></script><script>window.x=1</script>
<script type="application/ld+json">{"@context":"x"}</script></head><body></body></html>`;
const read = (p: string) => {
  if (!(p in files)) throw new Error(`read ${p}`);
  return Buffer.from(files[p]!);
};
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('page weight', () => {
  it('counts the page’s stylesheets, its scripts and the chunks they import statically, once each, with inline code', () => {
    const w = weighPage(parsePage('/_astro/', html), read);
    const js = ['/_astro/a.js', '/_astro/b.js', '/_astro/c.js', '/_astro/m.js', '/_astro/loader.js'].reduce((n, p) => n + gz(files[p]!), 0);
    expect(w.js).toBe(js + gz('window.x=1'));
    expect(w.css).toBe(gz(files['/_astro/s.css']!) + gz('p{margin:0}'));
    expect(w.html).toBe(gz(html));
  });

  it('counts, in use, the scripts the page loads by URL on first use with their imports, once each, but not what those load later', () => {
    const w = weighPage(parsePage('/_astro/', html), read);
    expect(w.jsInUse).toBe(w.js + gz(files['/_astro/widget.js']!) + gz(files['/_astro/shared.js']!));
  });

  it('leaves out lazily imported chunks and other origins', () => {
    const asked: string[] = [];
    weighPage(parsePage('/_astro/', html), (p) => (asked.push(p), read(p)));
    expect(asked).not.toContain('/_astro/lazy.js');
    expect(asked.some((p) => p.includes('cdn.test') || p.endsWith('x.css'))).toBe(false);
  });
});
