import {
  type Bulletin,
  formatProblems,
  loadSnapshot,
  type BodyContent,
  type Manifest,
  type MediaRef,
  mediaRefsIn,
} from '@column57/snapshot';
import type { BuildPlan, HubLatest } from '@column57/sites/build-plan';
import { accessiblePalette } from '@column57/sites/colour';
import { latestForHub } from '@column57/sites/hub';
import type { BuildContext } from '../context.ts';
import { hubLatestFromReleases } from '../hub-latest.ts';
import { both } from '../messages.ts';
import { Pictures } from '../pictures.ts';
import { RadioAudio } from '../radio-audio.ts';
import { type BuildReport, reasonsOf, reportInvalid } from '../report.ts';
import { CARDS_BEFORE_LIVE, type CardJob, type CardPlan, missingCards, planShareCards, renderCards } from '../share-cards.ts';
import { type BoardJob, noBoardFiles, planBoardFiles } from '../board-files.ts';
import { seconds } from '../timing.ts';

/** What landing a rendered column needs besides its pages, worked out when its group is prepared. */
export interface ColumnLanding {
  /** Its pictures and files: [the file to place, its path inside the column]. */
  media: Array<[string, string]>;
  /** What the hub lists of it, kept in its release. */
  hubLatest: HubLatest;
}

/** A group ready to render: its plan, and what landing each of its columns needs. */
export interface PreparedGroup {
  plan: BuildPlan;
  columns: Map<string, ColumnLanding>;
  cards: CardPlan;
}

/** What the prepare stage keeps across groups. Groups are prepared one at a time, in order. */
export interface PrepareState {
  readonly ctx: BuildContext;
  readonly report: BuildReport;
  readonly pictures: Pictures;
  /** The radio bulletins' audio, made once per recording or script across groups. */
  readonly radio: RadioAudio;
  /** The hub's list of every column: those not built now from their releases; built ones as they load. */
  readonly hubLatest: Record<string, HubLatest>;
  /** Share cards left for after the columns are live (a first build's thousands). */
  readonly deferredCards: CardJob[];
  /** Board pictures and posters left for after the columns are live, then the ZIPs of the pictures. */
  readonly deferredBoardFiles: BoardJob[];
  readonly deferredBoardArchives: BoardJob[];
  cardsDeferred: boolean;
  readonly groupCount: number;
  groupsStarted: number;
}

export function newPrepareState(ctx: BuildContext, report: BuildReport, groupCount: number): PrepareState {
  return {
    ctx,
    report,
    pictures: new Pictures(ctx.snapshotDir, ctx.imageCacheDir),
    radio: new RadioAudio(ctx.snapshotDir, ctx.audioCacheDir),
    hubLatest: hubLatestFromReleases(
      ctx.hubBodies.filter((slug) => !ctx.buildable.includes(slug)),
      ctx.outDir,
      ctx.snapshotDir,
    ),
    deferredCards: [],
    deferredBoardFiles: [],
    deferredBoardArchives: [],
    cardsDeferred: false,
    groupCount,
    groupsStarted: 0,
  };
}

function mediaOf(manifest: Manifest, body: string, content: BodyContent): MediaRef[] {
  const own = manifest.bodies.find((b) => b.slug === body);
  return [...mediaRefsIn([own, manifest.national, content]).values()];
}

/**
 * Reads and validates a group's content and makes what its render needs. The content is not kept:
 * a renderer works from the files, and landing needs only each column's pictures and embedding
 * origins (at national scale the content is most of the memory).
 */
export async function prepareGroup(state: PrepareState, slugs: string[], name: string): Promise<PreparedGroup | null> {
  const { ctx, report, hubLatest } = state;
  const { snapshotDir, outDir, log } = ctx;
  const loadStarted = Date.now();
  const { snapshot, problems, failedBodies } = loadSnapshot(snapshotDir, slugs, { none: !slugs.length });
  if (!snapshot) throw new Error(`${both('snapshotUnreadable')}:\n${formatProblems(problems)}`);
  reportInvalid(report, log, reasonsOf(problems, failedBodies));
  const valid = [...snapshot.bodies.keys()];
  const mediaBySlug = new Map(valid.map((slug) => [slug, mediaOf(snapshot.manifest, slug, snapshot.bodies.get(slug)!)]));
  // Known before anything is awaited, so the group that carries the hub (the last to start) sees every column.
  for (const slug of valid) hubLatest[slug] = latestForHub(snapshot.bodies.get(slug)!);
  Object.assign(hubLatest, hubLatestFromReleases(failedBodies, outDir, snapshotDir));
  for (const slug of valid) {
    const body = snapshot.manifest.bodies.find((b) => b.slug === slug)!;
    for (const warning of accessiblePalette(body.primaryColor, body.secondaryColor).warnings) {
      report.warnings.push(`${slug}: ${warning}`);
      log(`! ${slug}: ${warning}`);
    }
  }
  report.phases.validate += seconds(loadStarted);

  const imagesStarted = Date.now();
  const media = await state.pictures.prepare([...new Map([...mediaBySlug.values()].flat().map((ref) => [ref.hash, ref])).values()]);
  report.phases.images += seconds(imagesStarted);
  // A picture that cannot be read fails the bodies that show it, not the whole build.
  for (const slug of [...valid]) {
    const broken = state.pictures.brokenAmong(mediaBySlug.get(slug)!);
    if (!broken.length) continue;
    valid.splice(valid.indexOf(slug), 1);
    delete hubLatest[slug];
    Object.assign(hubLatest, hubLatestFromReleases([slug], outDir, snapshotDir));
    const reason = `${both('unreadableImage')}: ${broken.join('; ')}`;
    report.failed.push({ slug, reason });
    log(`✗ ${slug}: ${reason}; ${both('lastGoodColumnKept')}`);
  }
  const audio = await prepareRadio(state, valid, (slug) => snapshot.bodies.get(slug)!.bulletins);

  // A share card for every article in every language, drawn in the body's brand: the few new cards of
  // an ordinary publish now, a first build's thousands once its columns are live.
  const cardsStarted = Date.now();
  const cards = planShareCards(
    snapshot.manifest,
    snapshotDir,
    valid.map((slug) => [slug, snapshot.bodies.get(slug)!]),
  );
  const missing = missingCards(cards, ctx.shareDir);
  const later = missing.length > (ctx.options.cardsBeforeLive ?? CARDS_BEFORE_LIVE);
  await renderCards(later ? [...cards.standIns.values()] : missing, ctx.shareDir);
  if (later) {
    state.cardsDeferred = true;
    state.deferredCards.push(...missing);
  }
  report.phases.shareCards += seconds(cardsStarted);

  // The bulletin boards' slides as pictures and the posters (board-files.ts says which are made).
  const boardStarted = Date.now();
  const board = prepareBoardFiles(
    state,
    snapshot.manifest,
    valid.map((slug) => [slug, snapshot.bodies.get(slug)!]),
  );
  report.phases.boardFiles += seconds(boardStarted);

  // The hub rides with the last group to start: by then every group's content has been read.
  const hub = ++state.groupsStarted === state.groupCount;
  const plan: BuildPlan = {
    snapshotDir,
    bodies: valid.sort(),
    hub,
    ...(hub ? { hubUrl: ctx.hubUrl } : {}),
    ...(ctx.framingReportUrl ? { framingReportUrl: ctx.framingReportUrl } : {}),
    ...(ctx.websubHub ? { websubHub: ctx.websubHub } : {}),
    ...(ctx.subscriptionsUrl ? { subscriptionsUrl: ctx.subscriptionsUrl } : {}),
    hubBodies: ctx.hubBodies,
    hubLatest: hub ? hubLatest : {},
    images: media.images,
    files: media.files,
    shareImages: cards.shareImages,
    audio,
    boardImages: board.boardImages,
    boardArchives: board.boardArchives,
    posters: board.posters,
    campaignKits: board.campaignKits,
  };
  if (!valid.length && !hub) return null;
  const cardWords = later
    ? `, ${missing.length} ${both('shareCardsDrawnLater')}`
    : missing.length
      ? `, ${missing.length} ${both('newShareCards')}`
      : '';
  const boardWords = board.missing.length ? `, ${board.missing.length} ${both('boardFilesDrawnLater')}` : '';
  log(`  ${name}: ${valid.length} ${both('columns')}${cardWords}${boardWords}${hub ? `, + ${both('hub')}` : ''}`);
  const icons = new Map<string, [string, string] | null>();
  for (const slug of valid) icons.set(slug, await state.pictures.iconOf(snapshot.manifest.bodies.find((b) => b.slug === slug)!.logo));
  const columns = new Map<string, ColumnLanding>(
    valid.map((slug) => [
      slug,
      {
        media: [
          ...state.pictures.placesOf(mediaBySlug.get(slug)!),
          ...(icons.get(slug) ? [icons.get(slug)!] : []),
          ...state.radio.placesOf(snapshot.bodies.get(slug)!.bulletins),
          ...(board.places.get(slug) ?? []),
        ],
        hubLatest: hubLatest[slug],
      },
    ]),
  );
  return { plan, columns, cards };
}

/**
 * The audio of the group's radio bulletins: measured, or synthesised, once for every column that
 * broadcasts it. A bulletin whose audio cannot be made fails the columns that broadcast it (their last
 * good release stays live), as an unreadable picture does; `valid` loses them.
 */
async function prepareRadio(state: PrepareState, valid: string[], bulletinsOf: (slug: string) => Bulletin[]) {
  const { ctx, report, hubLatest } = state;
  const all = valid.flatMap(bulletinsOf);
  if (!all.length) return {};
  const started = Date.now();
  const before = state.radio.synthesisedCount;
  const audio = await state.radio.prepare(all);
  for (const slug of [...valid]) {
    const broken = state.radio.brokenAmong(bulletinsOf(slug));
    if (!broken.length) continue;
    valid.splice(valid.indexOf(slug), 1);
    delete hubLatest[slug];
    Object.assign(hubLatest, hubLatestFromReleases([slug], ctx.outDir, ctx.snapshotDir));
    const reason = `${both('unusableAudio')}: ${broken.join('; ')}`;
    report.failed.push({ slug, reason });
    ctx.log(`✗ ${slug}: ${reason}; ${both('lastGoodColumnKept')}`);
  }
  const made = Object.keys(audio).length;
  const fresh = state.radio.synthesisedCount - before;
  ctx.log(
    `  ${both('radioAudio')}: ${made} ${both('audioFiles')}${fresh ? `, ${fresh} ${both('synthesisedNow')}` : ''}, ` +
      `${seconds(started).toFixed(1)} s`,
  );
  return audio;
}

/**
 * Groups are prepared one after another, in order (the hub's group, the last, then sees every column),
 * and ahead of the renderers: while the lanes render, the next groups are read and validated, so a
 * renderer never waits for this process to prepare its group and another one's at once. A lane takes
 * its group's preparation out of the queue, so a group is let go once it is rendered.
 */
export class PrepareQueue {
  private readonly state: PrepareState;
  private readonly groups: string[][];
  private readonly ahead = new Map<number, Promise<PreparedGroup | null>>();
  private tail: Promise<unknown> = Promise.resolve();
  private scheduled = 0;

  constructor(state: PrepareState, groups: string[][]) {
    this.state = state;
    this.groups = groups;
  }

  /** Starts preparing every group up to `last` (each after the one before) that is not started yet. */
  prepareUpTo(last: number) {
    for (; this.scheduled <= Math.min(last, this.groups.length - 1); this.scheduled++) {
      const i = this.scheduled;
      const preparation = this.tail.then(() => prepareGroup(this.state, this.groups[i], `group-${i + 1}`));
      // Its lane awaits it and gets the error; one prepared ahead for a lane that stopped must not be
      // an unhandled rejection (it would end the build service's process).
      preparation.catch(() => {});
      this.tail = preparation;
      this.ahead.set(i, preparation);
    }
  }

  /** The preparation of group `index` (started now if it was not), handed over and forgotten here. */
  take(index: number): Promise<PreparedGroup | null> {
    this.prepareUpTo(index);
    const preparation = this.ahead.get(index)!;
    this.ahead.delete(index);
    return preparation;
  }
}

/**
 * The group's board files, all named now (the pages link them); those not in the cache yet are drawn by the
 * finish stage once the columns are live: a reader of the column never waits for a poster.
 */
function prepareBoardFiles(state: PrepareState, manifest: Manifest, bodies: Array<[string, BodyContent]>) {
  const { ctx } = state;
  if (!ctx.options.boardFiles) return noBoardFiles();
  const planned = planBoardFiles(manifest, ctx.snapshotDir, bodies, ctx.shareDir);
  state.deferredBoardFiles.push(...planned.missing);
  state.deferredBoardArchives.push(...planned.missingArchives);
  return planned;
}
