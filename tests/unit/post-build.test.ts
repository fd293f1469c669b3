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

const INDEX = {
  site: { name: 'Test Playbook', description: 'A test site.' },
  sidebar: [{ label: 'Start here', items: [{ label: 'Roles', link: '/roles/' }] }],
  url: 'https://playbook.test/',
};

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
    expect(() => finishBuiltSite(dir, INDEX)).toThrow(
      'Broken internal links (2):\n  - /: /roles/#missing (no element with id "missing" on /roles/)\n  - /: /gone/ (no such page or file)',
    );
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(home);
    expect(existsSync(join(dir, '_headers'))).toBe(false);
    expect(existsSync(join(dir, 'roles/index.html.md'))).toBe(false);
    expect(existsSync(join(dir, 'llms.txt'))).toBe(false);
  });

  it('puts each page’s own hashes in its <meta> policy and the union in the header files', () => {
    const dir = builtSite({
      'index.html': pageHtml('<a href="/roles/#kpis">x</a><a href="/app.css">css</a>', 'a()'),
      'roles/index.html': pageHtml('<h2 id="kpis">K</h2>', 'b()'),
      'app.css': 'body{}',
    });
    expect(finishBuiltSite(dir, INDEX)).toEqual({ pages: 2, scriptHashes: 2, twins: 0 });
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toContain(
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};`,
    );
    expect(home).not.toContain(hash('b()'));
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    for (const script of ['a()', 'b()']) expect(headers).toContain(hash(script));
    expect(readFileSync(join(dir, 'nginx-security-headers.conf'), 'utf8')).toContain(hash('b()'));
  });

  it('writes a Markdown twin of each page beside it, links it from the head and lists it in llms.txt', () => {
    const page = (title: string, main: string) =>
      `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Test Playbook</title><meta name="description" content="About ${title}."></head><body><nav><a href="/roles/">nav</a></nav><main><h1 id="_top">${title}</h1>${main}<footer><a href="/">Previous</a></footer></main></body></html>`;
    const dir = builtSite({
      'index.html': page('Home', '<p>See <a href="/roles/">the roles</a>.</p>'),
      'roles/index.html': page(
        'The roles',
        '<table><thead><tr><th>Role</th><th>Owns</th></tr></thead><tbody><tr><td>Search</td><td>Synonyms</td></tr></tbody></table>',
      ),
      '404.html': page('Not found', '<p>Gone.</p>'),
    });
    expect(finishBuiltSite(dir, INDEX)).toMatchObject({ pages: 3, twins: 2 });
    const twin = readFileSync(join(dir, 'roles/index.html.md'), 'utf8');
    expect(twin).toBe(
      '# The roles\n\n> About The roles.\n\nWeb page: <https://playbook.test/roles/>\n\n| Role | Owns |\n| - | - |\n| Search | Synonyms |\n',
    );
    expect(readFileSync(join(dir, 'index.html.md'), 'utf8')).toContain('See [the roles](/roles/).');
    expect(existsSync(join(dir, '404.html.md'))).toBe(false);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]+"><link rel="alternate" type="text\/markdown" href="\/index.html.md">/,
    );
    expect(readFileSync(join(dir, '404.html'), 'utf8')).not.toContain('text/markdown');
    expect(readFileSync(join(dir, 'llms.txt'), 'utf8')).toBe(
      [
        '# Test Playbook',
        '',
        '> A test site.',
        '',
        'Each link below is the Markdown version of one page of this site, with the tables and lists the page shows.',
        'The page itself is at the same address without the trailing "index.html.md".',
        '',
        '## Start here',
        '',
        '- [Home](https://playbook.test/index.html.md): About Home.',
        '- [The roles](https://playbook.test/roles/index.html.md): About The roles.',
        '',
      ].join('\n'),
    );
  });
});
