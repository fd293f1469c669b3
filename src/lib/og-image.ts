import { ogColours } from './accent-palette.ts';

/**
 * Open Graph preview images (1200×630 PNG): where each is published and the card's layout, as a
 * satori element tree. Rendering is in og-render.ts, reuse across builds in og-cache.ts.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What a card shows. */
export interface OgCard {
  title: string;
  description: string;
  /** Shown above the title. */
  section: string;
}

/** A satori element without React: `{ type, props: { style, children } }`. */
export type OgNode = { type: string; props: { style?: Record<string, string | number>; children?: (OgNode | string)[] | OgNode | string } };
const el = (type: string, style: Record<string, string | number>, children: (OgNode | string)[] | OgNode | string): OgNode => ({
  type,
  props: { style, children },
});

/** What every card of the site shares (content/site.yaml). */
export interface OgSite {
  name: string;
  /** The accent colour, `#rrggbb`: the card is a dark shade of it. */
  accent: string;
}

/**
 * The card's layout: site name, section, title and description, on a dark shade of the site's accent
 * colour. The tree is plain data that holds every text and style the image shows (the site's name and
 * colours included), so the image cache keys on it.
 */
export function ogLayout(page: OgCard, site: OgSite): OgNode {
  const colours = ogColours(site.accent);
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
      background: colours.background,
      color: colours.title,
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', fontSize: 30, color: colours.siteName, fontWeight: 700 }, site.name),
      el('div', { display: 'flex', flexDirection: 'column', width: OG_WIDTH - 144 }, [
        el('div', { fontSize: 28, color: colours.section, marginBottom: 16 }, page.section),
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
          {
            display: 'flex',
            flexWrap: 'wrap',
            width: OG_WIDTH - 144,
            fontSize: 28,
            color: colours.description,
            marginTop: 24,
            lineHeight: 1.35,
          },
          page.description.length > 170 ? `${page.description.slice(0, 167)}…` : page.description,
        ),
      ]),
    ],
  );
}

/** Where a page's preview image is published: /og/<path>.png, with "index" for the home page. */
export function ogImagePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/|\/$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}
