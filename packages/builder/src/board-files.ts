import { join } from 'node:path';
import pLimit from 'p-limit';
import { type Body, type BodyContent, type Locale, type Manifest, mediaPath, type MediaRef } from '@column57/snapshot';
import { boardSlidesOf, vietnamToday } from '@column57/sites/board';
import { BOARD_TEXT } from '@column57/sites/board-text';
import type { MadeFile } from '@column57/sites/build-plan';
import { accessiblePalette } from '@column57/sites/colour';
import { canonical, paths } from '@column57/sites/paths';
import { t } from '@column57/sites/strings';
import { ensureFile, ORIENTATIONS, type Orientation, renderSlide, type SlidePicture, slideFile } from './board-images.ts';
import { type Poster, posterFile, renderPoster } from './posters.ts';

/**
 * Which board pictures and posters a build makes (with the `boardFiles` option), drawn into the cache
 * (named by what they show, so an unchanged one is never drawn again) and placed in each column's media/.
 * Measured on the demo (56 bodies, 2 cores): a slide's picture takes some 0.25 s and a poster 0.4 s of a
 * core, 906 pictures and 173 posters 165 s and 510 MB; so they are made for the Vietnamese board only
 * (the screens and notice boards of communes are read in Vietnamese), and posters only for the
 * campaigns running today and the latest articles.
 */
export const POSTER_ARTICLES = 2;
export const PICTURE_LOCALES: readonly Locale[] = ['vi'];

export interface BoardFiles {
  boardImages: Record<string, { landscape: MadeFile; portrait: MadeFile }>;
  posters: Record<string, MadeFile>;
  /** Per body: [the cache file, its path in the column]. */
  places: Map<string, Array<[string, string]>>;
  drawn: number;
}

const pictureRef = (snapshotDir: string, ref: MediaRef | null) =>
  ref && ref.mime.startsWith('image/')
    ? { image: join(snapshotDir, mediaPath(ref)), imageHash: ref.hash }
    : { image: null, imageHash: null };

export async function makeBoardFiles(
  manifest: Manifest,
  snapshotDir: string,
  bodies: Array<[string, BodyContent]>,
  cacheDir: string,
): Promise<BoardFiles> {
  const result: BoardFiles = { boardImages: {}, posters: {}, places: new Map(), drawn: 0 };
  const jobs: Array<() => Promise<void>> = [];
  const today = vietnamToday();
  for (const [slug, content] of bodies) {
    const body = manifest.bodies.find((b) => b.slug === slug)!;
    const places: Array<[string, string]> = [];
    result.places.set(slug, places);
    const add = (file: string, render: () => Promise<Buffer>, done: (made: MadeFile) => void) =>
      jobs.push(async () => {
        const bytes = await ensureFile(cacheDir, file, async () => (result.drawn++, render()));
        places.push([join(cacheDir, file), paths.media(file)]);
        done({ path: paths.media(file), bytes });
      });
    for (const locale of PICTURE_LOCALES.filter((l) => body.languages.includes(l))) {
      const brand = brandOf(body, locale);
      const slides = boardSlidesOf(body, content, manifest, locale, today);
      for (const slide of slides) {
        const made: Partial<Record<Orientation, MadeFile>> = {};
        for (const orientation of Object.keys(ORIENTATIONS) as Orientation[]) {
          const job: SlidePicture = { slide, brand, orientation, ...pictureRef(snapshotDir, slide.image) };
          add(
            slideFile(job),
            () => renderSlide(job),
            (file) => {
              made[orientation] = file;
              if (made.landscape && made.portrait)
                result.boardImages[`${slug}:${locale}:${slide.id}`] = { landscape: made.landscape, portrait: made.portrait };
            },
          );
        }
      }
      for (const slide of slides.filter((s) => s.path && (s.kind === 'campaign' || s.kind === 'article'))) {
        if (slide.kind === 'article' && slides.filter((s) => s.kind === 'article').indexOf(slide) >= POSTER_ARTICLES) continue;
        const poster: Poster = {
          title: slide.title,
          text: slide.text,
          url: canonical(body.publicBaseUrl, body.basePath, slide.path!),
          bodyName: body.name[locale],
          columnName: t(locale, 'columnName'),
          scanToRead: BOARD_TEXT.t(locale, 'scanToRead'),
          brand: brand.brand,
          onBrand: brand.onBrand,
          decoration: brand.decoration,
          ...pictureRef(snapshotDir, slide.image),
        };
        const id = slide.id.slice(slide.id.indexOf('-') + 1);
        add(
          posterFile(poster),
          () => renderPoster(poster),
          (file) => (result.posters[`${slide.kind}:${id}:${locale}`] = file),
        );
      }
    }
  }
  // Four in flight, as the share cards: libvips rasterises and encodes on its own threads.
  await pLimit(4).map(jobs, (job) => job());
  return result;
}

function brandOf(body: Body, locale: Locale) {
  const palette = accessiblePalette(body.primaryColor, body.secondaryColor);
  return {
    name: body.name[locale],
    columnName: t(locale, 'columnName'),
    brand: palette.brand,
    onBrand: palette.onBrand,
    decoration: palette.decoration,
  };
}
