// The post-build step, run in process on a small built site in a temporary folder (no Astro build).
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { finishBuiltSite } from '../../src/integrations/post-build.ts';

let dist: string | undefined;
afterEach(() => dist && rmSync(dist, { recursive: true, force: true }));

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const pageHtml = (body: string, script: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>${script}</script></head><body>${body}</body></html>`;

function builtSite(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'post-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('the post-build step', () => {
  it('fails on a broken link or anchor, naming page, href and reason, and changes nothing', () => {
    const home = pageHtml('<a href="/roles/#missing">x</a><a href="/gone/">y</a>', 'a()');
    const dir = builtSite({ 'index.html': home, 'roles/index.html': pageHtml('<h2 id="kpis">K</h2>', 'b()') });
    expect(() => finishBuiltSite(dir)).toThrow(
      'Broken internal links (2):\n  - /: /roles/#missing (no element with id "missing" on /roles/)\n  - /: /gone/ (no such page or file)',
    );
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(home);
    expect(existsSync(join(dir, '_headers'))).toBe(false);
  });

  it('puts each page’s own hashes in its <meta> policy and the union in the header files', () => {
    const dir = builtSite({
      'index.html': pageHtml('<a href="/roles/#kpis">x</a><a href="/app.css">css</a>', 'a()'),
      'roles/index.html': pageHtml('<h2 id="kpis">K</h2>', 'b()'),
      'app.css': 'body{}',
    });
    expect(finishBuiltSite(dir)).toEqual({ pages: 2, scriptHashes: 2 });
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toContain(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};`,
    );
    expect(home).not.toContain(hash('b()'));
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    for (const script of ['a()', 'b()']) expect(headers).toContain(hash(script));
    expect(readFileSync(join(dir, 'nginx-security-headers.conf'), 'utf8')).toContain(hash('b()'));
  });
});
