import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOgImageCache, isIntactPng, ogCacheKey } from '../../src/lib/og-cache.ts';
import { OG_HEIGHT, OG_WIDTH, ogLayout, type OgCard, type OgNode, type OgSite } from '../../src/lib/og-image.ts';
import { renderOgLayout } from '../../src/lib/og-render.ts';

const SITE: OgSite = { name: 'A Playbook', accent: '#1d4ed8' };
const card: OgCard = { title: 'Search and discovery', description: 'What the role owns.', section: 'Role playbook' };

/** A stand-in renderer: a real PNG of the card's size, coloured by the title, that counts its calls. */
function countingRenderer() {
  const calls: OgNode[] = [];
  const render = async (layout: OgNode) => {
    calls.push(layout);
    const shade = JSON.stringify(layout).length % 256;
    return sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: { r: shade, g: 40, b: 90 } } })
      .png()
      .toBuffer();
  };
  return { calls, render };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = (render: (layout: OgNode) => Promise<Uint8Array>, fingerprint = 'fonts-v1') =>
  createOgImageCache({ dir, fingerprint, render, width: OG_WIDTH, height: OG_HEIGHT });
const pngFiles = () => readdirSync(dir).filter((f) => f.endsWith('.png'));

describe('link-preview image cache', () => {
  it('renders a page once: the same card again, in this build or the next, comes from the folder', async () => {
    const { calls, render } = countingRenderer();
    const first = await open(render).image(ogLayout(card, SITE));
    const nextBuild = open(render);
    const second = await nextBuild.image(ogLayout(card, SITE));
    expect(calls).toHaveLength(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(nextBuild.stats).toEqual({ reused: 1, rendered: 0, discarded: 0 });
  });

  it('renders again when the title, the description, the section, the site name or the accent colour changes', async () => {
    const { calls, render } = countingRenderer();
    const cache = open(render);
    await cache.image(ogLayout(card, SITE));
    await cache.image(ogLayout({ ...card, title: 'Search and discovery, renamed' }, SITE));
    await cache.image(ogLayout({ ...card, description: 'A new description.' }, SITE));
    await cache.image(ogLayout({ ...card, section: 'Hiring kit' }, SITE));
    await cache.image(ogLayout(card, { ...SITE, name: 'Another site' }));
    await cache.image(ogLayout(card, { ...SITE, accent: '#0a7d32' }));
    expect(calls).toHaveLength(6);
    expect(pngFiles()).toHaveLength(6);
  });

  it('renders everything again when the fonts or the renderer change (another fingerprint)', async () => {
    const { calls, render } = countingRenderer();
    await open(render, 'fonts-v1').image(ogLayout(card, SITE));
    await open(render, 'fonts-v2').image(ogLayout(card, SITE));
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['truncated', (png: Buffer) => png.subarray(0, png.length - 20)],
    ['with a flipped byte', (png: Buffer) => Buffer.from(png.map((b, i) => (i === 100 ? b ^ 0xff : b)))],
    ['empty', () => Buffer.alloc(0)],
    ['not a PNG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('does not serve a cache file that is %s: it renders the image again and replaces the file', async (_, damage) => {
    const { calls, render } = countingRenderer();
    const good = await open(render).image(ogLayout(card, SITE));
    const [file] = pngFiles();
    writeFileSync(join(dir, file!), damage(Buffer.from(good)));

    const cache = open(render);
    const served = await cache.image(ogLayout(card, SITE));
    expect(calls).toHaveLength(2);
    expect(cache.stats).toEqual({ reused: 0, rendered: 1, discarded: 1 });
    expect(isIntactPng(served, OG_WIDTH, OG_HEIGHT)).toBe(true);
    expect(isIntactPng(readFileSync(join(dir, file!)), OG_WIDTH, OG_HEIGHT)).toBe(true);
  });

  it('does not serve a stored image of another size', async () => {
    const small = await sharp({ create: { width: 600, height: 315, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, `${ogCacheKey('fonts-v1', ogLayout(card, SITE))}.png`), small);
    const { calls, render } = countingRenderer();
    await open(render).image(ogLayout(card, SITE));
    expect(calls).toHaveLength(1);
  });

  it('leaves only complete files when builds render the same images at once', async () => {
    const { render } = countingRenderer();
    const layouts = Array.from({ length: 8 }, (_, i) => ogLayout({ ...card, title: `Page ${i}` }, SITE));
    const images = await Promise.all([open(render), open(render), open(render)].flatMap((cache) => layouts.map((l) => cache.image(l))));
    expect(images.every((png) => isIntactPng(png, OG_WIDTH, OG_HEIGHT))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(pngFiles().sort());
    expect(pngFiles()).toHaveLength(8);
    for (const file of pngFiles()) expect(isIntactPng(readFileSync(join(dir, file)), OG_WIDTH, OG_HEIGHT)).toBe(true);
  });

  it('deletes images unused for longer than maxAgeDays and keeps the rest', async () => {
    const { render } = countingRenderer();
    const cache = open(render);
    await cache.image(ogLayout(card, SITE));
    await cache.image(ogLayout({ ...card, title: 'An old title' }, SITE));
    const oldFile = `${ogCacheKey('fonts-v1', ogLayout({ ...card, title: 'An old title' }, SITE))}.png`;
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, oldFile), longAgo, longAgo);
    writeFileSync(join(dir, 'left-by-a-crash.png.123-abcd.tmp'), 'partial');
    utimesSync(join(dir, 'left-by-a-crash.png.123-abcd.tmp'), longAgo, longAgo);

    createOgImageCache({ dir, fingerprint: 'fonts-v1', render, width: OG_WIDTH, height: OG_HEIGHT, maxAgeDays: 30 });
    expect(readdirSync(dir)).toEqual([`${ogCacheKey('fonts-v1', ogLayout(card, SITE))}.png`]);
  });
});

describe('isIntactPng', () => {
  it('accepts what the real renderer draws, at the card size only', async () => {
    const png = await renderOgLayout(ogLayout(card, SITE));
    expect(isIntactPng(png, OG_WIDTH, OG_HEIGHT)).toBe(true);
    expect(isIntactPng(png, OG_WIDTH, OG_HEIGHT + 1)).toBe(false);
    expect(isIntactPng(Buffer.concat([png, Buffer.from('trailing')]), OG_WIDTH, OG_HEIGHT)).toBe(false);
  });
});
