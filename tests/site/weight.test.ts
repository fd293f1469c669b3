// Content pages ship no JavaScript beyond Starlight's own, and a widget page adds only its own few KB:
// measured against a bare Starlight page built with the same installed versions (cached by lockfile).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageWeight } from '../../src/lib/page-weight.ts';
import { weighBuiltPage } from '../../src/lib/built-site.ts';
import { GUIDE_PATH, bareStarlightDist } from '../../scripts/lib/bare-starlight.ts';
import { pageTypes } from '../../scripts/lib/page-types.ts';

const types = pageTypes();
const contentPages = types.filter((t) => t.widgetJsKb === undefined).map((t) => [t.name, t.path] as const);
const widgetPages = types.flatMap((t) => (t.widgetJsKb === undefined ? [] : [[t.name, t.path, t.widgetJsKb] as const]));
const firstUsePages = types.flatMap((t) => (t.inUseJsKb === undefined ? [] : [[t.name, t.path, t.inUseJsKb] as const]));

describe('page weight against bare Starlight', { timeout: 120_000 }, () => {
  let bare: PageWeight;
  beforeAll(async () => {
    bare = weighBuiltPage(await bareStarlightDist(), GUIDE_PATH);
  }, 120_000);

  it('has content pages and widget pages to weigh', () => {
    expect(contentPages.length).toBeGreaterThan(0);
    expect(widgetPages.length).toBeGreaterThan(0);
  });

  it.each(contentPages)('%s (%s) ships no more JavaScript than a bare Starlight page', (_name, path) => {
    expect(weighBuiltPage('dist', path).js).toBeLessThanOrEqual(bare.js);
  });

  it.each(types.map((t) => [t.name, t.path] as const))('%s (%s) adds at most 2 KB of CSS to Starlight’s', (_name, path) => {
    expect(weighBuiltPage('dist', path).css - bare.css).toBeLessThanOrEqual(2 * 1024);
  });

  it.each(widgetPages)('%s (%s) adds at most %s KB of JavaScript as it arrives', (_name, path, kb) => {
    const w = weighBuiltPage('dist', path);
    // A widget's script is on the page, or named by the loader that fetches it on first use.
    expect(w.jsInUse).toBeGreaterThan(bare.js);
    expect(w.js - bare.js).toBeLessThanOrEqual(kb * 1024);
  });

  it.each(firstUsePages)('%s (%s) adds at most %s KB once its widget is in use', (_name, path, kb) => {
    const w = weighBuiltPage('dist', path);
    expect(w.jsInUse).toBeGreaterThan(w.js);
    expect(w.jsInUse - bare.js).toBeLessThanOrEqual(kb * 1024);
  });
});
