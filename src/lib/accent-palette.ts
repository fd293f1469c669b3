/**
 * The site's accent palette from the one colour in content/site.yaml (pure). Starlight colours
 * accents with three custom properties per theme (`--sl-color-accent-low`, `--sl-color-accent`,
 * `--sl-color-accent-high`); here the light theme's accent is the editor's colour itself and every
 * other shade keeps its OKLCH hue at the lightness Starlight's own palette uses for that role.
 * `accentProblems` checks every text/background pair Starlight and this site draw with them against
 * WCAG AA (4.5:1), in both themes.
 */
import { contrastRatio, hsl, nearestPassing, parseHex, rgbToOklch, toHex, withLightness, type Rgb } from './colour.ts';

/** WCAG 2.2 AA for body text (1.4.3). */
export const AA_TEXT = 4.5;

/** The accent shades of one theme, as hex. */
interface AccentShades {
  low: string;
  accent: string;
  high: string;
}
export interface AccentPalette {
  dark: AccentShades;
  light: AccentShades;
}

/**
 * Starlight 0.42's own colours that accents meet (style/props.css; a unit test keeps these equal to
 * the installed Starlight): page and header/sidebar backgrounds and the text colours drawn on
 * accent tints, per theme.
 */
export const STARLIGHT_THEME = {
  dark: {
    /** --sl-color-black: the page background. */
    bg: hsl(224, 10, 10),
    /** --sl-color-gray-6: header and sidebar (--sl-color-bg-nav, --sl-color-bg-sidebar). */
    nav: hsl(224, 14, 16),
    /** --sl-color-white: headings and strong text. */
    white: hsl(0, 0, 100),
    /** --sl-color-gray-2: body text (--sl-color-text). */
    text: hsl(224, 6, 77),
  },
  light: {
    bg: hsl(0, 0, 100),
    /** --sl-color-gray-7: the header (--sl-color-bg-nav). */
    nav: hsl(224, 19, 97),
    white: hsl(224, 10, 10),
    text: hsl(224, 10, 23),
  },
} as const;

/** The OKLCH lightness of each generated shade (Starlight's defaults sit at about these). */
const LIGHTNESS = { darkLow: 0.3, darkAccent: 0.66, darkHigh: 0.87, lightHigh: 0.38, lightLow: 0.93, ogBg: 0.27, ogMuted: 0.82 };

export function accentPalette(hex: string): AccentPalette {
  const base = parseHex(hex);
  const shade = (l: number, maxChroma?: number) => toHex(withLightness(base, l, maxChroma));
  return {
    dark: { low: shade(LIGHTNESS.darkLow, 0.1), accent: shade(LIGHTNESS.darkAccent), high: shade(LIGHTNESS.darkHigh, 0.12) },
    // accent-high is the darker one in the light theme, also when the editor's colour is already dark.
    light: {
      low: shade(LIGHTNESS.lightLow, 0.05),
      accent: toHex(base),
      high: shade(Math.min(LIGHTNESS.lightHigh, rgbToOklch(base).l - 0.1)),
    },
  };
}

/** Colours of the link-preview card: a dark shade of the accent, with text that reads on it. */
export interface OgColours {
  background: string;
  siteName: string;
  section: string;
  title: string;
  description: string;
}

export function ogColours(hex: string): OgColours {
  const base = parseHex(hex);
  const palette = accentPalette(hex);
  return {
    background: toHex(withLightness(base, LIGHTNESS.ogBg, 0.12)),
    siteName: palette.dark.high,
    section: toHex(withLightness(base, LIGHTNESS.ogMuted, 0.12)),
    title: '#ffffff',
    description: palette.light.low,
  };
}

/** One text/background pair the palette must pass. */
interface Pair {
  theme: 'light' | 'dark';
  what: string;
  text: Rgb;
  background: Rgb;
}

function pairs(palette: AccentPalette): Pair[] {
  const [d, l] = [palette.dark, palette.light];
  const { dark, light } = STARLIGHT_THEME;
  return [
    { theme: 'light', what: 'links and accent text on the page', text: parseHex(l.accent), background: light.bg },
    { theme: 'light', what: 'the site title and current links in the header', text: parseHex(l.accent), background: light.nav },
    // Light theme's --sl-color-text-invert is the page background: the same pair as links on the page.
    {
      theme: 'light',
      what: 'headings on accent-tinted cells (RACI “accountable”, chosen answers)',
      text: light.white,
      background: parseHex(l.low),
    },
    { theme: 'light', what: 'body text on accent-tinted cells', text: light.text, background: parseHex(l.low) },
    { theme: 'dark', what: 'links and accent text on the page', text: parseHex(d.high), background: dark.bg },
    { theme: 'dark', what: 'the site title and links in the header and sidebar', text: parseHex(d.high), background: dark.nav },
    // Dark theme's --sl-color-text-invert is accent-low, drawn on accent-high (current sidebar link, skip link).
    {
      theme: 'dark',
      what: 'text on accent-background buttons and the current sidebar link',
      text: parseHex(d.low),
      background: parseHex(d.high),
    },
    {
      theme: 'dark',
      what: 'headings on accent-tinted cells (RACI “accountable”, chosen answers)',
      text: dark.white,
      background: parseHex(d.low),
    },
    { theme: 'dark', what: 'body text on accent-tinted cells', text: dark.text, background: parseHex(d.low) },
  ];
}

const ratio = (n: number) => `${(Math.floor(n * 100) / 100).toFixed(2)}:1`;

/**
 * Every pair below AA, as a sentence for the editor: the theme, what is drawn, the measured ratio,
 * and for a light-theme failure (the editor's own colour) the nearest shade of the same hue that passes.
 */
export function accentProblems(hex: string): string[] {
  const problems = failingPairs(hex).map(
    (p) => `${hex} gives ${p.what} (${p.theme} theme) a contrast of ${ratio(p.ratio)}, below WCAG AA's ${AA_TEXT}:1`,
  );
  if (problems.length === 0) return [];
  const suggestion = nearestPassing(parseHex(hex), 'darker', (candidate) => failingPairs(toHex(candidate)).length === 0);
  return suggestion ? [...problems, `the same hue a little darker passes: ${toHex(suggestion)}`] : problems;
}

const failingPairs = (hex: string) =>
  pairs(accentPalette(hex))
    .map((p) => ({ ...p, ratio: contrastRatio(p.text, p.background) }))
    .filter((p) => p.ratio < AA_TEXT);

/**
 * The palette as CSS over Starlight's theme: unlayered, so it wins over Starlight's layered
 * defaults; print (which Starlight forces to light colours) takes the light shades.
 */
export function accentCss(palette: AccentPalette): string {
  const vars = (s: AccentShades) => `--sl-color-accent-low:${s.low};--sl-color-accent:${s.accent};--sl-color-accent-high:${s.high}`;
  // Every page loads this: written compact, and without ::backdrop (no dialog backdrop shows the accent).
  return [
    `:root{${vars(palette.dark)}}`,
    `:root[data-theme=light]{${vars(palette.light)}}`,
    `@media print{:root[data-theme]{${vars(palette.light)}}}`,
  ].join('\n');
}
