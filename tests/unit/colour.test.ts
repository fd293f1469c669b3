// The accent colour's maths: WCAG contrast on known pairs, OKLCH that round-trips, a palette whose
// every text/background pair is checked, and Starlight's theme colours kept equal to the installed ones.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, hsl, oklchToRgb, parseHex, rgbToOklch, toHex, withLightness, type Rgb } from '../../src/lib/colour.ts';
import { AA_TEXT, accentCss, accentPalette, accentProblems, ogColours, STARLIGHT_THEME } from '../../src/lib/accent-palette.ts';
import { readSiteConfig } from '../../src/site/site-config.ts';

const ratio = (a: string, b: string) => contrastRatio(parseHex(a), parseHex(b));
const channel = fc.integer({ min: 0, max: 255 }).map((v) => v / 255);
const anyColour = fc.tuple(channel, channel, channel) as fc.Arbitrary<Rgb>;

describe('WCAG contrast', () => {
  it('measures the known pairs: black on white 21:1, #777 on white 4.48:1, a colour on itself 1:1', () => {
    expect(ratio('#000', '#fff')).toBe(21);
    expect(ratio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(ratio('#777', '#fff')).toBe(ratio('#777777', '#ffffff'));
    expect(ratio('#1d4ed8', '#1d4ed8')).toBe(1);
  });

  it('is symmetric and between 1 and 21', () =>
    fc.assert(
      fc.property(anyColour, anyColour, (a, b) => {
        const r = contrastRatio(a, b);
        return r >= 1 && r <= 21 && r === contrastRatio(b, a);
      }),
    ));

  it('reads hex in both lengths and writes it back', () => {
    expect(toHex(parseHex('#1D4ED8'))).toBe('#1d4ed8');
    expect(toHex(parseHex('#fc0'))).toBe('#ffcc00');
    expect(() => parseHex('blue')).toThrow('not a hex colour');
  });

  it('converts Starlight’s HSL as CSS does', () => {
    expect(toHex(hsl(0, 0, 100))).toBe('#ffffff');
    expect(toHex(hsl(224, 10, 10))).toBe('#17181c');
    expect(toHex(hsl(120, 100, 25))).toBe('#008000');
  });
});

describe('OKLCH', () => {
  it('round-trips every sRGB colour within a unit of 8-bit rounding', () =>
    fc.assert(fc.property(anyColour, (rgb) => toHex(oklchToRgb(rgbToOklch(rgb))) === toHex(rgb))));

  it('keeps the hue and sets the lightness; a colour outside sRGB loses chroma, not lightness', () =>
    fc.assert(
      fc.property(anyColour, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (rgb, l) => {
        const shade = withLightness(rgb, l);
        expect(shade.every((v) => v >= 0 && v <= 1)).toBe(true);
        expect(rgbToOklch(shade).l).toBeCloseTo(l, 2);
      }),
    ));

  it('keeps a near-black blue raised to 0.95 inside 0–1 (a case fast-check found: rounding past 1)', () => {
    const shade = withLightness([0, 2 / 255, 7 / 255], 0.9499763229494018);
    expect(shade.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('places white at lightness 1 and black at 0', () => {
    expect(rgbToOklch(parseHex('#ffffff')).l).toBeCloseTo(1, 4);
    expect(rgbToOklch(parseHex('#000000')).l).toBeCloseTo(0, 4);
  });
});

describe('the accent palette', () => {
  it('uses the editor’s colour as the light theme’s accent and lighter shades of its hue in the dark theme', () => {
    const { light, dark } = accentPalette('#0a7d32');
    expect(light.accent).toBe('#0a7d32');
    const hue = rgbToOklch(parseHex('#0a7d32')).h;
    for (const shade of [dark.low, dark.accent, dark.high, light.low, light.high])
      expect(rgbToOklch(parseHex(shade)).h).toBeCloseTo(hue, -1);
    expect(rgbToOklch(parseHex(dark.high)).l).toBeGreaterThan(rgbToOklch(parseHex(dark.low)).l);
  });

  it('passes for this site’s accent and for typical brand colours dark enough for text on white', () => {
    expect(accentProblems(readSiteConfig().accent)).toEqual([]);
    for (const brand of ['#1d4ed8', '#0a7d32', '#b45309', '#7c3aed', '#be123c', '#0f766e', '#000000', '#334155'])
      expect(accentProblems(brand), brand).toEqual([]);
  });

  it('refuses a colour too light for text on white, with the measured ratio and a darker shade that passes', () => {
    const problems = accentProblems('#ffcc00');
    expect(problems[0]).toBe("#ffcc00 gives links and accent text on the page (light theme) a contrast of 1.51:1, below WCAG AA's 4.5:1");
    const suggestion = /passes: (#[0-9a-f]{6})$/.exec(problems.at(-1)!)?.[1];
    expect(suggestion).toBeDefined();
    expect(accentProblems(suggestion!)).toEqual([]);
    expect(ratio(suggestion!, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('refuses #777777 (4.48:1 on white) without rounding it up to a pass', () => {
    expect(accentProblems('#777777')[0]).toContain('a contrast of 4.47:1');
  });

  it('writes both themes and print, print in the light shades', () => {
    const palette = accentPalette('#1d4ed8');
    const css = accentCss(palette);
    expect(css).toContain(`:root{--sl-color-accent-low:${palette.dark.low};`);
    expect(css).toContain(`:root[data-theme=light]{--sl-color-accent-low:${palette.light.low};`);
    expect(css).toContain(`@media print{:root[data-theme]{--sl-color-accent-low:${palette.light.low};`);
  });

  it('gives link-preview cards text that reads on their background', () => {
    for (const brand of ['#1d4ed8', '#0a7d32', '#ffcc00', '#000000']) {
      const c = ogColours(brand);
      for (const text of [c.title, c.siteName, c.section, c.description])
        expect(ratio(text, c.background), brand).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});

describe('Starlight’s theme colours', () => {
  // The copy in accent-palette.ts must stay what the installed Starlight draws (style/props.css).
  // Beside the one stylesheet Starlight exports (style/markdown.css).
  const require = createRequire(import.meta.url);
  const css = readFileSync(join(dirname(require.resolve('@astrojs/starlight/style/markdown.css')), 'props.css'), 'utf8');
  const [darkBlock, lightBlock] = css.split(":root[data-theme='light']") as [string, string];
  const value = (block: string, name: string): Rgb => {
    const match = new RegExp(`--sl-color-${name}:\\s*hsl\\((\\d+), (\\d+)%, (\\d+)%\\)`).exec(block);
    if (!match) throw new Error(`no --sl-color-${name} in Starlight's props.css`);
    return hsl(Number(match[1]), Number(match[2]), Number(match[3]));
  };
  it.each([
    ['dark', darkBlock, { bg: 'black', nav: 'gray-6', white: 'white', text: 'gray-2' }],
    ['light', lightBlock, { bg: 'black', nav: 'gray-7', white: 'white', text: 'gray-2' }],
  ] as const)('match the installed Starlight in the %s theme', (theme, block, names) => {
    for (const [key, name] of Object.entries(names))
      expect(toHex(STARLIGHT_THEME[theme][key as keyof typeof names]), `${theme} ${key}`).toBe(toHex(value(block, name)));
  });
});
