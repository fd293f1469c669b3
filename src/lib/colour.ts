/**
 * Colour maths for the site's accent colour (pure): sRGB hex parsing, WCAG 2.2 contrast ratios, and
 * OKLCH (Björn Ottosson's Oklab in polar form), in which a colour's light and dark variants keep its
 * hue while their lightness is set for the theme they are used in.
 */

/** sRGB channels, each 0–1. */
export type Rgb = readonly [number, number, number];
/** OKLCH: lightness 0–1, chroma ≥ 0, hue in degrees. */
export interface Oklch {
  l: number;
  c: number;
  h: number;
}

const HEX = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** True for `#rgb` or `#rrggbb`. */
export const isHexColour = (value: string): boolean => HEX.test(value);

/** `#rgb` or `#rrggbb` as sRGB channels; throws on anything else (schemas check with isHexColour first). */
export function parseHex(hex: string): Rgb {
  const match = HEX.exec(hex);
  if (!match) throw new Error(`not a hex colour: ${hex}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** Channels (clamped to 0–1) as lowercase `#rrggbb`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** sRGB channel to linear light (the sRGB transfer function, as WCAG 2.2 defines it). */
const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const fromLinear = (v: number) => (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);

/** WCAG 2.2 relative luminance. */
function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two colours, 1–21, whichever is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** HSL as Starlight writes its colours (hue in degrees, saturation and lightness in percent). */
export function hsl(h: number, s: number, l: number): Rgb {
  const sat = s / 100;
  const light = l / 100;
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return light - sat * Math.min(light, 1 - light) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

export function rgbToOklch(rgb: Rgb): Oklch {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  const l_ = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m_ = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s_ = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l_ + 0.793617785 * m_ - 0.0040720468 * s_;
  const A = 1.9779984951 * l_ - 2.428592205 * m_ + 0.4505937099 * s_;
  const B = 0.0259040371 * l_ + 0.7827717662 * m_ - 0.808675766 * s_;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return { l: L, c: Math.hypot(A, B), h: h < 0 ? h + 360 : h };
}

/** OKLCH to sRGB channels, unclamped (a channel outside 0–1 means the colour is out of gamut). */
function oklchToRgbUnclamped({ l, c, h }: Oklch): Rgb {
  const A = c * Math.cos((h * Math.PI) / 180);
  const B = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m_ = (l - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s_ = (l - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    fromLinear(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    fromLinear(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    fromLinear(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
  ];
}

const inGamut = (rgb: Rgb) => rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4);

/** OKLCH to sRGB; out-of-gamut colours keep their lightness and hue and lose chroma until they fit. */
export function oklchToRgb(colour: Oklch): Rgb {
  // inGamut allows a rounding error's width outside 0–1, so every result is clamped, the in-gamut one too.
  const clamp = (rgb: Rgb) => rgb.map((v) => Math.min(1, Math.max(0, v))) as unknown as Rgb;
  if (inGamut(oklchToRgbUnclamped(colour))) return clamp(oklchToRgbUnclamped(colour));
  let [lo, hi] = [0, colour.c];
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (inGamut(oklchToRgbUnclamped({ ...colour, c: mid }))) lo = mid;
    else hi = mid;
  }
  return clamp(oklchToRgbUnclamped({ ...colour, c: lo }));
}

/** The colour with its OKLCH lightness set to `l` and its chroma capped at `maxChroma`, same hue. */
export function withLightness(base: Rgb, l: number, maxChroma = Infinity): Rgb {
  const { c, h } = rgbToOklch(base);
  return oklchToRgb({ l, c: Math.min(c, maxChroma), h });
}

/**
 * The same hue at the OKLCH lightness nearest to the colour's own at which `passes` holds, searching
 * darker or lighter; undefined when no lightness does.
 */
export function nearestPassing(base: Rgb, direction: 'darker' | 'lighter', passes: (candidate: Rgb) => boolean): Rgb | undefined {
  const { l } = rgbToOklch(base);
  for (let step = 1; step <= 100; step++) {
    const next = direction === 'darker' ? l - step / 100 : l + step / 100;
    if (next < 0 || next > 1) return undefined;
    const candidate = withLightness(base, next);
    if (passes(candidate)) return candidate;
  }
  return undefined;
}
