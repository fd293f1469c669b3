// Content pages ship no JavaScript beyond Starlight's own: measured against a bare Starlight page
// built with the same installed versions in this run.
import { beforeAll, describe, expect, it } from 'vitest';
import { weighBuiltPage } from '../../src/lib/built-site.ts';
import type { PageWeight } from '../../src/lib/page-weight.ts';
import { buildBareStarlight } from '../../scripts/lib/bare-starlight.ts';
import { ROLE_IDS } from '../../src/schemas/common.ts';

const CONTENT_PAGES = [
  '/',
  '/why-ownership/',
  '/roles/',
  '/metrics/',
  '/glossary/',
  '/privacy/',
  '/working-together/',
  ...ROLE_IDS.map((id) => `/roles/${id}/`),
];

describe('page weight against bare Starlight', { timeout: 120_000 }, () => {
  let bare: PageWeight;
  beforeAll(async () => {
    bare = weighBuiltPage(await buildBareStarlight(), '/guide/');
  }, 120_000);

  it.each(CONTENT_PAGES)('%s ships no more JavaScript than a bare Starlight page', (path) => {
    expect(weighBuiltPage('dist', path).js).toBeLessThanOrEqual(bare.js);
  });

  it.each(CONTENT_PAGES)('%s adds at most 3 KB of CSS to Starlight’s', (path) => {
    expect(weighBuiltPage('dist', path).css - bare.css).toBeLessThanOrEqual(3 * 1024);
  });

  // A widget page adds only its own element: a few KB of gzip on top of Starlight's JavaScript.
  it.each([
    ['/roles/search-discovery/assessment/', 4],
    ['/scorecard/', 7],
    ['/roles/search-discovery/hiring/', 2],
    ['/roles/search-discovery/onboarding/', 3],
    ['/start-small/', 3],
  ] as const)('%s adds at most %d KB of JavaScript for its widget', (path, kb) => {
    const extra = weighBuiltPage('dist', path).js - bare.js;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThanOrEqual(kb * 1024);
  });
});
