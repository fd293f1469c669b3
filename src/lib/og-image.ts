/**
 * Open Graph preview images (1200×630 PNG) rendered at build time: satori lays out the text with
 * a font file from node_modules (no network), sharp rasterises the SVG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** A satori element without React: `{ type, props: { style, children } }`. */
type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, string | number>, children: (Node | string)[] | Node | string): Node => ({
  type,
  props: { style, children },
});

/** The card's layout: site name, section, title and description, on the site's accent colour. */
export function ogLayout(page: { title: string; description: string; section: string }, siteName: string): Node {
  return el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      background: '#172554',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', fontSize: 30, color: '#bfdbfe', fontWeight: 700 }, siteName),
      el('div', { display: 'flex', flexDirection: 'column', width: OG_WIDTH - 144 }, [
        el('div', { fontSize: 28, color: '#93c5fd', marginBottom: 16 }, page.section),
        el(
          'div',
          {
            display: 'flex',
            flexWrap: 'wrap',
            width: OG_WIDTH - 144,
            fontSize: page.title.length > 40 ? 60 : 72,
            fontWeight: 700,
            lineHeight: 1.1,
          },
          page.title,
        ),
        el(
          'div',
          { display: 'flex', flexWrap: 'wrap', width: OG_WIDTH - 144, fontSize: 28, color: '#dbeafe', marginTop: 24, lineHeight: 1.35 },
          page.description.length > 170 ? `${page.description.slice(0, 167)}…` : page.description,
        ),
      ]),
    ],
  );
}

export async function renderOgImage(page: { title: string; description: string; section: string }, siteName: string): Promise<Buffer> {
  fonts ??= [
    { name: 'Inter', data: font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: font(700), weight: 700, style: 'normal' },
  ];
  const svg = await satori(ogLayout(page, siteName) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Where a page's preview image is published: /og/<path>.png, with "index" for the home page. */
export function ogImagePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/|\/$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}
