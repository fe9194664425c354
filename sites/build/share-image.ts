import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import sharp, { type OverlayOptions } from 'sharp';

/**
 * The picture a share card shows: 1200x630, the body's colours, its emblem, and the article's title
 * drawn as outlines from a font we ship (Be Vietnam Pro, made for Vietnamese), so the result is the
 * same on every machine and never depends on the fonts installed there.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const MARGIN = 72;

const require = createRequire(import.meta.url);
const fontFile = (weight: string) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);
let fonts: { bold: fontkit.Font; medium: fontkit.Font } | undefined;
function loadFonts() {
  fonts ??= {
    bold: fontkit.openSync(fontFile('700Bold')) as fontkit.Font,
    medium: fontkit.openSync(fontFile('500Medium')) as fontkit.Font,
  };
  return fonts;
}

/** Shapes a line of text and returns its outline as SVG path data, placed with its baseline at (x, y). */
function outline(font: fontkit.Font, text: string, size: number, x: number, y: number): { d: string; width: number } {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text.normalize('NFC'));
  let pen = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const path = glyph.path.scale(scale, -scale).translate(x + (pen + position.xOffset) * scale, y - position.yOffset * scale);
    parts.push(path.toSVG());
    pen += position.xAdvance;
  });
  return { d: parts.join(''), width: pen * scale };
}

const measure = (font: fontkit.Font, text: string, size: number) => (font.layout(text.normalize('NFC')).advanceWidth * size) / font.unitsPerEm;

/** Breaks text into at most `maxLines` lines no wider than `width`, ending with "…" if it had to cut. */
export function wrap(font: fontkit.Font, text: string, size: number, width: number, maxLines: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(font, candidate, size) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && measure(font, `${last}…`, size) > width) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

export interface ShareCard {
  title: string;
  bodyName: string;
  columnName: string;
  background: string;
  foreground: string;
  accent: string;
  /** The body's emblem, as image bytes (PNG or JPEG), or null. */
  logo: Buffer | null;
}

/** Characters of `text` that the shipped fonts have no glyph for (they would show as boxes). */
export function missingGlyphs(text: string): string[] {
  const { bold, medium } = loadFonts();
  return [...new Set(text.normalize('NFC'))].filter((ch) => /\S/.test(ch) && (!bold.hasGlyphForCodePoint(ch.codePointAt(0)!) || !medium.hasGlyphForCodePoint(ch.codePointAt(0)!)));
}

const LOGO_SIZE = 96;

/** The card as SVG: shapes and glyph outlines only, no <text>, so no font on the machine is ever used. */
export function shareCardSvg(card: ShareCard): string {
  const { bold, medium } = loadFonts();
  const logoSize = LOGO_SIZE;
  const textLeft = MARGIN;
  const textWidth = SHARE_WIDTH - 2 * MARGIN;
  // The largest size at which the title fits in four lines.
  let size = 64;
  let lines = wrap(bold, card.title, size, textWidth, 4);
  while (size > 44 && wrap(bold, card.title, size, textWidth, 99).length > 4) {
    size -= 4;
    lines = wrap(bold, card.title, size, textWidth, 4);
  }
  const lineHeight = Math.round(size * 1.22);
  const titleTop = 220;
  const paths = lines.map((line, i) => outline(bold, line, size, textLeft, titleTop + size + i * lineHeight).d);
  const name = outline(medium, card.bodyName, 34, textLeft + logoSize + 28, MARGIN + 44);
  const column = outline(medium, card.columnName, 28, textLeft, SHARE_HEIGHT - MARGIN + 8);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">
<rect width="100%" height="100%" fill="${card.background}"/>
<rect y="${SHARE_HEIGHT - 14}" width="100%" height="14" fill="${card.accent}"/>
<path d="${name.d}" fill="${card.foreground}"/>
<path d="${paths.join('')}" fill="${card.foreground}"/>
<path d="${column.d}" fill="${card.foreground}" opacity="0.9"/>
</svg>`;
  return svg;
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const layers: OverlayOptions[] = [];
  if (card.logo) {
    const emblem = await sharp(card.logo).resize(LOGO_SIZE, LOGO_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
    layers.push({ input: emblem, left: MARGIN, top: MARGIN - 20 });
  }
  // Plain libjpeg: mozjpeg made each card three times slower (120 ms against 37 ms here) for a few KB.
  return sharp(Buffer.from(shareCardSvg(card))).composite(layers).jpeg({ quality: 82 }).toBuffer();
}

/** Renders a share card once: the cache key covers everything drawn, so an unchanged card is reused. */
export async function shareImage(card: ShareCard, cacheDir: string): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify({ ...card, logo: card.logo ? createHash('sha256').update(card.logo).digest('hex') : null, v: 2 }))
    .digest('hex');
  const file = `share-${key.slice(0, 32)}.jpg`;
  const path = join(cacheDir, file);
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${path}.tmp`, await renderShareImage(card));
    renameSync(`${path}.tmp`, path);
  }
  return file;
}
