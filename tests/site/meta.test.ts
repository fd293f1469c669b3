// Every page has a canonical URL, a meaningful description and Open Graph/Twitter previews whose
// 1200×630 PNG exists in the build.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sitemapPaths } from '../helpers/sitemap.ts';

const meta = (html: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];

describe.each(sitemapPaths())('%s', (path) => {
  const html = readFileSync(`dist${path}index.html`, 'utf8');

  it('has a canonical URL and a meaningful description', () => {
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(meta(html, 'name', 'description')?.length ?? 0).toBeGreaterThanOrEqual(60);
  });

  it('has Open Graph and Twitter previews with a 1200×630 PNG', () => {
    for (const key of ['og:title', 'og:description', 'og:image', 'og:url']) expect(meta(html, 'property', key), key).toBeTruthy();
    const image = meta(html, 'property', 'og:image')!;
    expect(meta(html, 'name', 'twitter:image')).toBe(image);
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
    const png = readFileSync(`dist${new URL(image).pathname}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
