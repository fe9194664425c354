import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  type BodyContent,
  formatProblems,
  loadSnapshot,
  type Manifest,
  type MediaRef,
  mediaPath,
  mediaRefsIn,
  type Problem,
} from '@column57/snapshot';
import { accessiblePalette } from '@column57/sites/colour';
import type { BuildPlan, HubLatest, ImageVariants } from '@column57/sites/build-plan';
import { latestForHub } from '@column57/sites/hub';
import { writeEmbedScripts } from './embed-scripts.ts';
import { finishLiveColumns, UNFINISHED_FILE } from './finish.ts';
import {
  bodyFingerprint,
  builtFrom,
  ContentHashes,
  FINGERPRINT_FILE,
  generatorFingerprint,
  hubBuiltFrom,
  hubFingerprint,
  readManifestSlugs,
} from './fingerprints.ts';
import { imageVariants } from './images.ts';
import { place } from '@column57/sites/renderer/place';
import { defaultReleasesDir, holdOf, HUB_ENTRIES, HUB_RELEASE, moveFolder, publishRelease, pruneReleases } from './releases.ts';
import { planGroups, type RenderSetup, renderGroup } from './render-group.ts';
import { rendererBundle } from '@column57/sites/renderer/bundle';
import { carrySearchIndex, stopSearchIndexer, useSearchIndexer } from './search-index.ts';
import { SITES_DIR } from '@column57/sites/dir';
import { CARDS_BEFORE_LIVE, type CardJob, cardSource, missingCards, planShareCards, renderCards } from './share-cards.ts';

export { countPages } from './render-group.ts';
export { WIDTHS } from './images.ts';

export interface BuildOptions {
  snapshotDir: string;
  outDir: string;
  /** Only these bodies (default: every body in the snapshot). */
  bodies?: string[];
  /** Where image variants, share cards and content hashes live between builds. */
  cacheDir: string;
  /** Where the releases of each column are kept (default: .<out>-releases beside outDir). */
  releasesDir?: string;
  /** Releases kept per column for rollback (default 5). */
  keepReleases?: number;
  /**
   * New share cards drawn before a group's columns go live (default 64, an ordinary publish's few);
   * with more, the columns go live with their body's card standing in, and the articles' own follow.
   */
  cardsBeforeLive?: number;
  /** Called once every column built is live, before their search indexes and deferred cards are made. */
  onLive?: (built: BuildReport['built']) => void;
  /** Parallel renderers (default: the machine's cores, at most 4). */
  concurrency?: number;
  /**
   * Content (bytes of snapshot JSON) one renderer is given at most (default 10 MB, some 3,000
   * articles): a national build renders in several rounds and its memory stays bounded.
   */
  maxGroupBytes?: number;
  log?: (message: string) => void;
}

export interface BuildReport {
  /**
   * Seconds spent in each phase, for progress summaries and benchmarks. Validation, images and share
   * cards are summed over the render groups (which overlap); `render` is the wall time from the first
   * group's start until the last column is live; search indexes and deferred cards come after that.
   */
  phases: { validate: number; images: number; shareCards: number; render: number; search: number };
  /** Seconds from the start until every column built was live (pages, feeds, pictures). */
  liveSeconds: number;
  built: Array<{ slug: string; pages: number; release: string }>;
  /** Bodies whose column on disk already matched their content and the generator: not rebuilt. */
  unchanged: string[];
  /** Bodies rolled back and held on an earlier release: not rebuilt until resumed. */
  held: string[];
  /** Pages of rebuilt columns taken from their live release (unchanged data and generator) instead of rendered. */
  reusedPages: number;
  failed: Array<{ slug: string; reason: string }>;
  warnings: string[];
  hub: boolean;
  seconds: number;
}

/** What the national hub lists of a column (its latest articles), kept with the column it was made from. */
const HUB_LATEST_FILE = '.column57-hub.json';
const DEFAULT_MAX_GROUP_BYTES = 10 * 1024 * 1024;

const seconds = (since: number) => (Date.now() - since) / 1000;
const elapsed = (since: number) => `${seconds(since).toFixed(1)} s`;

/**
 * One build at a time per output: a second (a hand-run `column57 build` while the build service works)
 * would clear the first one's scratch space and race it to the releases. A lock left by a process that
 * died is taken over.
 */
function lockOutput(releasesDir: string): () => void {
  const file = join(releasesDir, 'BUILD.lock');
  try {
    const holder = Number(readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid) {
      let alive = true;
      try {
        process.kill(holder, 0);
      } catch {
        alive = false;
      }
      if (alive)
        throw new Error(`another build (process ${holder}) is writing to this output; wait for it to finish, or stop it (lock: ${file})`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function mediaOf(manifest: Manifest, body: string, content: BodyContent): MediaRef[] {
  const own = manifest.bodies.find((b) => b.slug === body);
  return [...mediaRefsIn([own, manifest.national, content]).values()];
}

/**
 * The hub's list for live columns that are not being built: from each one's own release (what it
 * shows is what the hub should link to, even when held back); a body with no live column has none.
 * Releases made before these files existed are read from the snapshot.
 */
function hubLatestFromReleases(slugs: string[], outDir: string, snapshotDir: string): Record<string, HubLatest> {
  const latest: Record<string, HubLatest> = {};
  const unknown: string[] = [];
  for (const slug of slugs) {
    if (!existsSync(join(outDir, slug))) continue;
    try {
      latest[slug] = JSON.parse(readFileSync(join(outDir, slug, HUB_LATEST_FILE), 'utf8')) as HubLatest;
    } catch {
      unknown.push(slug);
    }
  }
  if (unknown.length) {
    const { snapshot } = loadSnapshot(snapshotDir, unknown);
    for (const [slug, content] of snapshot?.bodies ?? []) latest[slug] = latestForHub(content);
  }
  return latest;
}

function reportInvalid(report: BuildReport, log: (message: string) => void, reasons: Map<string, string>) {
  for (const [slug, reason] of reasons) {
    report.failed.push({ slug, reason });
    log(`✗ ${slug}: nội dung không hợp lệ, giữ nguyên chuyên mục cũ / invalid content, last good column kept:\n${reason}`);
  }
}

/** Validation problems of one load, by body; a problem of the manifest counts against every body. */
function reasonsOf(problems: Problem[], slugs: string[]): Map<string, string> {
  const byBody = new Map<string, Problem[]>();
  for (const problem of problems) {
    // A body's own entry in the manifest names its body; a body's file names it by its path.
    const slug = problem.body ?? /^bodies\/(.+)\.json$/.exec(problem.file)?.[1];
    if (slug) byBody.set(slug, [...(byBody.get(slug) ?? []), problem]);
  }
  return new Map(slugs.map((slug) => [slug, formatProblems(byBody.get(slug) ?? problems.filter((p) => p.file === 'manifest.json'))]));
}

/**
 * Builds the columns of the given bodies (and the national hub) from a snapshot into outDir/<slug>/.
 * A body whose content is invalid, or whose rendering fails, is reported and its last good column is
 * left as it was; the other bodies are built all the same.
 *
 * Bodies are built in render groups, a few at a time (one per core): each group's content is read,
 * validated, given its pictures, rendered and made live, then let go, so a national build holds only
 * the groups in progress. Search indexes, and the share cards of a first build, are made once every
 * column is live.
 */
export async function buildColumns(options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const outDir = resolve(options.outDir);
  const cacheDir = resolve(options.cacheDir);
  const snapshotDir = resolve(options.snapshotDir);
  const releasesDir = resolve(options.releasesDir ?? defaultReleasesDir(outDir));
  const report: BuildReport = {
    phases: { validate: 0, images: 0, shareCards: 0, render: 0, search: 0 },
    built: [],
    unchanged: [],
    held: [],
    reusedPages: 0,
    failed: [],
    warnings: [],
    hub: false,
    liveSeconds: 0,
    seconds: 0,
  };

  // Columns held after a rollback, and columns already built from exactly this content by exactly this
  // generator, are settled from the raw files first: only what will be built is read and validated
  // (at national scale, validating every body is most of a build that has nothing to do).
  const listed = readManifestSlugs(snapshotDir);
  const asked = options.bodies?.length ? options.bodies : listed;
  const generator = generatorFingerprint();
  const hashes = new ContentHashes(cacheDir);
  const fingerprints = new Map<string, string>();
  const toBuild: string[] = [];
  for (const slug of asked) {
    const known = listed.includes(slug) && existsSync(join(snapshotDir, 'bodies', `${slug}.json`));
    const hold = known ? holdOf(releasesDir, slug) : null;
    if (hold) {
      report.held.push(slug);
      log(
        `⏸ ${slug}: giữ ở bản ${hold.release} sau khi khôi phục / held on release ${hold.release} after a rollback ` +
          `(column57 rollback --body ${slug} --resume)`,
      );
      continue;
    }
    if (known) {
      fingerprints.set(slug, bodyFingerprint(generator, snapshotDir, slug, hashes));
      if (builtFrom(join(outDir, slug)) === fingerprints.get(slug)) {
        report.unchanged.push(slug);
        continue;
      }
    }
    toBuild.push(slug);
  }
  if (report.unchanged.length) log(`không đổi, giữ nguyên / unchanged, kept: ${report.unchanged.length} chuyên mục / columns`);
  // The manifest first: if it is unreadable, nothing can be built.
  const { snapshot: frame, problems: manifestProblems } = loadSnapshot(snapshotDir, [], { none: true });
  if (!frame) throw new Error(`the snapshot cannot be read:\n${formatProblems(manifestProblems)}`);
  const manifest = frame.manifest;
  // Bodies the manifest does not list (or whose file is missing) fail here, as the validator words it.
  const unlisted = toBuild.filter((slug) => !listed.includes(slug) || !existsSync(join(snapshotDir, 'bodies', `${slug}.json`)));
  if (unlisted.length) {
    reportInvalid(report, log, reasonsOf(loadSnapshot(snapshotDir, unlisted).problems, unlisted));
  }
  const buildable = toBuild.filter((slug) => !unlisted.includes(slug));
  report.phases.validate = seconds(started);

  mkdirSync(outDir, { recursive: true });
  mkdirSync(releasesDir, { recursive: true });
  const unlock = lockOutput(releasesDir);
  try {
    // What a build that was killed midway left behind: never a live column, only its scratch space.
    for (const dir of [outDir, releasesDir]) {
      for (const entry of readdirSync(dir))
        if (/^\.staging-|\.old-\d+$|\.link-/.test(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
    }
    const existing = readdirSync(outDir).filter(
      (d) => manifest.bodies.some((b) => b.slug === d) && statSync(join(outDir, d)).isDirectory(),
    );
    // The hub links to every column that is live: built now, or kept from before.
    const hubBodies = [...new Set([...buildable, ...report.unchanged, ...report.held, ...existing])];
    // Nothing to build and the hub's inputs as they were: not even the hub is rendered again.
    const hubSource = hubFingerprint(generator, snapshotDir, hubBodies, fingerprints, hashes);
    hashes.save();
    if (!buildable.length && hubSource === hubBuiltFrom(outDir, releasesDir)) {
      report.seconds = seconds(started);
      log(
        `xong / done: không có gì thay đổi / nothing changed, ${report.unchanged.length} chuyên mục / columns kept, ` +
          `${report.seconds.toFixed(1)} s`,
      );
      return report;
    }
    const bundle = await rendererBundle(generator, log);
    // The sources were fingerprinted at the start: if they changed since, the bundle may hold code the
    // fingerprint does not describe, and pages would be kept under the wrong generator.
    if (generatorFingerprint() !== generator) {
      rmSync(dirname(bundle), { recursive: true, force: true });
      throw new Error("the generator's sources (sites/) changed while this build started; run the build again");
    }
    const builds = join(SITES_DIR, '.builds');
    mkdirSync(builds, { recursive: true });
    // Scratch space of builds that were killed: no build runs for a day (others may be running now,
    // or removing one of these at the same moment).
    for (const name of readdirSync(builds)) {
      const path = join(builds, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 24 * 3600_000) rmSync(path, { recursive: true, force: true });
    }
    // Astro's incremental caches (copies of every page) of builds before the renderer took over.
    rmSync(join(cacheDir, 'astro'), { recursive: true, force: true });
    const workDir = mkdtempSync(join(builds, 'run-'));
    // Finished columns wait here, on the releases' own disk, so making them a release is a rename; the
    // renderers write there too (a column landed from another disk would be copied file by file).
    const landing = mkdtempSync(join(releasesDir, '.staging-'));
    useSearchIndexer();
    try {
      await renderAll({
        options,
        report,
        log,
        manifest,
        snapshotDir,
        outDir,
        cacheDir,
        releasesDir,
        render: { workDir, renderDir: join(landing, '.rendered'), bundle, liveDir: outDir, generator },
        workDir,
        landing,
        buildable,
        hubBodies,
        hubSource,
        fingerprints,
        started,
      });
    } finally {
      await stopSearchIndexer();
      rmSync(workDir, { recursive: true, force: true });
      rmSync(landing, { recursive: true, force: true });
    }
  } finally {
    unlock();
  }
  report.seconds = seconds(started);
  const pages = report.built.reduce((n, b) => n + b.pages, 0);
  log(
    `xong / done: ${report.built.length} chuyên mục / columns, ${pages} trang / pages (${report.reusedPages} dùng lại / reused), ` +
      `${report.unchanged.length} không đổi / unchanged, ${report.failed.length} lỗi / failed, ${report.seconds.toFixed(1)} s`,
  );
  return report;
}

interface RenderContext {
  options: BuildOptions;
  report: BuildReport;
  log: (message: string) => void;
  manifest: Manifest;
  snapshotDir: string;
  outDir: string;
  cacheDir: string;
  releasesDir: string;
  render: RenderSetup;
  workDir: string;
  landing: string;
  buildable: string[];
  hubBodies: string[];
  hubSource: string;
  fingerprints: Map<string, string>;
  started: number;
}

/** What landing a rendered column needs besides its pages. */
interface Landing {
  media: MediaRef[];
  embedOrigins: string[];
}

/** Renders every group, lanes in parallel, lands each column as a release, then finishes them. */
async function renderAll(ctx: RenderContext) {
  const { options, report, log, snapshotDir, outDir, cacheDir, releasesDir } = ctx;
  const lanes = options.concurrency ?? Math.min(4, availableParallelism());
  const weightOf = (slug: string) => 4096 + statSync(join(snapshotDir, 'bodies', `${slug}.json`)).size;
  const groups = planGroups(
    ctx.buildable.map((slug) => ({ slug, weight: weightOf(slug) })),
    lanes,
    options.maxGroupBytes ?? DEFAULT_MAX_GROUP_BYTES,
  );
  // Nothing to render but the hub (its list of columns or the national content may have changed).
  if (!groups.length) groups.push([]);
  log(
    `dựng / rendering ${ctx.buildable.length} chuyên mục / columns: ${groups.length} nhóm / groups, ` +
      `${Math.min(lanes, groups.length)} luồng / parallel builds ...`,
  );

  const imageCache = join(cacheDir, 'images');
  const shareDir = join(cacheDir, 'share');
  const images: Record<string, ImageVariants> = {};
  const files: Record<string, string> = {};
  const imageFiles = new Map<string, string[]>();
  const brokenImages = new Map<string, string>();
  const inFlight = new Map<string, Promise<void>>();
  // The hub's list of every column: those not built now from their releases; built ones as they load.
  const hubLatest: Record<string, HubLatest> = hubLatestFromReleases(
    ctx.hubBodies.filter((slug) => !ctx.buildable.includes(slug)),
    outDir,
    snapshotDir,
  );
  const deferred: CardJob[] = [];
  let deferCards = false;
  const renderStarted = Date.now();
  let startedGroups = 0;

  /** Variants of a picture, made once per build whichever groups show it (and cached on disk by hash). */
  const imageJob = (ref: MediaRef): Promise<void> => {
    let job = inFlight.get(ref.hash);
    if (!job) {
      job = (async () => {
        const source = join(snapshotDir, mediaPath(ref));
        if (ref.mime.startsWith('image/') && ref.mime !== 'image/svg+xml' && ref.mime !== 'image/gif') {
          try {
            const { variants, files: made } = await imageVariants(ref, source, imageCache);
            images[ref.hash] = variants;
            imageFiles.set(ref.hash, made);
          } catch (error) {
            brokenImages.set(ref.hash, `${ref.name} (${mediaPath(ref)}): ${(error as Error).message}`);
          }
        } else {
          files[ref.hash] = mediaPath(ref);
        }
      })();
      inFlight.set(ref.hash, job);
    }
    return job;
  };
  /** The pictures a group shows, two at a time; resolves with the group's share of the variants and files. */
  const prepareImages = async (refs: MediaRef[]) => {
    const queue = [...refs];
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        for (let ref = queue.shift(); ref; ref = queue.shift()) await imageJob(ref);
      }),
    );
    // Only the group's own: a column's cache keys then do not depend on what other groups show.
    return {
      images: Object.fromEntries(refs.filter((ref) => images[ref.hash]).map((ref) => [ref.hash, images[ref.hash]])),
      files: Object.fromEntries(refs.filter((ref) => files[ref.hash]).map((ref) => [ref.hash, files[ref.hash]])),
    };
  };

  const landBody = (
    slug: string,
    rendered: string,
    pages: number,
    lands: Map<string, Landing>,
    plan: ReturnType<typeof planShareCards>,
  ) => {
    const { media, embedOrigins } = lands.get(slug)!;
    const stagedBody = join(ctx.landing, slug);
    moveFolder(join(rendered, slug), stagedBody);
    const live = join(outDir, slug);
    carrySearchIndex(existsSync(live) ? live : null, stagedBody);
    for (const ref of media) {
      for (const made of imageFiles.get(ref.hash) ?? []) place(join(imageCache, made), join(stagedBody, 'media', made));
      if (files[ref.hash]) place(join(snapshotDir, files[ref.hash]), join(stagedBody, files[ref.hash]));
    }
    for (const job of plan.cardsOf.get(slug) ?? []) place(cardSource(plan, job, shareDir), join(stagedBody, 'media', job.file));
    writeEmbedScripts(embedOrigins, join(stagedBody, 'embed'));
    writeFileSync(join(stagedBody, FINGERPRINT_FILE), ctx.fingerprints.get(slug)!);
    writeFileSync(join(stagedBody, HUB_LATEST_FILE), JSON.stringify(hubLatest[slug]));
    writeFileSync(join(stagedBody, UNFINISHED_FILE), 'search index and share cards being made\n');
    const release = publishRelease({ staged: stagedBody, outDir, releasesDir, slug, keep: options.keepReleases, prune: false });
    report.built.push({ slug, pages, release });
    log(`✓ ${slug}: ${pages} trang / pages (${release}) [${report.built.length}/${ctx.buildable.length}, ${elapsed(ctx.started)}]`);
  };

  /** Renders one group's plan; a group broken by one body is rendered again body by body. */
  const renderPlan = async (
    plan: BuildPlan,
    name: string,
    lands: Map<string, Landing>,
    cards: ReturnType<typeof planShareCards>,
  ): Promise<void> => {
    const result = await renderGroup(plan, ctx.render, name, log);
    if (result.ok) {
      report.reusedPages += result.reused;
      for (const slug of plan.bodies) landBody(slug, result.outDir, result.pages[slug] ?? 0, lands, cards);
      if (plan.hub) {
        const stagedHub = join(ctx.landing, HUB_RELEASE);
        mkdirSync(stagedHub, { recursive: true });
        for (const entry of HUB_ENTRIES)
          if (existsSync(join(result.outDir, entry))) moveFolder(join(result.outDir, entry), join(stagedHub, entry));
        writeFileSync(join(stagedHub, FINGERPRINT_FILE), ctx.hubSource);
        publishRelease({ staged: stagedHub, outDir, releasesDir, slug: HUB_RELEASE, keep: options.keepReleases });
        report.hub = true;
      }
      rmSync(result.outDir, { recursive: true, force: true });
      return;
    }
    // What a failed renderer wrote is not kept (COLUMN57_RENDER_LOG keeps its output, plan and job).
    rmSync(result.outDir, { recursive: true, force: true });
    if (plan.bodies.length <= 1) {
      const slug = plan.bodies[0] ?? HUB_RELEASE;
      report.failed.push({ slug, reason: result.output });
      log(`✗ ${slug}: dựng trang thất bại, giữ nguyên chuyên mục cũ / rendering failed, last good column kept:\n${result.output}`);
      return;
    }
    // One body (or the hub) broke the group: each is rendered alone, so the others still land.
    log(`! ${name} thất bại; dựng riêng từng chuyên mục / failed; building its bodies one by one`);
    for (const [i, slug] of plan.bodies.entries()) await renderPlan({ ...plan, bodies: [slug], hub: false }, `${name}-${i}`, lands, cards);
    if (plan.hub) await renderPlan({ ...plan, bodies: [], hub: true }, `${name}-hub`, lands, cards);
  };

  /**
   * Reads and validates a group's content and makes what its render needs. The content is not kept:
   * a renderer works from the files, and landing needs only each column's pictures and embedding
   * origins (at national scale the content is most of the memory).
   */
  const prepareGroup = async (slugs: string[], name: string) => {
    const loadStarted = Date.now();
    const { snapshot, problems, failedBodies } = loadSnapshot(snapshotDir, slugs, { none: !slugs.length });
    if (!snapshot) throw new Error(`the snapshot cannot be read:\n${formatProblems(problems)}`);
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
    const media = await prepareImages([...new Map([...mediaBySlug.values()].flat().map((ref) => [ref.hash, ref])).values()]);
    report.phases.images += seconds(imagesStarted);
    // A picture that cannot be read fails the bodies that show it, not the whole build.
    for (const slug of [...valid]) {
      const broken = mediaBySlug
        .get(slug)!
        .map((ref) => brokenImages.get(ref.hash))
        .filter(Boolean);
      if (!broken.length) continue;
      valid.splice(valid.indexOf(slug), 1);
      delete hubLatest[slug];
      Object.assign(hubLatest, hubLatestFromReleases([slug], outDir, snapshotDir));
      const reason = `ảnh không đọc được / unreadable image: ${broken.join('; ')}`;
      report.failed.push({ slug, reason });
      log(`✗ ${slug}: ${reason}; giữ nguyên chuyên mục cũ / last good column kept`);
    }

    // A share card for every article in every language, drawn in the body's brand: the few new cards of
    // an ordinary publish now, a first build's thousands once its columns are live.
    const cardsStarted = Date.now();
    const cards = planShareCards(
      snapshot.manifest,
      snapshotDir,
      valid.map((slug) => [slug, snapshot.bodies.get(slug)!]),
    );
    const missing = missingCards(cards, shareDir);
    const later = missing.length > (options.cardsBeforeLive ?? CARDS_BEFORE_LIVE);
    await renderCards(later ? [...cards.standIns.values()] : missing, shareDir);
    if (later) {
      deferCards = true;
      deferred.push(...missing);
    }
    report.phases.shareCards += seconds(cardsStarted);

    // The hub rides with the last group to start: by then every group's content has been read.
    const hub = ++startedGroups === groups.length;
    const plan: BuildPlan = {
      snapshotDir,
      bodies: valid.sort(),
      hub,
      hubBodies: ctx.hubBodies,
      hubLatest: hub ? hubLatest : {},
      images: media.images,
      files: media.files,
      shareImages: cards.shareImages,
    };
    if (!valid.length && !hub) return null;
    const cardWords = later
      ? `, ${missing.length} ảnh chia sẻ vẽ sau / share cards drawn later`
      : missing.length
        ? `, ${missing.length} ảnh chia sẻ mới / new share cards`
        : '';
    log(`  ${name}: ${valid.length} chuyên mục / columns${cardWords}${hub ? ', + trang tổng hợp / hub' : ''}`);
    const lands = new Map<string, Landing>(
      valid.map((slug) => [
        slug,
        {
          media: mediaBySlug.get(slug)!,
          embedOrigins: snapshot.manifest.bodies.find((b) => b.slug === slug)!.embedOrigins,
        },
      ]),
    );
    return { plan, lands, cards };
  };

  // Groups are prepared one after another, in order (the hub's group, the last, then sees every
  // column), and ahead of the renderers: while the lanes render, the next groups are read and validated,
  // so a renderer never waits for this process to prepare its group and another one's at once. A lane
  // takes its group's preparation out of `ahead`, so a group is let go once it is rendered.
  const ahead = new Map<number, ReturnType<typeof prepareGroup>>();
  let tail: Promise<unknown> = Promise.resolve();
  let scheduled = 0;
  const prepareUpTo = (last: number) => {
    for (; scheduled <= Math.min(last, groups.length - 1); scheduled++) {
      const i = scheduled;
      const preparation = tail.then(() => prepareGroup(groups[i], `group-${i + 1}`));
      // Its lane awaits it and gets the error; one prepared ahead for a lane that stopped must not be
      // an unhandled rejection (it would end the build service's process).
      preparation.catch(() => {});
      tail = preparation;
      ahead.set(i, preparation);
    }
  };
  let taken = 0;
  let failure: unknown = null;
  const laneCount = Math.min(lanes, groups.length);
  // A lane that fails stops the others from taking new groups, but the build waits for the groups
  // being rendered: its scratch space and its lock are not let go under a running renderer.
  await Promise.all(
    Array.from({ length: laneCount }, async () => {
      for (let index = taken++; index < groups.length && !failure; index = taken++) {
        try {
          prepareUpTo(index);
          const preparation = ahead.get(index)!;
          ahead.delete(index);
          const prepared = await preparation;
          // At most one group a lane waits prepared.
          prepareUpTo(index + laneCount);
          if (prepared) await renderPlan(prepared.plan, `group-${index + 1}`, prepared.lands, prepared.cards);
        } catch (error) {
          failure ??= error;
        }
      }
    }),
  );
  if (failure) throw failure;
  report.phases.render = seconds(renderStarted);
  report.liveSeconds = seconds(ctx.started);
  if (report.built.length)
    log(
      `trực tuyến / live: ${report.built.length} chuyên mục / columns, ${report.liveSeconds.toFixed(1)} s; ` +
        `hoàn thiện tìm kiếm${deferCards ? ' và ảnh chia sẻ' : ''} / finishing search${deferCards ? ' and share cards' : ''} ...`,
    );
  options.onLive?.(report.built);
  await finishLiveColumns(report, releasesDir, log, deferCards ? { missing: deferred, shareDir } : null);
  for (const { slug, release } of report.built) pruneReleases(releasesDir, slug, options.keepReleases ?? 5, release);
}
