/**
 * Draws a link-preview card (Node only): satori lays out the text with font files from
 * node_modules (no network), sharp rasterises the SVG to PNG. Built pages get their images through
 * ogImages(), which reuses the images of earlier builds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { createOgImageCache, type OgImageCache } from './og-cache.ts';
import { OG_HEIGHT, OG_WIDTH, type OgNode } from './og-image.ts';

/**
 * Bump when the pictures change in a way the layout tree does not show (satori or sharp options
 * below): every cached image is then rendered again.
 */
const RENDER_VERSION = 1;

const require = createRequire(import.meta.url);
const FONT_WEIGHTS = [400, 700] as const;
let fonts: { name: string; data: Buffer; weight: (typeof FONT_WEIGHTS)[number]; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= FONT_WEIGHTS.map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  })));

/** Renders a layout tree (from ogLayout) to a PNG. */
export async function renderOgLayout(layout: OgNode): Promise<Buffer> {
  const svg = await satori(layout as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Everything an image depends on besides its layout tree: the font bytes and the renderer's versions. */
export function renderFingerprint(): string {
  const hash = createHash('sha256').update(`render ${RENDER_VERSION}\0`);
  hash.update(`satori@${(require('satori/package.json') as { version: string }).version}\0`);
  hash.update(`${JSON.stringify(sharp.versions)}\0`); // sharp, libvips, librsvg, libpng
  for (const font of loadFonts()) hash.update(font.data);
  return hash.digest('hex');
}

/** The cache folder: $OG_CACHE_DIR, else .cache/og/ in the project (a folder a CI can keep between runs). */
export const ogCacheDir = (projectRoot: string): string => process.env.OG_CACHE_DIR || join(projectRoot, '.cache', 'og');

let cache: OgImageCache<OgNode> | undefined;
/** The build's image cache, opened on first use. */
export function ogImages(projectRoot: string): OgImageCache<OgNode> {
  return (cache ??= createOgImageCache({
    dir: ogCacheDir(projectRoot),
    fingerprint: renderFingerprint(),
    render: renderOgLayout,
    width: OG_WIDTH,
    height: OG_HEIGHT,
  }));
}
