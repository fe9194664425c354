import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { MediaRef } from '@column57/snapshot';
import { type ImageVariants, LOGO_ICON_SIZE, logoIconPath } from '@column57/sites/build-plan';

/** Widths made of every image; an image is never enlarged. */
export const WIDTHS = [480, 800, 1200];

/** A logo's small square PNG (logoIconPath), made once per logo and kept in the cache: the name of the file made. */
export async function logoIcon(ref: MediaRef, sourcePath: string, cacheDir: string): Promise<string> {
  const name = logoIconPath(ref.hash).replace(/^media\//, '');
  if (existsSync(join(cacheDir, name))) return name;
  mkdirSync(cacheDir, { recursive: true });
  const buffer = await sharp(readFileSync(sourcePath), { failOn: 'error' })
    .resize({ width: LOGO_ICON_SIZE, height: LOGO_ICON_SIZE, fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  writeFileSync(join(cacheDir, `${name}.tmp`), buffer);
  renameSync(join(cacheDir, `${name}.tmp`), join(cacheDir, name));
  return name;
}

/**
 * Cached by content hash, so an image is processed once however many columns or builds use it. The
 * variants carry the size of each fallback file, measured from the buffer written (a feed states it).
 */
export async function imageVariants(
  ref: MediaRef,
  sourcePath: string,
  cacheDir: string,
): Promise<{ variants: ImageVariants; files: string[] }> {
  const fallbackExt = ref.mime === 'image/png' ? 'png' : 'jpg';
  const metaFile = join(cacheDir, `${ref.hash}.json`);
  if (existsSync(metaFile)) {
    const cached = JSON.parse(readFileSync(metaFile, 'utf8')) as { variants: ImageVariants; files: string[] };
    if (cached.files.every((f) => existsSync(join(cacheDir, f)))) {
      // A cache written before the sizes were recorded: the files are there to be measured.
      for (const source of cached.variants.sources) {
        source.fallbackBytes ??= statSync(join(cacheDir, source.fallback.replace(/^media\//, ''))).size;
      }
      return cached;
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  const input = sharp(readFileSync(sourcePath), { failOn: 'error' });
  const meta = await input.metadata();
  const width = meta.width ?? WIDTHS[0];
  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, WIDTHS[WIDTHS.length - 1])])];
  const sources: ImageVariants['sources'] = [];
  const files: string[] = [];
  for (const w of widths) {
    const resized = input.clone().resize({ width: w, withoutEnlargement: true });
    const webp = `${ref.hash}-${w}.webp`;
    const fallback = `${ref.hash}-${w}.${fallbackExt}`;
    const [webpBuffer, fallbackBuffer] = await Promise.all([
      resized.clone().webp({ quality: 78 }).toBuffer(),
      fallbackExt === 'png'
        ? resized.clone().png({ compressionLevel: 9 }).toBuffer()
        : resized.clone().jpeg({ quality: 80, mozjpeg: true }).toBuffer(),
    ]);
    // Written under a temporary name and renamed: a crash never leaves half an image in the cache.
    for (const [name, buffer] of [
      [webp, webpBuffer],
      [fallback, fallbackBuffer],
    ] as const) {
      writeFileSync(join(cacheDir, `${name}.tmp`), buffer);
      renameSync(join(cacheDir, `${name}.tmp`), join(cacheDir, name));
    }
    sources.push({ width: w, webp: `media/${webp}`, fallback: `media/${fallback}`, fallbackBytes: fallbackBuffer.byteLength });
    files.push(webp, fallback);
  }
  const last = widths[widths.length - 1];
  const variants: ImageVariants = {
    width: last,
    height: Math.round(((meta.height ?? last) * last) / width),
    sources,
    fallbackMime: fallbackExt === 'png' ? 'image/png' : 'image/jpeg',
  };
  writeFileSync(metaFile, JSON.stringify({ variants, files }));
  return { variants, files };
}
