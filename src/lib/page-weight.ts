/**
 * Page weight: the gzip bytes of a built page's HTML and of the CSS and JavaScript it loads
 * (external files and inline blocks). Pure apart from the file reader it is given.
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Local URLs of stylesheets and scripts a page loads, with its inline style and script blocks. */
export function assetsOf(html: string): { css: string[]; js: string[]; inlineCss: string[]; inlineJs: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /rel="stylesheet"/.test(t))
    .map((t) => attr(t, 'href')!);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map((m) => attr(m[0], 'href')!);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const js = [...new Set([...scripts.map((m) => attr(m[1]!, 'src')).filter((s): s is string => !!s), ...preloads])];
  const inlineJs = scripts.filter((m) => !attr(m[1]!, 'src') && !/type="application\/(ld\+)?json"/.test(m[1]!)).map((m) => m[2]!);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return { css: css.filter((h) => h.startsWith('/')), js: js.filter((s) => s.startsWith('/')), inlineCss, inlineJs };
}

/**
 * Weighs one page. Inline blocks count inside the HTML's bytes (they are part of that
 * response) and again in the CSS/JS figures so that the totals per kind are comparable.
 * `read` returns a built file's contents by its URL path, including JS imported by JS.
 */
export function weighPage(html: string, read: (urlPath: string) => Buffer): PageWeight {
  const a = assetsOf(html);
  const jsFiles = new Set<string>();
  const queue = [...a.js];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (jsFiles.has(path)) continue;
    jsFiles.add(path);
    // Follow static imports between bundles ("./chunk.js" or "/_astro/chunk.js").
    for (const m of read(path)
      .toString('utf8')
      .matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const target = new URL(m[1]!, `http://site${path}`).pathname;
      if (!jsFiles.has(target)) queue.push(target);
    }
  }
  return {
    html: gz(html),
    css: a.css.reduce((n, p) => n + gz(read(p)), 0) + a.inlineCss.reduce((n, s) => n + gz(s), 0),
    js: [...jsFiles].reduce((n, p) => n + gz(read(p)), 0) + a.inlineJs.reduce((n, s) => n + gz(s), 0),
  };
}
