// The site's identity as the browser draws it (content/site.yaml): the accent palette in both themes
// and in print, where links and the header's site name keep the light theme's accent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session } from '../helpers/browser.ts';
import { accentPalette } from '../../src/lib/accent-palette.ts';
import { parseHex } from '../../src/lib/colour.ts';
import { readSiteConfig } from '../../src/site/site-config.ts';

const site = readSiteConfig();
const palette = accentPalette(site.accent);
/** A hex colour as the browser reports a computed colour. */
const rgb = (hex: string) =>
  `rgb(${parseHex(hex)
    .map((v) => Math.round(v * 255))
    .join(', ')})`;

describe.skipIf(!hasChromium)('brand colours and name', () => {
  const built = useBuiltSite();
  let session: Session;
  beforeAll(async () => void (session = await openSession(built)));
  afterAll(() => closeSession(session));

  /** The header title's text and colour, and the colour of the first link in the page's text. */
  const drawn = () =>
    session.page.evaluate(() => {
      const title = document.querySelector<HTMLElement>('.site-title')!;
      const link = document.querySelector<HTMLElement>('.sl-markdown-content p a[href]')!;
      return { title: title.innerText.trim(), titleColour: getComputedStyle(title).color, linkColour: getComputedStyle(link).color };
    });

  it.each([
    ['light', palette.light.accent],
    ['dark', palette.dark.high],
  ] as const)('colours the site title and links with the accent in the %s theme', async (theme, expected) => {
    const { page } = session;
    await page.emulateMedia({ media: 'screen', colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${built.server.origin}/why-ownership/`);
    expect(await drawn()).toEqual({ title: site.name, titleColour: rgb(expected), linkColour: rgb(expected) });
  });

  it('prints the site name and links in the light theme’s accent, also from the dark theme', async () => {
    const { page } = session;
    // The last page load set the dark theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ media: 'print' });
    expect(await drawn()).toEqual({ title: site.name, titleColour: rgb(palette.light.accent), linkColour: rgb(palette.light.accent) });
    expect(await page.locator('.site-title').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
