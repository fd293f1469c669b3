import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { parsePage } from '../../src/lib/html-page.ts';
import {
  contentSecurityPolicy,
  netlifyHeaders,
  nginxHeaders,
  scriptHashes,
  SECURITY_HEADERS,
  withCspMeta,
} from '../../src/lib/security-headers.ts';

// The script text exactly as written in the fixture below, hashed here without the code under test.
const SCRIPT = `\n      document.documentElement.dataset.theme = localStorage.getItem('theme') ?? 'dark';\n    `;
const EXPECTED = `'sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}'`;
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>x</title><script>${SCRIPT}</script>
<script type="application/json">{"not":"code"}</script><script type="module" src="/_astro/a.js"></script></head>
<body><p>café &amp; co</p></body></html>`;

describe('Content-Security-Policy', () => {
  const page = parsePage('/x/', HTML);

  it('hashes exactly the text of the inline script, as an independent SHA-256 gives it', () => {
    expect(scriptHashes(page)).toEqual([EXPECTED]);
    // The value browsers print in their CSP violation message for an inline "alert(1)".
    expect(scriptHashes(parsePage('/', '<script>alert(1)</script>'))).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
  });

  it('inserts the policy right after <meta charset> and leaves every other byte of the page as it was', () => {
    const out = withCspMeta(page);
    const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([EXPECTED], 'meta')}">`;
    const at = HTML.indexOf('<meta charset="utf-8" />') + '<meta charset="utf-8" />'.length;
    expect(out).toBe(HTML.slice(0, at) + tag + HTML.slice(at));
    expect(out.indexOf(tag)).toBeLessThan(out.indexOf('<script'));
  });

  it('is strict: scripts from the site and by hash, no inline or eval, frame-ancestors only in the header', () => {
    const meta = contentSecurityPolicy([EXPECTED, EXPECTED], 'meta');
    expect(meta.split('; ')).toContain(`script-src 'self' 'wasm-unsafe-eval' ${EXPECTED}`);
    expect(meta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy([EXPECTED], 'header')).toContain("frame-ancestors 'none'");
  });

  it('refuses a page where the policy cannot come before its scripts', () => {
    expect(() => withCspMeta(parsePage('/a/', '<p>no head at all</p>'))).toThrow('/a/: no <head> to put the Content-Security-Policy in');
    expect(() => withCspMeta(parsePage('/b/', '<head><script>early()</script><meta charset="utf-8"></head>'))).toThrow(
      '/b/: a <script> comes before <meta charset>',
    );
  });

  it('writes the same policy and headers for Netlify/Cloudflare and nginx', () => {
    const policy = contentSecurityPolicy([EXPECTED], 'header');
    expect(netlifyHeaders(policy).split('\n')).toEqual([
      '/*',
      `  Content-Security-Policy: ${policy}`,
      ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
      '',
    ]);
    expect(nginxHeaders(policy)).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(nginxHeaders(policy)).toContain(`add_header ${k} "${v}" always;`);
  });
});
