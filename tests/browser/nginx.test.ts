// The documented deployment is the tested one: dist/ served by nginx with README.md's server block
// (see scripts/lib/nginx.ts) sends the generated security headers on every response, declares UTF-8
// for pages and text files, answers an unknown URL with the 404 page and status 404, and in a real
// browser every old URL lands on its new page with its #anchor, and a page opened at a promised
// #anchor is scrolled to it. Text is sent gzip-compressed to a client that accepts it.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserHarness, hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { redirects } from '../../src/redirects.ts';
import { MANIFEST_FILE } from '../../scripts/lib/current-permalinks.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

const DIST = join(process.cwd(), 'dist');

/** The headers of dist/nginx-security-headers.conf: one `add_header Name "value" always;` per line. */
function generatedHeaders(): Record<string, string> {
  const lines = readFileSync(join(DIST, 'nginx-security-headers.conf'), 'utf8').split('\n');
  return Object.fromEntries(
    lines
      .filter((l) => l.startsWith('add_header '))
      .map((l) => {
        const rest = l.slice('add_header '.length);
        const name = rest.slice(0, rest.indexOf(' '));
        return [name, rest.slice(rest.indexOf('"') + 1, rest.lastIndexOf('"'))];
      }),
  );
}

/** Every file of dist/ as the URL a reader requests: /roles/ for roles/index.html. */
function distUrls(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => statSync(join(DIST, f)).isFile())
    .map((f) => `/${relative(DIST, join(DIST, f)).split(sep).join('/')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

const promised: Record<string, string[]> = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')).pages;

/** The promised anchor of `path` that lies furthest down the page: the one a browser must scroll to most. */
async function deepestAnchor(page: Page, origin: string, path: string): Promise<string> {
  await page.goto(origin + path);
  const offsets = await page.evaluate(
    (ids) => ids.map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Number.NEGATIVE_INFINITY),
    promised[path]!,
  );
  return promised[path]![offsets.indexOf(Math.max(...offsets))]!;
}

/** Whether the element with `id` is on screen and not covered (by the sticky header, say). */
const onScreen = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return `no element #${id}`;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.top >= innerHeight) return `#${id} is ${Math.round(box.top)} px from the top of a ${innerHeight} px window`;
    const hit = document.elementFromPoint(box.left + Math.min(4, box.width / 2), box.top + Math.min(4, box.height / 2));
    return hit && (el.contains(hit) || hit.contains(el)) ? 'on screen' : `#${id} is covered by ${hit?.outerHTML.slice(0, 80)}`;
  }, id);

/** A GET of `url` with exactly these request headers (fetch would add its own Accept-Encoding). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

/** The endings of the text files the site serves: pages, stylesheets, scripts, icons, the API, Markdown twins, llms.txt, the feed. */
const TEXT_ENDINGS = ['/', '.css', '.js', '.svg', '.json', '.md', '.txt', '.xml'];

/** One file of dist/ for each text ending (as distUrls gives them). */
function textSamples(): string[] {
  const urls = distUrls();
  return TEXT_ENDINGS.map((ending) => urls.find((u) => u.endsWith(ending)) ?? `no file ending in ${ending}`);
}

describe.skipIf(!hasChromium)('deployed with the README nginx snippet', () => {
  const site = useBuiltSite();
  const expected = generatedHeaders();

  it('the generated snippet holds the policy and every security header', () => {
    expect(Object.keys(expected).sort()).toEqual(['Content-Security-Policy', ...Object.keys(SECURITY_HEADERS)].sort());
  });

  it('serves every file of dist/ with the generated security headers', async () => {
    const urls = distUrls();
    expect(urls).toContain('/');
    const wrong: string[] = [];
    for (const url of urls) {
      const response = await fetch(site.server.origin + url);
      await response.arrayBuffer();
      if (response.status !== 200) wrong.push(`${url}: status ${response.status}`);
      for (const [name, value] of Object.entries(expected))
        if (response.headers.get(name) !== value) wrong.push(`${url}: ${name} is ${response.headers.get(name) ?? 'missing'}`);
      const type = url.endsWith('/')
        ? 'text/html'
        : url.endsWith('.txt')
          ? 'text/plain'
          : url.endsWith('.md')
            ? 'text/markdown'
            : undefined;
      if (type && response.headers.get('content-type') !== `${type}; charset=utf-8`)
        wrong.push(`${url}: content-type ${response.headers.get('content-type')}, not ${type} in UTF-8`);
    }
    expect(wrong).toEqual([]);
  });

  it('compresses every kind of text file for a client that accepts gzip, and only for it', async () => {
    const wrong: string[] = [];
    for (const url of textSamples()) {
      const file = readFileSync(join(DIST, url.endsWith('/') ? `${url}index.html` : url));
      const zipped = await rawGet(site.server.origin + url, { 'Accept-Encoding': 'gzip' });
      if (zipped.headers['content-encoding'] !== 'gzip') wrong.push(`${url}: not gzip-compressed`);
      else if (!gunzipSync(zipped.body).equals(file)) wrong.push(`${url}: the compressed body is not the file`);
      if (!String(zipped.headers.vary).includes('Accept-Encoding')) wrong.push(`${url}: no Vary: Accept-Encoding`);
      if (zipped.headers['content-security-policy'] !== expected['Content-Security-Policy'])
        wrong.push(`${url}: compressed without its policy`);
      const plain = await rawGet(site.server.origin + url, {});
      if (plain.headers['content-encoding'] || !plain.body.equals(file)) wrong.push(`${url}: compressed for a client that did not ask`);
    }
    expect(wrong).toEqual([]);
  });

  it('serves the site at its HTTPS address over HTTP/2, every file a page loads included', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(new URL(pageTypes()[0]!.path, browserHarness().siteUrl).href);
    const protocols = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
        (e) => `${(e as PerformanceResourceTiming).nextHopProtocol} ${e.name}`,
      ),
    );
    await page.context().close();
    expect(protocols.length).toBeGreaterThan(2);
    expect(protocols.filter((p) => !p.startsWith('h2 '))).toEqual([]);
  });

  it('answers an unknown URL with the 404 page, status 404 and the same headers', async () => {
    const response = await fetch(`${site.server.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), name).toBe(value);
  });

  it('forwards every old URL to its new page and keeps the #anchor, scrolled to it', async () => {
    expect(Object.keys(redirects).length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const [from, to] of Object.entries(redirects)) {
      expect(promised[to], `${to} (the target of ${from}) promises anchors in ${MANIFEST_FILE}`).toBeDefined();
      const anchor = await deepestAnchor(page, site.server.origin, to);
      await page.goto(`${site.server.origin}${from}#${anchor}`);
      await page.waitForURL(`${site.server.origin}${to}#${anchor}`);
      // A long page (the KPI catalogue) can take more than the default second to scroll on a busy machine.
      await expect.poll(async () => `${from}: ${await onScreen(page, anchor)}`, { timeout: 10_000 }).toBe(`${from}: on screen`);
    }
    await page.close();
  });

  it('opens each page type at its furthest promised #anchor scrolled to it', async () => {
    const paths = pageTypes()
      .map((t) => t.path)
      .filter((p) => promised[p]?.length);
    expect(paths.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    for (const path of paths) {
      const anchor = await deepestAnchor(page, site.server.origin, path);
      const opened = await site.browser.newPage();
      await opened.goto(`${site.server.origin}${path}#${anchor}`);
      await expect.poll(async () => `${path}: ${await onScreen(opened, anchor)}`, { timeout: 10_000 }).toBe(`${path}: on screen`);
      await opened.close();
    }
    await page.close();
  });
});
