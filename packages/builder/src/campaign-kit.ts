import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { type Banner, renderBanner } from '@column57/artwork';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { type Poster, renderPoster } from './posters.ts';

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

/** What a banner of the kit shows: the poster's title, body and colours, and its picture as the artwork. */
export const bannerOf = ({ poster }: CampaignKit): Banner => ({
  title: poster.title,
  bodyName: poster.bodyName,
  brand: poster.brand,
  onBrand: poster.onBrand,
  decoration: poster.decoration,
  image: poster.image,
});

export function kitFile(kit: CampaignKit): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ ...kit, poster: { ...kit.poster, image: null }, v: 1 }))
    .digest('hex');
  return `campaign-kit-${key.slice(0, 32)}.zip`;
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
      await renderBanner(bannerOf(kit), banner.width, banner.height),
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
