import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Banner, renderBanner } from '@column57/artwork';
import sharp from 'sharp';
import { SHARE_KIT_SIZES, type ShareKitSize } from './limits';

/**
 * A kit's pictures are drawn when first asked for, in the body's brand with the article's cover as artwork
 * (packages/artwork, the same layout as campaign banners), and kept on disk under a hash of what is drawn: a
 * changed title, colour or cover makes a new file, an unchanged one is served again without drawing.
 */
export interface KitPicture {
  /** Everything drawn but the artwork. */
  banner: Omit<Banner, 'image'>;
  /** Where the cover is stored, or null. Strapi names an upload by a random hash, so a new cover is a new address. */
  cover: string | null;
  size: ShareKitSize;
}

const sizeOf = (name: ShareKitSize) => SHARE_KIT_SIZES.find((s) => s.name === name)!;

export function pictureKey({ banner, cover, size }: KitPicture): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...banner, cover, size, v: 2 }))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The picture as JPEG (a photo-like cover keeps it far under Zalo's 1 MB), from the cache or drawn now. The
 * cover's bytes are read only to draw: a cached picture costs no read of the upload (nor a fetch from S3).
 */
export async function kitPicture(
  picture: KitPicture,
  cacheDir: string,
  coverBytes: (cover: string) => Promise<Buffer | null>,
): Promise<Buffer> {
  const path = join(cacheDir, `${pictureKey(picture)}.jpg`);
  if (existsSync(path)) return readFileSync(path);
  const { width, height } = sizeOf(picture.size);
  const image = picture.cover ? await coverBytes(picture.cover) : null;
  const png = await renderBanner({ ...picture.banner, image }, width, height);
  const jpeg = await sharp(png).flatten({ background: picture.banner.brand }).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a request racing this one never reads half a file.
  const partial = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(partial, jpeg);
  renameSync(partial, path);
  return jpeg;
}
