import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import type * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import sharp, { type OverlayOptions } from 'sharp';
import { type Poster, renderPoster } from './posters.ts';
import { loadFonts, wrap } from './share-image.ts';
import { path, textBlock } from './svg-text.ts';

/**
 * A campaign's kit for the body's communication staff and the portals that run it: web banners in the
 * sizes portals and ad slots take, a square for social networks, and the campaign's poster as A4 and A3
 * print PDFs, all in the body's colours from the campaign's own artwork and title, in one ZIP with a
 * note of the artwork's credit and licence. Drawn like the posters (text as outlines of the shipped font).
 */
export const KIT_BANNERS = [
  { name: 'leaderboard', width: 728, height: 90 },
  { name: 'medium-rectangle', width: 300, height: 250 },
  { name: 'portal-header', width: 1200, height: 300 },
  { name: 'square', width: 1080, height: 1080 },
] as const;
/** Print sizes in PostScript points (1/72 inch): ISO 216 A4 and A3. */
export const KIT_PRINT = [
  { name: 'A4', width: 595.28, height: 841.89 },
  { name: 'A3', width: 841.89, height: 1190.55 },
] as const;

export interface CampaignKit {
  /** The campaign's poster (posters.ts): its title, text, address and QR code, in the body's brand. */
  poster: Poster;
  /** The file name stem inside the ZIP: the campaign's slug. */
  slug: string;
  /** The note that goes with the files, one line per fact (credit, licence, address), both languages. */
  note: string[];
}

export function kitFile(kit: CampaignKit): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ ...kit, poster: { ...kit.poster, image: null }, v: 1 }))
    .digest('hex');
  return `campaign-kit-${key.slice(0, 32)}.zip`;
}

/** The largest size at which `text` fits in at most `lines` lines of `width` and in `height`, from `from` down to `to`. */
function fitting(font: fontkit.Font, text: string, box: { width: number; height: number }, lines: number, from: number, to: number) {
  for (let size = from; size > to; size -= 1) {
    const set = wrap(font, text, size, box.width, lines);
    if (!set.at(-1)!.endsWith('…') && set.length * size * 1.1 <= box.height) return size;
  }
  return to;
}

/**
 * One banner: the brand colour with the decoration's stripe, the artwork where the shape leaves room (to
 * the right of a wide banner, above the text of a tall one), the title as large as it fits, the body's name.
 */
export function bannerLayout(kit: CampaignKit, width: number, height: number) {
  const { bold, medium } = loadFonts();
  const { poster } = kit;
  const stripe = Math.max(3, Math.round(height * 0.04));
  const wide = width / height >= 2;
  const hasArt = Boolean(poster.image);
  const art = !hasArt
    ? null
    : wide
      ? {
          x: Math.round(width - Math.min(height * 1.6, width * 0.32)),
          y: 0,
          width: Math.round(Math.min(height * 1.6, width * 0.32)),
          height: height - stripe,
        }
      : { x: 0, y: 0, width, height: Math.round(height * 0.55) };
  const pad = Math.round(Math.min(width, height) * (wide ? 0.12 : 0.06));
  const box = wide
    ? { x: pad, y: pad * 0.6, width: (art ? art.x : width) - 2 * pad, height: height - stripe - pad * 1.2 }
    : {
        x: pad,
        y: (art ? art.height : 0) + pad * 0.6,
        width: width - 2 * pad,
        height: height - stripe - (art ? art.height : 0) - pad * 1.2,
      };
  const nameSize = Math.max(11, Math.round(box.height * (wide ? 0.2 : 0.1)));
  const lines = box.height / (nameSize * 1.25) >= 6 ? 3 : 2;
  // The title as large as it fits above the body's name (a line of it, and a little air).
  const titleRoom = { width: box.width, height: box.height - nameSize * 1.45 };
  const titleSize = fitting(bold, poster.title, titleRoom, lines, Math.round(box.height * 0.42), Math.max(9, Math.round(nameSize * 0.9)));
  const title = textBlock(bold, poster.title, titleSize, { x: box.x, y: box.y, width: box.width, maxLines: lines, lineHeight: 1.1 });
  const name = textBlock(medium, poster.bodyName, nameSize, {
    x: box.x,
    y: Math.max(title.bottom + nameSize * 0.2, box.y),
    width: box.width,
    maxLines: 1,
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="${poster.brand}"/>` +
    `<rect y="${height - stripe}" width="${width}" height="${stripe}" fill="${poster.decoration}"/>` +
    `${path(title.d + name.d, poster.onBrand)}</svg>`;
  return { svg, art, fits: name.bottom <= height - stripe };
}

async function renderBanner(kit: CampaignKit, width: number, height: number): Promise<Buffer> {
  const { svg, art } = bannerLayout(kit, width, height);
  const layers: OverlayOptions[] = [];
  if (art && kit.poster.image)
    layers.push({
      input: await sharp(kit.poster.image).resize(art.width, art.height, { fit: 'cover' }).toBuffer(),
      left: art.x,
      top: art.y,
    });
  return sharp(Buffer.from(svg)).composite(layers).png({ compressionLevel: 9 }).toBuffer();
}

/** The poster as a one-page PDF of a print size, its picture (a JPEG) filling the page (A4 at 300 dpi; A3 at 212). */
function printPdf(jpeg: Buffer, size: (typeof KIT_PRINT)[number], title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fixed = new Date('2026-01-01T00:00:00Z');
    const doc = new PDFDocument({
      size: [size.width, size.height],
      margin: 0,
      info: { Title: title, Producer: 'column57', Creator: 'column57', CreationDate: fixed, ModDate: fixed },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.image(jpeg, 0, 0, { width: size.width, height: size.height });
    doc.end();
  });
}

/** Draws every piece and packs them, with the note, dated 1 January 2026 so the same kit makes the same bytes. */
export async function renderKit(kit: CampaignKit): Promise<Buffer> {
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const banner of KIT_BANNERS)
    entries[`${kit.slug}-${banner.name}-${banner.width}x${banner.height}.png`] = [
      await renderBanner(kit, banner.width, banner.height),
      { level: 0, mtime },
    ];
  // A JPEG goes into a PDF as it is; a PNG with transparency would be decoded and split by the PDF writer.
  const poster = await sharp(await renderPoster(kit.poster))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 90 })
    .toBuffer();
  for (const size of KIT_PRINT)
    entries[`${kit.slug}-poster-${size.name}.pdf`] = [await printPdf(poster, size, kit.poster.title), { level: 0, mtime }];
  entries['README.txt'] = [Buffer.from(`${kit.note.join('\r\n')}\r\n`), { level: 6, mtime }];
  return Buffer.from(zipSync(entries));
}
