import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { place } from '@column57/sites/renderer/place';
import type { BuildContext } from '../context.ts';
import { both } from '../messages.ts';
import { pruneReleases } from '../releases.ts';
import type { BuildReport } from '../report.ts';
import { indexNation, nationalBodiesOf, nationalIndexCurrent } from '../national-search.ts';
import { reindexLiveColumn } from '../search-index.ts';
import { type BoardJob, drawBoardFiles } from '../board-files.ts';
import { type CardJob, renderCards } from '../share-cards.ts';
import { seconds } from '../timing.ts';

/**
 * Present in a live column whose search index or share cards are still being made (that happens after
 * the column goes live): a build killed meanwhile leaves it, and the next build builds the column again.
 */
export const UNFINISHED_FILE = '.column57-unfinished';

/** Puts a file into a live column under `name` by renaming a fresh link over the old entry: never half a file. */
function swapInto(columnDir: string, name: string, source: string) {
  const target = join(columnDir, name);
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  place(source, temporary);
  renameSync(temporary, target);
}

/** What a build left for after its columns are live. */
export interface Deferred {
  /** Share cards, when a first build had thousands (null: none were left). */
  cards: CardJob[] | null;
  /** Board pictures and posters still to draw, and the ZIPs of the pictures to pack once they are. */
  boardFiles: { files: BoardJob[]; archives: BoardJob[] };
}

/**
 * The last stage, once every column built is live: the build says so (and calls onLive), makes their
 * search indexes, deferred share cards and board files, and prunes each column's old releases.
 */
export async function finishBuild(ctx: BuildContext, report: BuildReport, deferred: Deferred) {
  const { options, log } = ctx;
  report.liveSeconds = seconds(ctx.started);
  report.liveAt = Date.now();
  if (report.built.length)
    log(
      `${both('live')}: ${report.built.length} ${both('columns')}, ${report.liveSeconds.toFixed(1)} s; ` +
        `${both(deferred.cards || deferred.boardFiles.files.length ? 'finishingSearchAndCards' : 'finishingSearch')} ...`,
    );
  options.onLive?.(report.built);
  await finishLiveColumns(report, ctx, { ...deferred, shareDir: ctx.shareDir });
  for (const { slug, release } of report.built) pruneReleases(ctx.releasesDir, slug, options.keepReleases ?? 5, release);
}

/**
 * What columns get once they are live, side by side: their own search index (each swapped in whole)
 * and, after a first build, the articles' share cards in place of their body's stand-in and the board
 * files their pages already link, each as it is drawn. A column is marked finished only when all are done;
 * a failure is a warning (the column is live and whole, with an older index, a plainer card or a picture
 * fewer) and the next build tries again.
 */
async function finishLiveColumns(report: BuildReport, ctx: BuildContext, deferred: Deferred & { shareDir: string }) {
  const { log } = ctx;
  const columns = new Map(report.built.map((b) => [b.slug, join(ctx.releasesDir, b.slug, b.release)]));
  const unfinished = new Set<string>();
  const { cards, boardFiles, shareDir } = deferred;
  // Side by side: Pagefind keeps about one core busy, the pictures take what is left (they touch different
  // files of a column: pagefind/ and media/). Cards first: every article page shows one.
  await Promise.all([
    (async () => {
      await indexColumns(report, columns, unfinished, log);
      await indexNationalSearch(report, ctx);
    })(),
    (async () => {
      if (cards?.length) await drawCards(report, columns, unfinished, log, { missing: cards, shareDir });
      if (boardFiles.files.length || boardFiles.archives.length)
        await drawBoard(report, columns, unfinished, log, { ...boardFiles, shareDir });
    })(),
  ]);
  for (const [slug, dir] of columns) if (!unfinished.has(slug)) rmSync(join(dir, UNFINISHED_FILE), { force: true });
}

async function indexColumns(report: BuildReport, columns: Map<string, string>, unfinished: Set<string>, log: (message: string) => void) {
  const searchStarted = Date.now();
  let n = 0;
  for (const [slug, dir] of columns) {
    const started = Date.now();
    try {
      await reindexLiveColumn(dir);
      log(`  ${both('search')} ${++n}/${columns.size}: ${slug} (${seconds(started).toFixed(1)} s)`);
    } catch (error) {
      unfinished.add(slug);
      report.warnings.push(`${slug}: search index not rebuilt, the column keeps its earlier one: ${(error as Error).message}`);
      log(`! ${slug}: ${both('searchIndexNotRebuilt')}: ${(error as Error).message}`);
    }
  }
  report.phases.search = seconds(searchStarted);
}

/**
 * The hub's national search, once the columns' own indexes are done: made again from every live column's
 * records whenever a column was built (or when it is missing). A failure is a warning; the hub keeps
 * the index it had.
 */
async function indexNationalSearch(report: BuildReport, ctx: BuildContext) {
  const { log, outDir, hubBodies } = ctx;
  // Nothing built and nothing taken out since it was made (a rollback takes a column's shards out).
  if (!report.built.length && nationalIndexCurrent(outDir)) return;
  if (ctx.options.nationalSearch === 'later') {
    report.nationalSearch = 'later';
    log(`  ${both('nationalSearch')}: ${both('nationalSearchLater')}`);
    return;
  }
  const started = Date.now();
  try {
    const { pages, shards, made } = await indexNation(outDir, nationalBodiesOf(ctx.snapshotDir, hubBodies), log);
    report.nationalSearch = 'made';
    log(
      `  ${both('nationalSearch')}: ${pages} ${both('pages')}, ${hubBodies.length} ${both('columns')}, ` +
        `${both('shardsMade', { made, shards })} (${seconds(started).toFixed(1)} s)`,
    );
  } catch (error) {
    report.nationalSearch = 'failed';
    report.warnings.push(`national search index not rebuilt, the hub keeps its earlier one: ${(error as Error).message}`);
    log(`! ${both('nationalSearchNotRebuilt')}: ${(error as Error).message}`);
  }
  report.phases.search += seconds(started);
}

async function drawCards(
  report: BuildReport,
  columns: Map<string, string>,
  unfinished: Set<string>,
  log: (message: string) => void,
  cards: { missing: CardJob[]; shareDir: string },
) {
  const started = Date.now();
  let drawn = 0;
  const ticker = setInterval(
    () => log(`  ${both('shareCards')}: ${drawn}/${cards.missing.length}, ${seconds(started).toFixed(0)} s`),
    5000,
  );
  try {
    await renderCards(cards.missing, cards.shareDir, (job) => {
      drawn++;
      const dir = columns.get(job.slug);
      if (dir && existsSync(join(dir, 'media', job.file))) swapInto(join(dir, 'media'), job.file, join(cards.shareDir, job.file));
    });
  } catch (error) {
    for (const slug of columns.keys()) unfinished.add(slug);
    report.warnings.push(
      `share cards: ${drawn} of ${cards.missing.length} drawn, the rest show their body's card: ${(error as Error).message}`,
    );
    log(`! ${both('shareCards')}: ${(error as Error).message}`);
  } finally {
    clearInterval(ticker);
  }
  report.phases.shareCards += seconds(started);
  log(`${both('shareCards')}: ${drawn} (${seconds(started).toFixed(1)} s)`);
}

/**
 * The board pictures and posters a build left for now, then the ZIPs of the pictures, each placed in its
 * live column as it lands.
 */
async function drawBoard(
  report: BuildReport,
  columns: Map<string, string>,
  unfinished: Set<string>,
  log: (message: string) => void,
  board: { files: BoardJob[]; archives: BoardJob[]; shareDir: string },
) {
  const started = Date.now();
  let drawn = 0;
  const total = new Set([...board.files, ...board.archives].map((job) => job.file)).size;
  const ticker = setInterval(() => log(`  ${both('boardFiles')}: ${drawn}/${total}, ${seconds(started).toFixed(0)} s`), 5000);
  const placed = new Set<string>();
  const place = (job: BoardJob) => {
    if (!placed.has(job.file)) {
      placed.add(job.file);
      drawn++;
    }
    const dir = columns.get(job.slug);
    if (dir) swapInto(join(dir, 'media'), job.file, join(board.shareDir, job.file));
  };
  try {
    const failures = await drawBoardFiles(board.files, board.shareDir, place);
    // A ZIP is packed from its pictures: one whose picture failed would be short of it, so it waits for the next build.
    const short = new Set(failures.map((failure) => failure.slice(0, failure.indexOf(':'))));
    failures.push(
      ...(await drawBoardFiles(
        board.archives.filter((job) => !short.has(job.slug)),
        board.shareDir,
        place,
      )),
    );
    for (const failure of failures) {
      unfinished.add(failure.slice(0, failure.indexOf(':')));
      report.warnings.push(`board file not drawn: ${failure}`);
      log(`! ${both('boardFileNotDrawn')}: ${failure}`);
    }
  } finally {
    clearInterval(ticker);
  }
  report.phases.boardFiles += seconds(started);
  log(`${both('boardFiles')}: ${drawn} (${seconds(started).toFixed(1)} s)`);
}
