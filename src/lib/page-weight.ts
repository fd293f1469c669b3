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
  /** JavaScript loaded with the page. */
  js: number;
  /**
   * JavaScript once the page's widgets are in use: also the scripts that the page's own scripts load
   * on first use by URL (load-on-first-use.ts), with what they import statically; not the parts
   * those load later still (`*-tools.ts`).
   */
  jsInUse: number;
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
  const source = (path: string) => read(path).toString('utf8');
  const withImports = (entries: string[], into = new Set<string>()) => {
    const queue = [...entries];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (into.has(path)) continue;
      into.add(path);
      queue.push(...staticImports(source(path), path).filter((p) => !into.has(p)));
    }
    return into;
  };
  const onArrival = withImports(localPaths([...scripts, ...modulePreloads], page.path));
  const inUse = withImports(
    [...onArrival].flatMap((p) => scriptUrls(source(p))),
    new Set(onArrival),
  );
  const inline = inlineScripts.reduce((n, s) => n + gz(s), 0);
  const weigh = (files: Set<string>) => [...files].reduce((n, p) => n + gz(read(p)), 0) + inline;
  return {
    html: gz(page.html),
    css: localPaths(stylesheets, page.path).reduce((n, p) => n + gz(read(p)), 0) + inlineStyles.reduce((n, s) => n + gz(s), 0),
    js: weigh(onArrival),
    jsInUse: weigh(inUse),
  };
}

/**
 * The built scripts a script names by URL to load them itself. Vite writes the URL of a `?chunk`
 * import (src/integrations/lazy-chunk.ts) as a string literal of the form "/_astro/name.hash.js";
 * es-module-lexer sees only import statements, so the literals are found by their shape.
 */
function scriptUrls(source: string): string[] {
  return [...source.matchAll(/[`'"](\/_astro\/[\w.-]+\.js)[`'"]/g)].map((m) => m[1]!);
}
