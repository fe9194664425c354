import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glyphCommands, LETTER, loadFonts, outline, px, wrap } from '@column57/artwork';
import type * as fontkit from 'fontkit';
import { LRUCache } from 'lru-cache';
import sharp, { type OverlayOptions } from 'sharp';

/**
 * The picture a share card shows: 1200x630, the body's colours, its emblem, and the article's title
 * drawn as outlines of the shipped font (@column57/artwork), so the result is the same on every machine.
 */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const MARGIN = 72;

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

const LOGO_SIZE = 96;

/** `a` over `b` at the given opacity, as one colour: an opacity would make the rasteriser paint a layer. */
function mix(a: string, b: string, alpha: number): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [ca, cb] = [rgb(a), rgb(b)];
  return `#${ca
    .map((v, i) =>
      Math.round(v * alpha + cb[i] * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The title's size and lines: the largest size (64 down to 44) at which it fits in four lines. */
function titleLayout(title: string) {
  const { bold } = loadFonts();
  const width = SHARE_WIDTH - 2 * MARGIN;
  let size = 64;
  let lines = wrap(bold, title, size, width, 4);
  while (size > 44 && wrap(bold, title, size, width, 99).length > 4) {
    size -= 4;
    lines = wrap(bold, title, size, width, 4);
  }
  const lineHeight = Math.round(size * 1.22);
  return { size, lines, baseline: (i: number) => TITLE_TOP + size + i * lineHeight };
}
const TITLE_TOP = 220;

/** The card as SVG: shapes and glyph outlines only, no <text>, so no font on the machine is ever used. */
export function shareCardSvg(card: ShareCard): string {
  const { bold, medium } = loadFonts();
  const layout = titleLayout(card.title);
  const paths = layout.lines.map((line, i) => outline(bold, line, layout.size, MARGIN, layout.baseline(i)).d);
  const name = outline(medium, card.bodyName, 34, MARGIN + LOGO_SIZE + 28, MARGIN + 44);
  const column = outline(medium, card.columnName, 28, MARGIN, SHARE_HEIGHT - MARGIN + 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}">
<rect width="100%" height="100%" fill="${card.background}"/>
<rect y="${SHARE_HEIGHT - 14}" width="100%" height="14" fill="${card.accent}"/>
<path d="${name.d}" fill="${card.foreground}"/>
<path d="${paths.join('')}" fill="${card.foreground}"/>
<path d="${column.d}" fill="${mix(card.foreground, card.background, 0.9)}"/>
</svg>`;
}

/** Each body's emblem is scaled once per process, not once per card (a body has thousands of cards). */
const emblems = new Map<string, Promise<Buffer>>();
function emblemOf(logo: Buffer): Promise<Buffer> {
  const key = createHash('sha256').update(logo).digest('hex');
  let emblem = emblems.get(key);
  if (!emblem) {
    emblem = sharp(logo)
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    emblems.set(key, emblem);
    emblem.catch(() => emblems.delete(key));
  }
  return emblem;
}

/**
 * Cards are drawn in two parts. What every card of a body shares (colours, emblem, names) is
 * rasterised once, as raw RGB. The title is set from glyph coverage masks, each glyph rasterised once
 * per size and quarter-pixel offset from the same outlines, and blended in here: a body's thousands of
 * cards then cost an encode each, not a vector rasterisation each.
 *
 * A base is 2.2 MB of raw pixels. Cards are drawn body after body, so a few recent bases are all that is
 * reused: kept without a bound, a country's 3,377 bodies in two languages held some 15 GB.
 */
const BASES_KEPT = 16;
const bases = new LRUCache<string, Promise<Buffer>>({ max: BASES_KEPT });
function baseOf(card: ShareCard): Promise<Buffer> {
  const key = JSON.stringify([
    card.background,
    card.foreground,
    card.accent,
    card.bodyName,
    card.columnName,
    card.logo ? createHash('sha256').update(card.logo).digest('hex') : null,
  ]);
  let base = bases.get(key);
  if (!base) {
    base = (async () => {
      const layers: OverlayOptions[] = card.logo ? [{ input: await emblemOf(card.logo), left: MARGIN, top: MARGIN - 20 }] : [];
      const flat = await sharp(Buffer.from(shareCardSvg({ ...card, title: '' })))
        .composite(layers)
        .png()
        .toBuffer();
      return sharp(flat).removeAlpha().raw().toBuffer();
    })();
    bases.set(key, base);
    base.catch(() => bases.delete(key));
  }
  return base;
}

interface Mask {
  x: number;
  y: number;
  width: number;
  height: number;
  alpha: Buffer;
}
const SUBPIXELS = 4;
const masks = new Map<string, Promise<Mask | null>>();

/** A glyph's coverage at a size, for a pen at `sub` quarters of a pixel; (x, y) is the pen's place in it. */
function maskOf(font: fontkit.Font, glyph: fontkit.Glyph, size: number, sub: number): Promise<Mask | null> {
  const key = `${font.postscriptName}|${glyph.id}|${size}|${sub}`;
  let mask = masks.get(key);
  if (mask) return mask;
  const commands = glyphCommands(font, glyph);
  const scale = size / font.unitsPerEm;
  const xs = commands.flatMap((c) => c.args.filter((_, i) => i % 2 === 0));
  const ys = commands.flatMap((c) => c.args.filter((_, i) => i % 2 === 1));
  if (!xs.length) {
    mask = Promise.resolve(null);
  } else {
    const x = 1 - Math.floor(Math.min(...xs) * scale);
    const y = 1 + Math.ceil(Math.max(...ys) * scale);
    const width = x + Math.ceil(Math.max(...xs) * scale) + 2;
    const height = y - Math.floor(Math.min(...ys) * scale) + 2;
    const ox = x + sub / SUBPIXELS;
    let d = '';
    for (const { command, args } of commands) {
      d += LETTER[command] ?? '';
      for (let k = 0; k < args.length; k += 2) d += `${k ? ' ' : ''}${px(ox + args[k] * scale)} ${px(y - args[k + 1] * scale)}`;
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}" fill="#000"/></svg>`;
    mask = sharp(Buffer.from(svg))
      .extractChannel(3)
      .raw()
      .toBuffer()
      .then((alpha) => ({ x, y, width, height, alpha }));
  }
  masks.set(key, mask);
  return mask;
}

/** Blends the title, glyph by glyph, into a copy of the card's base. */
async function drawTitle(base: Buffer, title: string, colour: string): Promise<Buffer> {
  const { bold } = loadFonts();
  const layout = titleLayout(title);
  const scale = layout.size / bold.unitsPerEm;
  const placed: Array<{ mask: Promise<Mask | null>; px: number; py: number }> = [];
  layout.lines.forEach((line, i) => {
    const run = bold.layout(line.normalize('NFC'));
    let pen = 0;
    run.glyphs.forEach((glyph, g) => {
      const position = run.positions[g];
      const x = MARGIN + (pen + position.xOffset) * scale;
      const y = Math.round(layout.baseline(i) - position.yOffset * scale);
      let whole = Math.floor(x);
      let sub = Math.round((x - whole) * SUBPIXELS);
      if (sub === SUBPIXELS) {
        whole += 1;
        sub = 0;
      }
      placed.push({ mask: maskOf(bold, glyph, layout.size, sub), px: whole, py: y });
      pen += position.xAdvance;
    });
  });
  const out = takeCanvas(base);
  const [r, g, b] = [1, 3, 5].map((i) => rampTo(parseInt(colour.slice(i, i + 2), 16)));
  for (const { mask: pending, px: penX, py: penY } of placed) {
    const mask = await pending;
    if (!mask) continue;
    const left = penX - mask.x;
    const top = penY - mask.y;
    // Only the part of the glyph that falls on the card (titles are laid out inside it, so nearly always all).
    const fromCol = Math.max(0, -left);
    const toCol = Math.min(mask.width, SHARE_WIDTH - left);
    const fromRow = Math.max(0, -top);
    const toRow = Math.min(mask.height, SHARE_HEIGHT - top);
    const alpha = mask.alpha;
    for (let row = fromRow; row < toRow; row++) {
      let m = row * mask.width + fromCol;
      let at = ((top + row) * SHARE_WIDTH + left + fromCol) * 3;
      for (let col = fromCol; col < toCol; col++, m++, at += 3) {
        const a = alpha[m];
        if (!a) continue;
        out[at] = r[(out[at] << 8) | a];
        out[at + 1] = g[(out[at + 1] << 8) | a];
        out[at + 2] = b[(out[at + 2] << 8) | a];
      }
    }
  }
  return out;
}

/**
 * Blending a channel value v towards the title's colour t at coverage a, as a table over (v, a):
 * the same Math.round(v + (t - v) * a / 255) as computed per pixel, looked up instead (most titles are
 * one of a few colours, so each table is built once).
 */
const ramps = new Map<number, Uint8Array>();
function rampTo(target: number): Uint8Array {
  let ramp = ramps.get(target);
  if (!ramp) {
    ramp = new Uint8Array(256 * 256);
    for (let v = 0; v < 256; v++) for (let a = 0; a < 256; a++) ramp[(v << 8) | a] = Math.round(v + ((target - v) * a) / 255);
    ramps.set(target, ramp);
  }
  return ramp;
}

/**
 * Canvases (a copy of a base, 2.2 MB) are reused once their card is encoded: allocating one per card
 * kept the garbage collector busy for a tenth of the time.
 */
const canvases: Buffer[] = [];
function takeCanvas(base: Buffer): Buffer {
  const canvas = canvases.pop() ?? Buffer.allocUnsafe(base.length);
  base.copy(canvas);
  return canvas;
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const pixels = await drawTitle(await baseOf(card), card.title, card.foreground);
  // Plain libjpeg without Huffman optimisation: mozjpeg made each card three times slower, and the
  // optimised tables cost a third of the encoding for some 10% of the bytes.
  try {
    return await sharp(pixels, { raw: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 3 } })
      .jpeg({ quality: 82, optimiseCoding: false })
      .toBuffer();
  } finally {
    if (canvases.length < 8) canvases.push(pixels);
  }
}

/** The file name of a card: a hash of everything drawn, so it is known before the card is rendered. */
export function shareImageFile(card: ShareCard, logoHash?: string | null): string {
  const logo = logoHash !== undefined ? logoHash : card.logo ? createHash('sha256').update(card.logo).digest('hex') : null;
  const key = createHash('sha256')
    .update(JSON.stringify({ ...card, logo, v: 4 }))
    .digest('hex');
  return `share-${key.slice(0, 32)}.jpg`;
}

/** Renders a card into the cache under its name unless it is there already (an unchanged card is reused). */
export async function ensureShareImage(card: ShareCard, cacheDir: string, file = shareImageFile(card)): Promise<string> {
  const path = join(cacheDir, file);
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${path}.tmp`, await renderShareImage(card));
    renameSync(`${path}.tmp`, path);
  }
  return file;
}
