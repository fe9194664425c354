import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import pLimit from 'p-limit';
import { type Body, type BodyContent, type Campaign, type Locale, type Manifest, mediaPath, type MediaRef } from '@column57/snapshot';
import { boardSlidesOf, campaignSlide, type Slide, vietnamToday } from '@column57/sites/board';
import { BOARD_TEXT } from '@column57/sites/board-text';
import type { MadeFile } from '@column57/sites/build-plan';
import { accessiblePalette } from '@column57/sites/colour';
import { canonical, paths } from '@column57/sites/paths';
import { t } from '@column57/sites/strings';
import { ensureFile, type Orientation, renderSlide, type SlidePicture, slideFile } from './board-images.ts';
import { type CampaignKit, kitFile, renderKit } from './campaign-kit.ts';
import { type Poster, posterFile, renderPoster } from './posters.ts';

/**
 * Which board pictures, posters and campaign kits a build makes (with the `boardFiles` option), drawn into the cache
 * (named by what they show, so an unchanged one is never drawn again) and placed in each column's media/:
 * those the cache holds with the column, new ones once the column is live (stages/finish.ts).
 * Measured on the demo (56 bodies, 2 cores): a slide's picture takes some 0.25 s and a poster 0.4 s of a
 * core, 906 pictures and 173 posters 165 s and 510 MB; so they are made for the Vietnamese board only
 * (the screens and notice boards of communes are read in Vietnamese), and posters only for the
 * campaigns running today and the latest articles.
 */
export const POSTER_ARTICLES = 2;
export const PICTURE_LOCALES: readonly Locale[] = ['vi'];

/** A board picture or poster not in the cache yet: drawn once its column is live. */
export interface BoardJob {
  slug: string;
  file: string;
  render: () => Promise<Buffer>;
}

type Pair = { landscape: MadeFile; portrait: MadeFile };

export interface BoardFiles {
  boardImages: Record<string, Pair>;
  /** Per column and language ("<slug>:<locale>"): every slide picture of one orientation in a ZIP. */
  boardArchives: Record<string, Pair>;
  posters: Record<string, MadeFile>;
  /** The kit of each running campaign (campaign-kit.ts), by "<campaign id>:<locale>". */
  campaignKits: Record<string, MadeFile>;
  /** Per body, what is in the cache already: [the cache file, its path in the column]. */
  places: Map<string, Array<[string, string]>>;
  /** What is still to draw: every file is named (and linked from the pages) before it is drawn. */
  missing: BoardJob[];
  /** The ZIPs still to pack, from pictures of `missing` among others: packed once those are drawn. */
  missingArchives: BoardJob[];
}

const pictureRef = (snapshotDir: string, ref: MediaRef | null) =>
  ref && ref.mime.startsWith('image/')
    ? { image: join(snapshotDir, mediaPath(ref)), imageHash: ref.hash }
    : { image: null, imageHash: null };

/**
 * Names every board picture and poster of these columns and says which the cache holds (with their sizes,
 * for the links that offer them) and which are still to draw (`drawBoardFiles`). A file still to draw is
 * offered without its size.
 */
/** A plan with no board file in it: what a build without `boardFiles` gives its renderers, and where a plan starts. */
export const noBoardFiles = (): BoardFiles => ({
  boardImages: {},
  boardArchives: {},
  posters: {},
  campaignKits: {},
  places: new Map(),
  missing: [],
  missingArchives: [],
});

export function planBoardFiles(
  manifest: Manifest,
  snapshotDir: string,
  bodies: Array<[string, BodyContent]>,
  cacheDir: string,
): BoardFiles {
  const result = noBoardFiles();
  const today = vietnamToday();
  for (const [slug, content] of bodies) {
    const body = manifest.bodies.find((b) => b.slug === slug)!;
    const places: Array<[string, string]> = [];
    result.places.set(slug, places);
    const add = (file: string, render: () => Promise<Buffer>, missing = result.missing): MadeFile => {
      const cached = join(cacheDir, file);
      if (!existsSync(cached)) {
        missing.push({ slug, file, render });
        return { path: paths.media(file), bytes: null };
      }
      places.push([cached, paths.media(file)]);
      return { path: paths.media(file), bytes: statSync(cached).size };
    };
    for (const locale of PICTURE_LOCALES.filter((l) => body.languages.includes(l))) {
      const brand = brandOf(body, locale);
      const slides = boardSlidesOf(body, content, manifest, locale, today);
      const pictures: Record<Orientation, Array<[string, string]>> = { landscape: [], portrait: [] };
      for (const [n, slide] of slides.entries()) {
        const [landscape, portrait] = ORIENTATION_NAMES.map((orientation) => {
          const job: SlidePicture = { slide, brand, orientation, ...pictureRef(snapshotDir, slide.image) };
          const file = slideFile(job);
          // In the ZIP, named in the board's order so a screen that plays a folder plays them as the board does.
          pictures[orientation].push([`${String(n + 1).padStart(2, '0')}-${slide.id}-${orientation}.png`, file]);
          return add(file, () => renderSlide(job));
        });
        result.boardImages[`${slug}:${locale}:${slide.id}`] = { landscape, portrait };
      }
      if (slides.length) {
        const [landscape, portrait] = ORIENTATION_NAMES.map((orientation) =>
          add(archiveFile(pictures[orientation], orientation), () => packArchive(cacheDir, pictures[orientation]), result.missingArchives),
        );
        result.boardArchives[`${slug}:${locale}`] = { landscape, portrait };
      }
      const posterOf = (slide: Slide): Poster => ({
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
      });
      for (const slide of slides.filter((s) => s.path && (s.kind === 'campaign' || s.kind === 'article'))) {
        if (slide.kind === 'article' && slides.filter((s) => s.kind === 'article').indexOf(slide) >= POSTER_ARTICLES) continue;
        const poster = posterOf(slide);
        const id = slide.id.slice(slide.id.indexOf('-') + 1);
        result.posters[`${slug}:${slide.kind}:${id}:${locale}`] = add(posterFile(poster), () => renderPoster(poster));
      }
      // A kit for every campaign not over yet: staff put up banners before a campaign starts, too.
      for (const campaign of [...manifest.national.campaigns, ...content.campaigns].filter((c) => c.endDate >= today)) {
        const slide = campaignSlide(campaign, locale);
        const kit = campaignKit(campaign, posterOf(slide), slide.image, locale);
        result.campaignKits[`${slug}:${campaign.id}:${locale}`] = add(kitFile(kit), () => renderKit(kit));
      }
    }
  }
  return result;
}

/**
 * Draws board files into the cache, four in flight as the share cards (libvips rasterises and encodes on
 * its own threads); `drawn` is told of each as it lands, so it can be placed in its live column at once.
 * One that fails is reported and skipped: the others are still drawn.
 */
export async function drawBoardFiles(jobs: BoardJob[], cacheDir: string, drawn: (job: BoardJob) => void = () => {}) {
  const failures: string[] = [];
  // The same picture can be asked for by two columns (a province's bulletin on its communes' boards): drawn once.
  const byFile = new Map<string, BoardJob[]>();
  for (const job of jobs) byFile.set(job.file, [...(byFile.get(job.file) ?? []), job]);
  await pLimit(4).map([...byFile.values()], async ([first, ...others]) => {
    try {
      await ensureFile(cacheDir, first.file, first.render);
    } catch (error) {
      failures.push(`${first.slug}: ${first.file}: ${(error as Error).message}`);
      return;
    }
    for (const job of [first, ...others]) drawn(job);
  });
  return failures;
}

/** What a campaign's kit holds besides its pictures: the note of its artwork's credit and licence, in both languages. */
function campaignKit(campaign: Campaign, poster: Poster, image: MediaRef | null, locale: Locale): CampaignKit {
  const text = campaign.locales[locale] ?? campaign.locales.vi;
  const artwork = image ? text.assets.find((asset) => asset.file?.hash === image.hash) : undefined;
  const note = (l: Locale) => [
    BOARD_TEXT.t(l, 'kitNoteTitle', { title: poster.title, body: poster.bodyName }),
    BOARD_TEXT.t(l, 'kitNoteAddress', { url: poster.url }),
    BOARD_TEXT.t(l, 'kitNoteFiles'),
    artwork
      ? BOARD_TEXT.t(l, 'kitNoteArtwork', {
          credit: artwork.credit ?? BOARD_TEXT.t(l, 'kitNoteNotGiven'),
          licence: artwork.licence ?? BOARD_TEXT.t(l, 'kitNoteNotGiven'),
        })
      : BOARD_TEXT.t(l, 'kitNoteNoArtwork'),
  ];
  return { poster, slug: campaign.slug, note: [...note('vi'), '', ...note('en')] };
}

const ORIENTATION_NAMES: readonly Orientation[] = ['landscape', 'portrait'];

/** A ZIP's name: a hash of the pictures it holds, in order, under their names. */
function archiveFile(pictures: Array<[string, string]>, orientation: Orientation) {
  const key = createHash('sha256').update(JSON.stringify(pictures)).digest('hex');
  return `board-${key.slice(0, 32)}-${orientation}.zip`;
}

/**
 * The pictures stored as they are (PNG is compressed already), dated 1 January 2026 so that the same pictures
 * make the same bytes (fflate: a small, well-kept ZIP writer).
 */
async function packArchive(cacheDir: string, pictures: Array<[string, string]>): Promise<Buffer> {
  const entries: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const [name, file] of pictures) entries[name] = [readFileSync(join(cacheDir, file)), { level: 0, mtime }];
  return Buffer.from(zipSync(entries));
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
