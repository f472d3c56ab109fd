/**
 * Colour contrast as WCAG 2 defines it, and the darkest-needed shade of a colour that reads on
 * given backgrounds. Pure, so every label colour of the map style can be checked in a unit test.
 */

type Rgb = [number, number, number];

/** "#rrggbb" or "#rgb" → 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `color` mixed into `base`: `share` 0 gives `base`, 1 gives `color` (an opaque stand-in for a translucent layer on `base`). */
export function mixHex(color: string, base: string, share: number): string {
  const [c, b] = [parseHex(color), parseHex(base)];
  return toHex(c.map((v, i) => v * share + b[i] * (1 - share)) as Rgb);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21 (order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Normal text needs 4.5:1 (WCAG AA). */
export const TEXT_CONTRAST = 4.5;

/**
 * `color` itself if it reads on every background, otherwise the lightest shade of it (mixed toward
 * black in 2 % steps) that does: a label keeps its layer's hue and becomes readable.
 */
export function readableOn(color: string, backgrounds: readonly string[], ratio = TEXT_CONTRAST): string {
  const rgb = parseHex(color);
  for (let dark = 0; dark <= 1; dark += 0.02) {
    const shade = toHex(rgb.map((c) => c * (1 - dark)) as Rgb);
    if (backgrounds.every((bg) => contrastRatio(shade, bg) >= ratio)) return shade;
  }
  return '#000000';
}
