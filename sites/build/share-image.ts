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

/** A glyph's outline in font units, as path commands; shaped once per font and glyph, then only placed. */
type Command = { command: string; args: number[] };
const outlines = new WeakMap<fontkit.Font, Map<number, Command[]>>();
function glyphCommands(font: fontkit.Font, glyph: fontkit.Glyph): Command[] {
  let cache = outlines.get(font);
  if (!cache) outlines.set(font, (cache = new Map()));
  let commands = cache.get(glyph.id);
  if (!commands) cache.set(glyph.id, (commands = glyph.path.commands.map((c) => ({ command: c.command, args: [...c.args] }))));
  return commands;
}

const LETTER: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };
// A tenth of a pixel is finer than the card can show, and keeps the SVG short for the rasteriser.
const px = (n: number) => String(Math.round(n * 10) / 10);

/** Shapes a line of text and returns its outline as SVG path data, placed with its baseline at (x, y). */
function outline(font: fontkit.Font, text: string, size: number, x: number, y: number): { d: string; width: number } {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text.normalize('NFC'));
  let pen = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const ox = x + (pen + position.xOffset) * scale;
    const oy = y - position.yOffset * scale;
    for (const { command, args } of glyphCommands(font, glyph)) {
      let out = LETTER[command] ?? '';
      for (let k = 0; k < args.length; k += 2) out += `${k ? ' ' : ''}${px(ox + args[k] * scale)} ${px(oy - args[k + 1] * scale)}`;
      parts.push(out);
    }
    pen += position.xAdvance;
  });
  return { d: parts.join(''), width: pen * scale };
}

/** Advance widths of single words, in font units: lines are measured as words plus spaces. */
const advances = new WeakMap<fontkit.Font, Map<string, number>>();
function advanceOf(font: fontkit.Font, word: string): number {
  let cache = advances.get(font);
  if (!cache) advances.set(font, (cache = new Map()));
  let width = cache.get(word);
  if (width === undefined) cache.set(word, (width = font.layout(word).advanceWidth));
  return width;
}

/** The width of a line at a size: its words' advances and the spaces between them (kerning across a space is nil). */
const measure = (font: fontkit.Font, text: string, size: number) => {
  const words = text.normalize('NFC').split(' ');
  const units = words.reduce((sum, word) => sum + advanceOf(font, word), 0) + (words.length - 1) * advanceOf(font, ' ');
  return (units * size) / font.unitsPerEm;
};

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

/** `a` over `b` at the given opacity, as one colour: an opacity would make the rasteriser paint a layer. */
function mix(a: string, b: string, alpha: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [ca, cb] = [rgb(a), rgb(b)];
  return `#${ca.map((v, i) => Math.round(v * alpha + cb[i] * (1 - alpha)).toString(16).padStart(2, '0')).join('')}`;
}

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
<path d="${column.d}" fill="${mix(card.foreground, card.background, 0.9)}"/>
</svg>`;
  return svg;
}

/** Each body's emblem is scaled once per process, not once per card (a body has thousands of cards). */
const emblems = new Map<string, Promise<Buffer>>();
function emblemOf(logo: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(logo).digest('hex');
  let emblem = emblems.get(key);
  if (!emblem) {
    emblem = sharp(logo).resize(LOGO_SIZE, LOGO_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
    emblems.set(key, emblem);
    emblem.catch(() => emblems.delete(key));
  }
  return emblem;
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const layers: OverlayOptions[] = [];
  if (card.logo) layers.push({ input: await emblemOf(card.logo), left: MARGIN, top: MARGIN - 20 });
  // Plain libjpeg without Huffman optimisation: mozjpeg made each card three times slower, and the
  // optimised tables cost a third of the encoding for some 10% of the bytes.
  return sharp(Buffer.from(shareCardSvg(card))).composite(layers).jpeg({ quality: 82, optimiseCoding: false }).toBuffer();
}

/** Renders a share card once: the cache key covers everything drawn, so an unchanged card is reused. */
export async function shareImage(card: ShareCard, cacheDir: string): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify({ ...card, logo: card.logo ? createHash('sha256').update(card.logo).digest('hex') : null, v: 3 }))
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
