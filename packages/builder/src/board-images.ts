import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import type { Slide } from '@column57/sites/board';
import { linesBetween, loadFonts, measure, path, textBlock } from '@column57/artwork';

/**
 * A bulletin board's slides as pictures, for boards that take pictures only: the same slides as the
 * board's page (sites/src/lib/board.ts), 1920×1080 and 1080×1920, drawn as SVG of glyph outlines
 * (the share cards' fonts and setting) with the slide's picture laid in by sharp, and written as PNG.
 */
export const ORIENTATIONS = { landscape: [1920, 1080], portrait: [1080, 1920] } as const;
export type Orientation = keyof typeof ORIENTATIONS;

export interface SlideBrand {
  name: string;
  columnName: string;
  brand: string;
  onBrand: string;
  decoration: string;
}

export interface SlidePicture {
  slide: Slide;
  brand: SlideBrand;
  orientation: Orientation;
  /** The slide's picture as a file of the snapshot, or null. */
  image: string | null;
  imageHash: string | null;
}

const INK = '#0b0c0c';
const EMERGENCY = '#8b0000';

/** The file name of a slide's picture: a hash of everything drawn, so an unchanged slide is not drawn again. */
export function slideFile(job: SlidePicture): string {
  const { slide, brand, orientation, imageHash } = job;
  const key = createHash('sha256')
    .update(JSON.stringify({ slide: { ...slide, image: null, path: null }, brand, orientation, imageHash, v: 1 }))
    .digest('hex');
  return `board-${key.slice(0, 32)}-${orientation}.png`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The slide as SVG, and where its picture goes. */
export function slideSvg(job: SlidePicture): { svg: string; imageBox: Box | null } {
  const { bold, medium } = loadFonts();
  const { slide, brand } = job;
  const [W, H] = ORIENTATIONS[job.orientation];
  const u = Math.min(W, H) / 100;
  const portrait = job.orientation === 'portrait';
  const emergency = slide.level === 'emergency';
  const paper = emergency ? EMERGENCY : '#ffffff';
  const ink = emergency ? '#ffffff' : INK;
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="${paper}"/>`];

  // The bar: the body's name on its brand colour, as the board's page shows it.
  const bar = 12 * u;
  parts.push(
    `<rect width="${W}" height="${bar}" fill="${brand.brand}"/>`,
    `<rect y="${bar}" width="${W}" height="${u}" fill="${brand.decoration}"/>`,
  );
  const name = textBlock(bold, brand.name, 4 * u, { x: 4 * u, y: 1.6 * u, width: W - 8 * u, maxLines: 1 });
  const column = textBlock(medium, brand.columnName, 2.8 * u, { x: 4 * u, y: name.bottom + 0.2 * u, width: W - 8 * u, maxLines: 1 });
  parts.push(path(name.d + column.d, brand.onBrand));

  const top = bar + 5 * u;
  const margin = 5 * u;
  const hasImage = Boolean(job.image);
  const imageBox: Box | null = !hasImage
    ? null
    : portrait
      ? { x: Math.round(margin), y: Math.round(top), width: Math.round(W - 2 * margin), height: Math.round(H * 0.36) }
      : { x: Math.round(W * 0.6), y: Math.round(top), width: Math.round(W * 0.4 - margin), height: Math.round(H - top - margin) };
  const text: Box =
    portrait && imageBox
      ? { x: margin, y: imageBox.y + imageBox.height + 4 * u, width: W - 2 * margin, height: 0 }
      : { x: margin, y: top, width: imageBox ? W * 0.6 - 2 * margin : W - 2 * margin, height: 0 };
  const bottom = H - margin;

  // The label, on a pill: the level of a bulletin, "News", a campaign.
  const labelSize = 3 * u;
  const labelWidth = Math.min(measure(bold, slide.label, labelSize), text.width - 2 * u);
  const pill = emergency ? '#ffffff' : slide.level === 'priority' ? '#ffd24d' : brand.brand;
  const onPill = emergency ? EMERGENCY : slide.level === 'priority' ? INK : brand.onBrand;
  parts.push(
    `<rect x="${text.x}" y="${text.y}" width="${labelWidth + 2 * u}" height="${labelSize * 1.6}" rx="${0.8 * u}" fill="${pill}"/>`,
  );
  const label = textBlock(bold, slide.label, labelSize, {
    x: text.x + u,
    y: text.y + 0.15 * labelSize,
    width: text.width - 2 * u,
    maxLines: 1,
  });
  parts.push(path(label.d, onPill));

  let y = text.y + labelSize * 1.6 + 3 * u;
  const title = textBlock(bold, slide.title, 6 * u, { x: text.x, y, width: text.width, maxLines: portrait ? 5 : 4, lineHeight: 1.15 });
  y = title.bottom + 2 * u;
  let d = title.d;
  if (slide.when) {
    const when = textBlock(medium, slide.when, 3 * u, { x: text.x, y, width: text.width, maxLines: 1 });
    d += when.d;
    y = when.bottom + 2 * u;
  }
  if (slide.text) {
    const size = 3.6 * u;
    d += textBlock(medium, slide.text, size, { x: text.x, y, width: text.width, maxLines: Math.min(8, linesBetween(y, bottom, size)) }).d;
  }
  for (const row of slide.rows) {
    const size = 2.9 * u;
    const goalWidth = measure(bold, row.goal, size);
    const rowLabel = textBlock(medium, row.label, size, { x: text.x, y, width: text.width - goalWidth - 3 * u, maxLines: 2 });
    const goal = textBlock(bold, row.goal, size, { x: text.x, y, width: text.width, maxLines: 1, align: 'right' });
    d += rowLabel.d + goal.d;
    y = rowLabel.bottom + 1.2 * u;
    parts.push(`<rect x="${text.x}" y="${y - 0.6 * u}" width="${text.width}" height="${0.3 * u}" fill="#d8dde0"/>`);
  }
  parts.push(path(d, ink));
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${parts.join('')}</svg>`, imageBox };
}

/** Draws a slide's picture: the SVG rasterised, its picture laid in, a PNG. */
export async function renderSlide(job: SlidePicture): Promise<Buffer> {
  const { svg, imageBox } = slideSvg(job);
  const layers: OverlayOptions[] = [];
  if (imageBox && job.image) {
    const input = await sharp(job.image).resize(imageBox.width, imageBox.height, { fit: 'cover' }).toBuffer();
    layers.push({ input, left: imageBox.x, top: imageBox.y });
  }
  return sharp(Buffer.from(svg)).composite(layers).png({ compressionLevel: 6 }).toBuffer();
}

/** Renders a picture into the cache under its name unless it is there; returns its size in bytes. */
export async function ensureFile(cacheDir: string, file: string, render: () => Promise<Buffer>): Promise<number> {
  const target = join(cacheDir, file);
  if (!existsSync(target)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${target}.tmp`, await render());
    renameSync(`${target}.tmp`, target);
  }
  return statSync(target).size;
}
