/**
 * Draws a link-preview card (Node only): satori lays out the text with font files from
 * node_modules (no network), sharp rasterises the SVG to PNG. Built pages get their images through
 * ogImages(), which reuses the images of earlier builds; satori and sharp are loaded only when an
 * image has to be drawn, so a build with a warm cache does not load them at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createOgImageCache, type OgImageCache } from './og-cache.ts';
import { OG_HEIGHT, OG_WIDTH, type OgNode } from './og-image.ts';

/**
 * Bump when the pictures change in a way the layout tree does not show (the satori or sharp options
 * below): every cached image is then drawn again.
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
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
  const svg = await satori(layout as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The installed version of a package, from the package.json above its entry point (without loading it). */
function installedVersion(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level: keep walking up.
    }
  }
  throw new Error(`cannot find the installed version of ${name}`);
}

/**
 * Everything an image depends on besides its layout tree: the font bytes, the renderers' versions
 * (a sharp release pins its libvips and librsvg) and RENDER_VERSION.
 */
function renderFingerprint(): string {
  const hash = createHash('sha256').update(`render ${RENDER_VERSION}\0`);
  for (const name of ['satori', 'sharp']) hash.update(`${name}@${installedVersion(name)}\0`);
  for (const font of loadFonts()) hash.update(font.data);
  return hash.digest('hex');
}

/** The cache folder: $OG_CACHE_DIR (relative to the project), else .cache/og/ (a folder a CI can keep between runs). */
const ogCacheDir = (projectRoot: string): string => resolve(projectRoot, process.env.OG_CACHE_DIR || '.cache/og');

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
