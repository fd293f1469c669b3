// Strict Content-Security-Policy in every page and in the header files for static hosts. The
// expected hashes are computed here with node:crypto from the scripts the page model reads, not by
// the code that wrote the policies.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { metaContent } from '../../src/lib/html-page.ts';
import { SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { redirects } from '../../src/redirects.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const site = readBuiltSite('dist');
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(' '))
      .map(([name, ...values]) => [name!, values]),
  );
const hashesIn = (sources: string[]) => sources.filter((s) => s.startsWith("'sha256-")).sort();

/** `Name: value` lines of `_headers` and `add_header Name "value" always;` lines of the nginx snippet. */
const headerLines = (text: string) =>
  new Map(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.includes(': ') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
  );
const nginxLines = (text: string) =>
  new Map(
    text
      .split('\n')
      .filter((line) => line.startsWith('add_header '))
      .map((line) => {
        const rest = line.slice('add_header '.length);
        const name = rest.slice(0, rest.indexOf(' '));
        // A line of another shape keeps no value, so the comparison with _headers fails on it.
        return [name, rest.endsWith('" always;') ? rest.slice(name.length + 2, -'" always;'.length) : undefined];
      }),
  );

describe('Content-Security-Policy in every page', () => {
  it('is read from every page the sitemap lists, and the 404 page', () =>
    expect(site.pages.map((p) => p.path)).toEqual(expect.arrayContaining([...sitemapPaths(), '/404.html'])));

  it.each(site.pages.map((p) => [p.path, p] as const))(
    '%s allows exactly its own inline scripts, before any of them runs',
    (_path, page) => {
      const metas = page.metas.filter((m) => m.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(metas).toHaveLength(1);
      const policy = directives(metaContent(page, 'http-equiv', 'Content-Security-Policy')!);
      const scripts = policy.get('script-src')!;
      expect(hashesIn(scripts)).toEqual([...new Set(page.inlineScripts.map(hashOf))].sort());
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      // The policy governs only what comes after it; the charset stays within the first 1024 bytes.
      for (const script of page.scripts) expect(script.offset).toBeGreaterThan(metas[0]!.offset);
      const charset = page.metas.find((m) => 'charset' in m.attributes)!;
      expect(Buffer.byteLength(page.html.slice(0, charset.offset))).toBeLessThan(1024);
    },
  );
});

describe('header files for static hosts', () => {
  const headers = headerLines(readFileSync('dist/_headers', 'utf8'));
  const nginx = nginxLines(readFileSync('dist/nginx-security-headers.conf', 'utf8'));
  const allHashes = [...new Set(site.pages.flatMap((p) => p.inlineScripts.map(hashOf)))].sort();

  it('_headers sends the policy with the union of every page’s hashes, frame-ancestors and the other security headers', () => {
    const policy = directives(headers.get('Content-Security-Policy')!);
    expect(hashesIn(policy.get('script-src')!)).toEqual(allHashes);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
  });

  it('the nginx snippet sends the same headers', () => expect(nginx).toEqual(headers));

  it('_redirects answers every old URL, and only those, with a 301', () => {
    const lines = readFileSync('dist/_redirects', 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split(' '))).toEqual(Object.entries(redirects).map(([from, to]) => [from, to, '301']));
  });
});
