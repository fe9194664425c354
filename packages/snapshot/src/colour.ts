import { PALETTE_TEXT } from './palette-text.ts';

/** The national hub's own colours (its pages, and the mails of its subscribers). */
export const HUB_BRAND = '#a61b1b';
export const HUB_DECORATION = '#f2c200';
/** The colours of a body that has not chosen its own yet (the CMS's mails and share kits; a snapshot requires them). */
export const UNBRANDED = { primary: '#0b5394', secondary: HUB_DECORATION };

/** WCAG 2.1 contrast, used to keep each body's brand colours readable. */
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = ([r, g, b]: number[]) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour darkened (towards black) until it reaches `ratio` against `against`. */
export function darkenUntil(hex: string, against: string, ratio: number): string {
  let colour = rgb(hex);
  for (let i = 0; i < 40 && contrast(toHex(colour), against) < ratio; i++) colour = colour.map((c) => c * 0.92) as [number, number, number];
  return toHex(colour);
}

export interface Palette {
  /** Header/button background and the text on it. */
  brand: string;
  onBrand: string;
  /** Links and accents on the white page. */
  accent: string;
  /** The secondary colour, used only for decoration (borders). */
  decoration: string;
  warnings: string[];
}

/** The palette as the CSS custom properties every page of a column sets on its <html>. */
export const paletteStyle = (palette: Palette) =>
  `--brand:${palette.brand};--on-brand:${palette.onBrand};--accent:${palette.accent};--decoration:${palette.decoration}`;

/**
 * The body's colours made safe for text: white or near-black on the brand colour, whichever reads
 * better, and a link colour at 4.5:1 on white. Each adjustment is reported so the build can say so.
 */
export function accessiblePalette(primary: string, secondary: string): Palette {
  const warnings: string[] = [];
  const white = '#ffffff';
  const ink = '#0b0c0c';
  let brand = primary;
  let onBrand = contrast(white, brand) >= contrast(ink, brand) ? white : ink;
  if (contrast(onBrand, brand) < 4.5) {
    brand = darkenUntil(primary, white, 4.5);
    onBrand = white;
    // A log line read by whoever runs the build, whose language is not known: both languages.
    warnings.push(PALETTE_TEXT.both('primaryLacksTextContrast', { primary, ratio: contrast(white, primary).toFixed(2), brand }));
  }
  const accent = contrast(primary, white) >= 4.5 ? primary : darkenUntil(primary, white, 4.5);
  if (accent !== primary && brand === primary) {
    warnings.push(PALETTE_TEXT.both('primaryTooLightForLinks', { primary, accent }));
  }
  return { brand, onBrand, accent, decoration: secondary, warnings };
}
