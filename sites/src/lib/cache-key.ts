import { createHash } from 'node:crypto';
import type { Article, LegalDocument, Task } from '@column57/snapshot';
import { type Column, counterpart, PAGE_SIZE, type PageSpec } from './column.ts';
import { posterFor } from './images.ts';
import { buildData } from './plan.ts';

/**
 * The data a page is rendered from, as one hash: the renderer (sites/renderer/worker.ts) takes
 * the page from the column's live release when this key and the generator are unchanged (so does
 * Astro's incremental build, experimental.incrementalBuild, when the site is built with `astro build`).
 *
 * An article page reads its article, the items it links to, its pictures and share card, and the
 * column's frame (brand, names, languages, topics and audiences). A list page reads the frame and the
 * twenty articles it shows (a title edited on page 7 leaves pages 1-6 alone). Every other page (home,
 * documents, campaigns...) reads across the column, so its key covers the column's whole content.
 * Both include the day: the home shows the campaigns running today.
 */
const sha = (value: unknown) =>
  createHash('sha256')
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex');

/** An entry's hash, made once per render: list pages show the same articles over and over. */
const entryHashes = new WeakMap<object, string>();
function hashOf(entry: object | null): string | null {
  if (!entry) return null;
  let hash = entryHashes.get(entry);
  if (!hash) {
    hash = sha(entry);
    entryHashes.set(entry, hash);
  }
  return hash;
}

const frames = new WeakMap<Column, string>();
const wholes = new WeakMap<Column, string>();

function frameKey(column: Column): string {
  let key = frames.get(column);
  if (!key) {
    const { images } = buildData().plan;
    key = sha({
      day: new Date().toISOString().slice(0, 10),
      body: column.body,
      logo: column.body.logo ? (images[column.body.logo.hash] ?? null) : null,
      topics: column.manifest.topics,
      audiences: column.manifest.audiences,
      used: column.locales.map((l) => column.topics(l).map((t) => t.slug)),
    });
    frames.set(column, key);
  }
  return key;
}

function wholeKey(column: Column): string {
  let key = wholes.get(column);
  if (!key) {
    const { plan } = buildData();
    key = sha({
      frame: frameKey(column),
      content: column.content,
      national: column.manifest.national,
      images: plan.images,
      files: plan.files,
      audio: plan.audio ?? {},
      share: plan.shareImages,
      // The board's pictures, posters and kits this column links, with their sizes once drawn.
      board: boardFilesOf(column.slug),
    });
    wholes.set(column, key);
  }
  return key;
}

/** The plan's board files of one column (keys start with its slug). */
function boardFilesOf(slug: string) {
  const { plan } = buildData();
  const own = <T>(files: Record<string, T> | undefined) => Object.entries(files ?? {}).filter(([key]) => key.startsWith(`${slug}:`));
  return [own(plan.boardImages), own(plan.boardArchives), own(plan.posters), own(plan.campaignKits)];
}

export function cacheKeyOf(column: Column, spec: PageSpec): string {
  const { plan } = buildData();
  if (spec.kind === 'list') {
    const shown = column.listed(spec.locale, spec.list).slice((spec.page - 1) * PAGE_SIZE, spec.page * PAGE_SIZE);
    return sha({
      frame: frameKey(column),
      spec,
      shown: shown.map(hashOf),
      covers: shown.map((a) => (a.cover ? (plan.images[a.cover.hash] ?? null) : null)),
    });
  }
  if (spec.kind !== 'article') return sha({ whole: wholeKey(column), spec });
  const article = column.find<Article>(spec.id)!;
  const linked = [...article.relatedDocuments, ...article.relatedArticles, ...article.relatedTasks].map((id) =>
    hashOf(column.find<Article | LegalDocument | Task>(id) ?? null),
  );
  return sha({
    frame: frameKey(column),
    spec,
    article: hashOf(article),
    linked,
    cover: article.cover ? (plan.images[article.cover.hash] ?? null) : null,
    // The pictures of its text, as the build made them (or did not).
    pictures: (article.locales[spec.locale]?.pictures ?? []).map(({ file }) => plan.images[file.hash] ?? plan.files[file.hash] ?? null),
    share: column.locales.map((l) => plan.shareImages[`${article.id}:${l}`] ?? null),
    posters: column.locales.map((l) => posterFor(column.slug, 'article', article.id, l)),
    counterparts: column.locales.map((l) => counterpart(column, spec, l)),
    // A shared article names its source column and points its canonical link there.
    source: article.sharedFrom ? (column.manifest.bodies.find((b) => b.slug === article.sharedFrom) ?? null) : null,
  });
}
