// Links that last: every URL and explicit anchor in permalinks.json still exists, or its page is
// redirected to one that has the anchor; everything the build publishes is in the manifest.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readBuiltPage, readSitemap } from '../../src/lib/built-site.ts';
import { metaContent } from '../../src/lib/html-page.ts';
import { checkManifest, unlisted, type Manifest } from '../../src/lib/permalinks.ts';
import { redirects } from '../../src/redirects.ts';
import { MANIFEST_FILE, currentPermalinks } from '../../scripts/lib/current-permalinks.ts';
import { ROLE_SECTIONS } from '../../src/site/anchors.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const ROLE_IDS = roleIdsInOrder();

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
const current = currentPermalinks();
const sitemap = readSitemap('dist');

describe('permalinks', () => {
  it('keeps every promised URL and anchor', () => expect(checkManifest(manifest, current, redirects)).toEqual([]));

  it('promises everything the build publishes (run `npm run permalinks -- --update` after adding pages)', () =>
    expect(unlisted(manifest, current)).toEqual([]));

  it('promises the anchors hiring plans link to', () => {
    for (const id of ROLE_IDS) {
      expect(manifest.pages[`/roles/${id}/`]).toEqual(expect.arrayContaining([...ROLE_SECTIONS]));
      expect(manifest.pages[`/roles/${id}/hiring/`]).toEqual(expect.arrayContaining(['specialist', 'lead', 'head', 'interview-kit']));
      expect(manifest.pages[`/roles/${id}/onboarding/`]).toEqual(expect.arrayContaining(['day-30', 'day-60', 'day-90']));
    }
    expect(manifest.files).toEqual(
      expect.arrayContaining(['/api/roles.json', '/api/roles.schema.json', ...ROLE_IDS.map((id) => `/api/roles/${id}.json`)]),
    );
  });

  it.each(Object.entries(redirects))('redirects %s to %s, a promised page, keeping the anchor', (from, to) => {
    const page = readBuiltPage('dist', from);
    expect(metaContent(page, 'http-equiv', 'refresh')).toBe(`0;url=${to}`);
    expect(new URL(page.canonical!).pathname).toBe(to);
    expect(sitemap, 'a redirect page is not in the sitemap').not.toContain(from);
    expect(page.inlineScripts.join('\n')).toContain('location.replace(to + location.hash)');
    expect(manifest.pages[to]).toBeDefined();
  });
});

describe('the permalink check itself', () => {
  const promised: Manifest = { version: 1, pages: { '/a/': ['x', 'y'], '/b/': ['z'] }, files: ['/api/a.json'] };

  it('reports a page that is gone without a redirect, and a lost anchor', () => {
    const now: Manifest = { version: 1, pages: { '/a/': ['x'] }, files: ['/api/a.json'] };
    expect(checkManifest(promised, now, {})).toEqual([
      '/a/#y is gone: keep the anchor or move the page with a redirect',
      '/b/ is gone and no redirect is declared for it in src/redirects.ts',
    ]);
  });

  it('accepts a redirect only when its target has every anchor of the old page', () => {
    const now: Manifest = { version: 1, pages: { '/a/': ['x', 'y'], '/c/': ['q'] }, files: ['/api/a.json'] };
    expect(checkManifest(promised, now, { '/b/': '/c/' })).toEqual([
      '/b/#z is gone (after the redirect to /c/): keep the anchor or move the page with a redirect',
    ]);
    expect(checkManifest(promised, { ...now, pages: { ...now.pages, '/c/': ['z'] } }, { '/b/': '/c/' })).toEqual([]);
    expect(checkManifest(promised, now, { '/b/': '/nowhere/' })).toEqual(['/b/ redirects to /nowhere/, which does not exist']);
  });

  it('reports a removed API file', () => expect(checkManifest(promised, { ...promised, files: [] }, {})).toEqual(['/api/a.json is gone']));
});
