import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import sharp, { type OverlayOptions } from 'sharp';
import { linesBetween, loadFonts, measure, outline, path, textBlock } from '@column57/artwork';

/**
 * A print-ready A4 poster of an article or a campaign for a notice board: the body's name in its colours,
 * the title, the summary, the picture, and a QR code to the item's page with the address printed under
 * it. A PNG of 2480×3508 pixels marked 300 dpi (A4 at print resolution), drawn like the share cards.
 */
export const POSTER_WIDTH = 2480;
export const POSTER_HEIGHT = 3508;
const MARGIN = 180;
const QR_SIZE = 820;

export interface Poster {
  title: string;
  text: string;
  /** The full address of the item's page: what the QR code holds and the poster prints. */
  url: string;
  bodyName: string;
  columnName: string;
  scanToRead: string;
  brand: string;
  onBrand: string;
  decoration: string;
  /** The item's picture as a file of the snapshot, or null. */
  image: string | null;
  imageHash: string | null;
}

export function posterFile(poster: Poster): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ ...poster, image: null, v: 1 }))
    .digest('hex');
  return `poster-${key.slice(0, 32)}.png`;
}

/** The QR code's dark modules as one path, `size` pixels square with its quiet zone, at (x, y). */
function qrPath(url: string, x: number, y: number, size: number): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = Math.floor(size / (modules.size + 8));
  const offset = (size - cell * modules.size) / 2;
  let d = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) d += `M${x + offset + col * cell} ${y + offset + row * cell}h${cell}v${cell}h-${cell}z`;
  return d;
}

/** An address broken where it may be (after "/" or "-") into lines no wider than `width`. */
function urlLines(url: string, size: number, width: number): string[] {
  const { medium } = loadFonts();
  const pieces = url.match(/[^/-]*[/-]?/g)!.filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure(medium, line + piece, size) > width) {
      lines.push(line);
      line = '';
    }
    line += piece;
  }
  if (line) lines.push(line);
  return lines;
}

export function posterSvg(poster: Poster): { svg: string; imageBox: { x: number; y: number; width: number; height: number } | null } {
  const { bold, medium } = loadFonts();
  const W = POSTER_WIDTH;
  const H = POSTER_HEIGHT;
  const inner = W - 2 * MARGIN;
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#ffffff"/>`];
  const band = 400;
  parts.push(
    `<rect width="${W}" height="${band}" fill="${poster.brand}"/>`,
    `<rect y="${band}" width="${W}" height="36" fill="${poster.decoration}"/>`,
  );
  const name = textBlock(bold, poster.bodyName, 96, { x: MARGIN, y: 90, width: inner, maxLines: 1 });
  const column = textBlock(medium, poster.columnName, 64, { x: MARGIN, y: name.bottom + 20, width: inner, maxLines: 1 });
  parts.push(path(name.d + column.d, poster.onBrand));

  let y = band + 36 + 150;
  const title = textBlock(bold, poster.title, 132, { x: MARGIN, y, width: inner, maxLines: 5, lineHeight: 1.15 });
  y = title.bottom + 90;
  const lines = urlLines(poster.url, 50, inner);
  const footer = H - MARGIN - QR_SIZE - 40 - lines.length * 62;
  // The summary, then the picture in what room is left (none when too little is left to show it).
  const text = textBlock(medium, poster.text, 68, {
    x: MARGIN,
    y,
    width: inner,
    maxLines: Math.min(7, linesBetween(y, footer, 68, 1.35)),
    lineHeight: 1.35,
  });
  y = Math.round(text.bottom + 80);
  const imageBox =
    poster.image && footer - 80 - y >= 500 ? { x: MARGIN, y, width: inner, height: Math.round(Math.min(1300, footer - 80 - y)) } : null;

  // The QR code at the bottom right, what to do with it beside it, the address printed under both.
  const qrX = W - MARGIN - QR_SIZE;
  const qrY = footer + 20;
  parts.push(
    `<rect x="${qrX}" y="${qrY}" width="${QR_SIZE}" height="${QR_SIZE}" fill="#ffffff"/>`,
    path(qrPath(poster.url, qrX, qrY, QR_SIZE), '#000000'),
  );
  const scan = textBlock(bold, poster.scanToRead, 84, { x: MARGIN, y: qrY + 200, width: qrX - MARGIN - 80, maxLines: 3 });
  let url = '';
  lines.forEach((line, i) => (url += outline(medium, line, 50, MARGIN, qrY + QR_SIZE + 60 + i * 62).d));
  parts.push(path(title.d + text.d + scan.d + url, '#0b0c0c'));
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${parts.join('')}</svg>`, imageBox };
}

export async function renderPoster(poster: Poster): Promise<Buffer> {
  const { svg, imageBox } = posterSvg(poster);
  const layers: OverlayOptions[] = [];
  if (imageBox && poster.image) {
    const input = await sharp(poster.image).resize(imageBox.width, imageBox.height, { fit: 'cover' }).toBuffer();
    layers.push({ input, left: imageBox.x, top: imageBox.y });
  }
  return sharp(Buffer.from(svg)).composite(layers).withDensity(300).png({ compressionLevel: 6 }).toBuffer();
}
