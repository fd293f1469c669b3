// Strict Content-Security-Policy in every page and in the header files for static hosts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { SECURITY_HEADERS, inlineScripts, sha256 } from '../../src/lib/security-headers.ts';
import { redirects } from '../../src/redirects.ts';

const site = readBuiltSite('dist');
const cspOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  it.each(site.pages.map((p) => [p.path, p.html]))('%s carries a strict policy that allows exactly its inline scripts', (_path, html) => {
    const policy = cspOf(html);
    expect(policy).toBeDefined();
    const scripts = directive(policy!, 'script-src');
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const s of inlineScripts(html)) expect(scripts).toContain(sha256(s));
    expect(scripts.match(/'sha256-/g)?.length ?? 0).toBe(new Set(inlineScripts(html).map(sha256)).size);
    expect(directive(policy!, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy!, 'base-uri')).toBe("base-uri 'self'");
    // The policy comes before any script, and the charset stays within the first bytes.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<meta charset')).toBeLessThan(200);
  });
});

describe('header files for static hosts', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const nginx = readFileSync('dist/nginx-security-headers.conf', 'utf8');
  const allHashes = new Set(site.pages.flatMap((p) => inlineScripts(p.html).map(sha256)));

  it('_headers sends the policy with every hash, frame-ancestors and the other security headers', () => {
    const policy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    for (const h of allHashes) expect(policy).toContain(h);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(directive(policy, 'script-src')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`  ${name}: ${value}`);
  });

  it('the nginx snippet sends the same headers', () => {
    expect(nginx).toContain(`add_header Content-Security-Policy "${/Content-Security-Policy: (.+)/.exec(headers)![1]!}" always;`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });

  it('_redirects answers every old URL with a 301', () => {
    const text = readFileSync('dist/_redirects', 'utf8');
    for (const [from, to] of Object.entries(redirects)) expect(text).toContain(`${from} ${to} 301`);
  });
});
