import type * as fontkit from 'fontkit';
import sharp, { type OverlayOptions } from 'sharp';
import { path, textBlock } from './svg-text.ts';
import { loadFonts, wrap } from './type.ts';

/**
 * A banner in a body's brand: its colour with the decoration's stripe, a picture where the shape leaves room,
 * a title as large as it fits and the body's name. Campaign kits draw their web banners with it, and share
 * kits their pictures for social networks, so a body's material looks like one family wherever it is posted.
 */
export interface Banner {
  title: string;
  bodyName: string;
  /** The palette of the body (accessiblePalette): onBrand is readable on brand by construction. */
  brand: string;
  onBrand: string;
  decoration: string;
  /** The picture: a file's path or its bytes, or null for a banner of text alone. */
  image: string | Buffer | null;
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
export function bannerLayout(banner: Banner, width: number, height: number) {
  const { bold, medium } = loadFonts();
  const stripe = Math.max(3, Math.round(height * 0.04));
  const wide = width / height >= 2;
  const hasArt = Boolean(banner.image);
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
  const titleSize = fitting(bold, banner.title, titleRoom, lines, Math.round(box.height * 0.42), Math.max(9, Math.round(nameSize * 0.9)));
  const title = textBlock(bold, banner.title, titleSize, { x: box.x, y: box.y, width: box.width, maxLines: lines, lineHeight: 1.1 });
  const name = textBlock(medium, banner.bodyName, nameSize, {
    x: box.x,
    y: Math.max(title.bottom + nameSize * 0.2, box.y),
    width: box.width,
    maxLines: 1,
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="${banner.brand}"/>` +
    `<rect y="${height - stripe}" width="${width}" height="${stripe}" fill="${banner.decoration}"/>` +
    `${path(title.d + name.d, banner.onBrand)}</svg>`;
  return { svg, art, fits: name.bottom <= height - stripe };
}

export async function renderBanner(banner: Banner, width: number, height: number): Promise<Buffer> {
  const { svg, art } = bannerLayout(banner, width, height);
  const layers: OverlayOptions[] = [];
  if (art && banner.image)
    layers.push({
      input: await sharp(banner.image).resize(art.width, art.height, { fit: 'cover' }).toBuffer(),
      left: art.x,
      top: art.y,
    });
  return sharp(Buffer.from(svg)).composite(layers).png({ compressionLevel: 9 }).toBuffer();
}
