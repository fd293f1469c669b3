/**
 * Page weight: the gzip bytes of a built page's HTML and of the CSS and JavaScript it loads
 * (external files and inline blocks). Pure apart from the file reader it is given.
 */
import { gzipSync } from 'node:zlib';
import { ImportType, initSync, parse as parseModule } from 'es-module-lexer';
import type { HtmlPage } from './html-page.ts';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Same-site URL paths of what a page's HTML refers to, resolved against the page ("/_astro/x.js"). */
function localPaths(urls: readonly string[], pagePath: string): string[] {
  const paths = urls
    .map((u) => new URL(u, `http://site${pagePath}`))
    .filter((u) => u.origin === 'http://site')
    .map((u) => u.pathname);
  return [...new Set(paths)];
}

/** The modules a JavaScript module imports statically (`import … from`, `export … from`), as URL paths. */
function staticImports(source: string, modulePath: string): string[] {
  initSync();
  const [imports] = parseModule(source, modulePath);
  const specifiers = imports.filter((i) => i.t === ImportType.Static && i.n !== undefined).map((i) => i.n!);
  return localPaths(specifiers, modulePath);
}

/**
 * Weighs one page. Inline blocks count inside the HTML's bytes (they are part of that
 * response) and again in the CSS/JS figures so that the totals per kind are comparable.
 * `read` returns a built file's contents by its URL path, including JS imported by JS.
 */
export function weighPage(page: Pick<HtmlPage, 'path' | 'html' | 'assets'>, read: (urlPath: string) => Buffer): PageWeight {
  const { stylesheets, scripts, modulePreloads, inlineStyles, inlineScripts } = page.assets;
  const jsFiles = new Set<string>();
  const queue = localPaths([...scripts, ...modulePreloads], page.path);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (jsFiles.has(path)) continue;
    jsFiles.add(path);
    queue.push(...staticImports(read(path).toString('utf8'), path).filter((p) => !jsFiles.has(p)));
  }
  return {
    html: gz(page.html),
    css: localPaths(stylesheets, page.path).reduce((n, p) => n + gz(read(p)), 0) + inlineStyles.reduce((n, s) => n + gz(s), 0),
    js: [...jsFiles].reduce((n, p) => n + gz(read(p)), 0) + inlineScripts.reduce((n, s) => n + gz(s), 0),
  };
}
