import type { Locale, MediaRef } from '@column57/snapshot';
import type { ImageVariants, MadeFile } from './build-plan.ts';
import type { TextPicture } from './markdown.ts';
import { buildData } from './plan.ts';
import { fileSize } from './strings.ts';

/** The sizes the build made of an image, or null when it is not an image the build knows. */
export function imageFor(ref: MediaRef | null | undefined): ImageVariants | null {
  if (!ref) return null;
  return buildData().plan.images[ref.hash] ?? null;
}

/** Column path of a file copied as it is (a PDF, a DOCX). */
export function fileFor(ref: MediaRef): string {
  return buildData().plan.files[ref.hash] ?? `media/${ref.hash}.${ref.ext}`;
}

/**
 * How an article's text shows its pictures (`pictures` of the snapshot): by the address the text writes,
 * the column's own copy in the sizes the build made (fallback formats, which every browser reads), as
 * `link` makes a path of the column relative to the page.
 */
export function textPictures(
  pictures: ReadonlyArray<{ src: string; file: MediaRef }> | undefined,
  link: (columnPath: string) => string,
): (src: string) => TextPicture | null {
  const bySrc = new Map((pictures ?? []).map((p) => [p.src, p.file]));
  return (src) => {
    const ref = bySrc.get(src);
    if (!ref) return null;
    const made = imageFor(ref);
    if (made) {
      const largest = made.sources[made.sources.length - 1];
      const srcset = made.sources.map((s) => `${link(s.fallback)} ${s.width}w`).join(', ');
      return { src: link(largest.fallback), srcset, width: made.width, height: made.height };
    }
    // An SVG or a GIF is carried as it is; a picture the build could not read is not carried at all.
    const carried = buildData().plan.files[ref.hash];
    return carried && ref.mime.startsWith('image/') ? { src: link(carried), width: ref.width, height: ref.height } : null;
  };
}

/** The share card the build drew for an article in a language, if any. */
export const shareImageFor = (articleId: string, locale: string): string | null =>
  buildData().plan.shareImages?.[`${articleId}:${locale}`] ?? null;

/** A favicon for a page with no emblem to show: a dot in a brand colour, inline, so nothing is fetched. */
export const faviconDot = (colour: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><circle cx="1" cy="1" r="1" fill="${colour}"/></svg>`,
  )}`;

/** The pictures the build made of a board's slide, if any. */
export const boardImagesFor = (slug: string, locale: string, slideId: string) =>
  buildData().plan.boardImages?.[`${slug}:${locale}:${slideId}`] ?? null;

/** The ZIPs of every slide picture of a board, one per orientation, if the build made them. */
export const boardArchivesFor = (slug: string, locale: string) => buildData().plan.boardArchives?.[`${slug}:${locale}`] ?? null;

/** The A4 poster the build made of an article or a campaign in a language, if any. */
// Keyed by column too: a national campaign is drawn in each body's own brand, and its poster links that body's page.
export const campaignKitFor = (slug: string, id: string, locale: string) =>
  buildData().plan.campaignKits?.[`${slug}:${id}:${locale}`] ?? null;
export const posterFor = (slug: string, kind: 'article' | 'campaign', id: string, locale: string) =>
  buildData().plan.posters?.[`${slug}:${kind}:${id}:${locale}`] ?? null;

/** A made file's size as its link states it; null while it is still being drawn (the link then gives none). */
export const madeFileSize = (file: MadeFile, locale: Locale): string | null => (file.bytes === null ? null : fileSize(file.bytes, locale));
