// Every page has a canonical URL, a meaningful description and Open Graph/Twitter previews whose
// 1200×630 PNG exists in the build.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readBuiltPage } from '../../src/lib/built-site.ts';
import { metaContent } from '../../src/lib/html-page.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

describe.each(sitemapPaths())('%s', (path) => {
  const page = readBuiltPage('dist', path);

  it('has a canonical URL and a meaningful description', () => {
    expect(page.canonical && new URL(page.canonical).pathname).toBe(path);
    expect(metaContent(page, 'name', 'description')?.length ?? 0).toBeGreaterThanOrEqual(60);
  });

  it('has Open Graph and Twitter previews with a 1200×630 PNG', () => {
    for (const key of ['og:title', 'og:description', 'og:image', 'og:url']) expect(metaContent(page, 'property', key), key).toBeTruthy();
    const image = metaContent(page, 'property', 'og:image')!;
    expect(metaContent(page, 'name', 'twitter:image')).toBe(image);
    expect(metaContent(page, 'name', 'twitter:card')).toBe('summary_large_image');
    const png = readFileSync(`dist${new URL(image).pathname}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
