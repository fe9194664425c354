import type { MediaRef } from '@column57/snapshot';
import type { ImageVariants } from './build-plan.ts';
import { buildData } from './plan.ts';

/** The sizes the build made of an image, or null when it is not an image the build knows. */
export function imageFor(ref: MediaRef | null | undefined): ImageVariants | null {
  if (!ref) return null;
  return buildData().plan.images[ref.hash] ?? null;
}

/** Column path of a file copied as it is (a PDF, a DOCX). */
export function fileFor(ref: MediaRef): string {
  return buildData().plan.files[ref.hash] ?? `media/${ref.hash}.${ref.ext}`;
}

/** The share card the build drew for an article in a language, if any. */
export const shareImageFor = (articleId: string, locale: string): string | null =>
  buildData().plan.shareImages?.[`${articleId}:${locale}`] ?? null;
