import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BodyContent, formatProblems, loadSnapshot, type Manifest, type MediaRef, mediaPath, mediaRefsIn, type Problem } from '@column57/snapshot';
import { accessiblePalette } from '../src/lib/colour.ts';
import { type HubLatest, latestForHub } from '../src/lib/hub.ts';
import type { BuildPlan, ImageVariants } from '../src/lib/plan.ts';
import { finishLiveColumns, UNFINISHED_FILE } from './finish.ts';
import { imageVariants } from './images.ts';
import { carrySearchIndex, reindexLiveColumn, stopSearchIndexer, useSearchIndexer } from './search-index.ts';
import { writeEmbedScripts } from './embed-scripts.ts';
import { CARDS_BEFORE_LIVE, cardSource, missingCards, planShareCards, renderCards } from './share-cards.ts';
import { defaultReleasesDir, holdOf, HUB_ENTRIES, HUB_RELEASE, liveRelease, moveFolder, publishRelease, pruneReleases } from './releases.ts';

const SITES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO_BIN = join(SITES_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildOptions {
  snapshotDir: string;
  outDir: string;
  /** Only these bodies (default: every body in the snapshot). */
  bodies?: string[];
  /** Where image variants and Astro's caches live between builds. */
  cacheDir: string;
  /** Where the releases of each column are kept (default: .<out>-releases beside outDir). */
  releasesDir?: string;
  /** Releases kept per column for rollback (default 5). */
  keepReleases?: number;
  /** Astro's incremental caches (default: <cacheDir>/astro); a preview passes its own, so never shares one. */
  astroCacheDir?: string;
  /**
   * New share cards drawn before the columns go live (default 64, an ordinary publish's few); with
   * more, columns go live with their body's card standing in, and the articles' own follow.
   */
  cardsBeforeLive?: number;
  /** Called once every column built is live, before their search indexes and deferred cards are made. */
  onLive?: (built: BuildReport['built']) => void;
  /** Parallel renderers (default: the machine's cores, at most 4). */
  concurrency?: number;
  log?: (message: string) => void;
}

/**
 * What a column is made from: its own content, the manifest (brand, national content), the other
 * columns it links to from the hub, and the generator's own code. Equal fingerprints mean the column
 * on disk is what a new build would write, so the build skips it.
 */
const FINGERPRINT_FILE = '.column57-source';
/** What the national hub lists of a column (its latest articles), kept with the column it was made from. */
const HUB_LATEST_FILE = '.column57-hub.json';

/**
 * The hub's list for every live column: from the content of the columns built now, and from each
 * other column's own release (what it shows is what the hub should link to, even when held back).
 * Releases made before these files existed are read from the snapshot, once.
 */
function hubLatestOf(hubBodies: string[], built: Map<string, BodyContent>, outDir: string, snapshotDir: string): Record<string, HubLatest> {
  const latest: Record<string, HubLatest> = {};
  const unknown: string[] = [];
  for (const slug of hubBodies) {
    const content = built.get(slug);
    if (content) {
      latest[slug] = latestForHub(content);
      continue;
    }
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

const GENERATOR_SOURCES = ['src', 'build', 'embed', 'package.json', 'astro.config.ts'];

function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else hash.update(path.slice(SITES_DIR.length)).update(readFileSync(path));
  };
  for (const entry of GENERATOR_SOURCES) walk(join(SITES_DIR, entry));
  return hash.digest('hex');
}

function bodyFingerprint(generator: string, snapshotDir: string, slug: string): string {
  const strip = (text: string) => text.replace(/"generatedAt": ?"[^"]*"/g, '');
  return createHash('sha256')
    .update(generator)
    .update(strip(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')))
    .update(strip(readFileSync(join(snapshotDir, 'bodies', `${slug}.json`), 'utf8')))
    .digest('hex');
}

/** The hub shows the manifest and the latest items of every live column: all of that goes in its fingerprint. */
function hubFingerprint(generator: string, snapshotDir: string, hubBodies: string[], known: Map<string, string>): string {
  const hash = createHash('sha256').update(generator).update('hub');
  for (const slug of [...hubBodies].sort()) {
    hash.update(slug);
    const fingerprint = known.get(slug) ?? (existsSync(join(snapshotDir, 'bodies', `${slug}.json`)) ? bodyFingerprint(generator, snapshotDir, slug) : null);
    if (fingerprint) hash.update(fingerprint);
  }
  if (!hubBodies.length) hash.update(readFileSync(join(snapshotDir, 'manifest.json')));
  return hash.digest('hex');
}

function hubBuiltFrom(outDir: string, releasesDir: string): string | null {
  const live = liveRelease(outDir, HUB_RELEASE);
  return live ? builtFrom(join(releasesDir, HUB_RELEASE, live)) : null;
}

/** The slugs a manifest lists, read without validating it (that comes with loadSnapshot). */
function readManifestSlugs(snapshotDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as { bodies?: Array<{ slug?: unknown }> };
    return (manifest.bodies ?? []).map((b) => b.slug).filter((slug): slug is string => typeof slug === 'string');
  } catch {
    return [];
  }
}

const builtFrom = (columnDir: string) => {
  try {
    if (existsSync(join(columnDir, UNFINISHED_FILE))) return null;
    return readFileSync(join(columnDir, FINGERPRINT_FILE), 'utf8');
  } catch {
    return null;
  }
};

export interface BuildReport {
  /**
   * Seconds spent in each phase, for progress summaries and benchmarks. `render` ends when the last
   * column is live; search indexes and deferred share cards are made after that.
   */
  phases: { validate: number; images: number; shareCards: number; render: number; search: number };
  /** Seconds from the start until every column built was live (pages, feeds, pictures). */
  liveSeconds: number;
  built: Array<{ slug: string; pages: number; release: string }>;
  /** Bodies whose column on disk already matched their content and the generator: not rebuilt. */
  unchanged: string[];
  /** Bodies rolled back and held on an earlier release: not rebuilt until resumed. */
  held: string[];
  /** Pages of rebuilt columns copied from the last build (unchanged data and code) instead of rendered. */
  reusedPages: number;
  failed: Array<{ slug: string; reason: string }>;
  warnings: string[];
  hub: boolean;
  seconds: number;
}

const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Pages in a built folder (each page is a folder with an index.html). */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // A column in the output is a link to its live release: followed, so its pages count.
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isDirectory());
    if (isDirectory) n += countPages(join(dir, entry.name));
    else if (entry.name === 'index.html') n++;
  }
  return n;
}

/** Puts a file in place by hard link (cheap, same disk) or, failing that, by copy. */
function place(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

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
      if (alive) throw new Error(`another build (process ${holder}) is writing to this output; wait for it to finish, or stop it (lock: ${file})`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** Runs one Astro build over a group of bodies; resolves with whether it succeeded and its output. */
function renderGroup(plan: BuildPlan, workDir: string, astroCacheRoot: string, name: string, log: (m: string) => void): Promise<{ ok: boolean; outDir: string; output: string; reused: number }> {
  const planFile = join(workDir, `${name}.plan.json`);
  const outDir = join(workDir, name);
  // Astro's incremental cache belongs to a set of bodies: the same set (one body, as the build service
  // usually builds) finds its pages of last time there.
  const astroCache = join(astroCacheRoot, plan.bodies.length === 1 && !plan.hub ? plan.bodies[0] : createHash('sha256').update(`${plan.bodies.join(',')}|${plan.hub}`).digest('hex').slice(0, 16));
  writeFileSync(planFile, JSON.stringify(plan));
  mkdirSync(astroCache, { recursive: true });
  utimesSync(astroCache, new Date(), new Date());
  const started = Date.now();
  return new Promise((resolvePromise) => {
    // Each renderer has its own outDir inside sites/: Astro then keeps its intermediate files beside
    // that outDir (not in the shared .astro/), and they still resolve sites/node_modules.
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: SITES_DIR,
      env: { ...process.env, COLUMN57_BUILD_PLAN: planFile, COLUMN57_OUT_DIR: outDir, COLUMN57_ASTRO_CACHE: astroCache, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const who = plan.bodies.length > 3 ? `${plan.bodies.length} cơ quan / bodies` : plan.bodies.join(', ');
    const ticker = setInterval(() => log(`  ${name} (${who}): ${countPages(outDir)} trang / pages, ${elapsed(started)}`), 5000);
    child.on('close', (code) => {
      clearInterval(ticker);
      // Astro marks each page it copied from its incremental cache instead of rendering.
      const reused = output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
      // COLUMN57_RENDER_LOG=<folder> keeps each renderer's whole output and its plan there (the report
      // keeps the last 4,000 characters): for profiling a renderer again on its own, or a long failure.
      const keep = process.env.COLUMN57_RENDER_LOG;
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `${name}.log`), output);
        copyFileSync(planFile, join(keep, `${name}.plan.json`));
      }
      resolvePromise({ ok: code === 0, outDir, output: output.slice(-4000), reused });
    });
  });
}

/** Splits bodies into groups of about equal work (articles), one group per renderer. */
function groups(bodies: Array<{ slug: string; weight: number }>, count: number): string[][] {
  const bins = Array.from({ length: Math.max(1, Math.min(count, bodies.length)) }, () => ({ weight: 0, slugs: [] as string[] }));
  for (const body of [...bodies].sort((a, b) => b.weight - a.weight)) {
    const lightest = bins.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.weight += body.weight;
    lightest.slugs.push(body.slug);
  }
  return bins.map((b) => b.slugs).filter((s) => s.length);
}

function mediaOf(manifest: Manifest, body: string, content: BodyContent): MediaRef[] {
  const own = manifest.bodies.find((b) => b.slug === body);
  return [...mediaRefsIn([own, manifest.national, content]).values()];
}

/**
 * Builds the columns of the given bodies (and the national hub) from a snapshot into outDir/<slug>/.
 * A body whose content is invalid, or whose rendering fails, is reported and its last good column is
 * left as it was; the other bodies are built all the same.
 */
export async function buildColumns(options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const outDir = resolve(options.outDir);
  const cacheDir = resolve(options.cacheDir);
  const releasesDir = resolve(options.releasesDir ?? defaultReleasesDir(outDir));
  const astroCacheRoot = resolve(options.astroCacheDir ?? join(cacheDir, 'astro'));
  const report: BuildReport = { phases: { validate: 0, images: 0, shareCards: 0, render: 0, search: 0 }, built: [], unchanged: [], held: [], reusedPages: 0, failed: [], warnings: [], hub: false, liveSeconds: 0, seconds: 0 };
  const phaseSeconds = (since: number) => (Date.now() - since) / 1000;

  // Columns held after a rollback, and columns already built from exactly this content by exactly this
  // generator, are settled from the raw files first: only what will be built is read and validated
  // (at national scale, validating every body is most of a build that has nothing to do).
  const listed = readManifestSlugs(options.snapshotDir);
  const asked = options.bodies?.length ? options.bodies : listed;
  const generator = generatorFingerprint();
  const fingerprints = new Map<string, string>();
  const toLoad: string[] = [];
  for (const slug of asked) {
    const known = listed.includes(slug) && existsSync(join(options.snapshotDir, 'bodies', `${slug}.json`));
    const hold = known ? holdOf(releasesDir, slug) : null;
    if (hold) {
      report.held.push(slug);
      log(`⏸ ${slug}: giữ ở bản ${hold.release} sau khi khôi phục / held on release ${hold.release} after a rollback (column57 rollback --body ${slug} --resume)`);
      continue;
    }
    if (known) {
      fingerprints.set(slug, bodyFingerprint(generator, options.snapshotDir, slug));
      if (builtFrom(join(outDir, slug)) === fingerprints.get(slug)) {
        report.unchanged.push(slug);
        continue;
      }
    }
    toLoad.push(slug);
  }
  const { snapshot, problems, failedBodies } = loadSnapshot(options.snapshotDir, toLoad, { none: !toLoad.length });
  if (!snapshot) throw new Error(`the snapshot cannot be read:\n${formatProblems(problems)}`);
  const byBody = new Map<string, Problem[]>();
  for (const problem of problems) {
    const slug = /^bodies\/(.+)\.json$/.exec(problem.file)?.[1];
    if (slug) byBody.set(slug, [...(byBody.get(slug) ?? []), problem]);
  }
  for (const slug of failedBodies) {
    const reason = formatProblems(byBody.get(slug) ?? problems.filter((p) => p.file === 'manifest.json'));
    report.failed.push({ slug, reason });
    log(`✗ ${slug}: nội dung không hợp lệ, giữ nguyên chuyên mục cũ / invalid content, last good column kept:\n${reason}`);
  }
  const valid = [...snapshot.bodies.keys()];
  for (const slug of valid) {
    const body = snapshot.manifest.bodies.find((b) => b.slug === slug)!;
    for (const warning of accessiblePalette(body.primaryColor, body.secondaryColor).warnings) {
      report.warnings.push(`${slug}: ${warning}`);
      log(`! ${slug}: ${warning}`);
    }
  }
  if (report.unchanged.length) log(`không đổi, giữ nguyên / unchanged, kept: ${report.unchanged.length} chuyên mục / columns`);
  report.phases.validate = phaseSeconds(started);
  // Images once, by content hash; other files as they are.
  const imagesStarted = Date.now();
  const images: Record<string, ImageVariants> = {};
  const files: Record<string, string> = {};
  const imageFiles = new Map<string, string[]>();
  const refs = new Map<string, MediaRef>();
  for (const slug of valid) for (const ref of mediaOf(snapshot.manifest, slug, snapshot.bodies.get(slug)!)) refs.set(ref.hash, ref);
  const imageCache = join(cacheDir, 'images');
  const queue = [...refs.values()];
  const brokenImages = new Map<string, string>();
  const workers = Array.from({ length: 2 }, async () => {
    for (let ref = queue.shift(); ref; ref = queue.shift()) {
      const source = join(options.snapshotDir, mediaPath(ref));
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
    }
  });
  await Promise.all(workers);
  report.phases.images = phaseSeconds(imagesStarted);
  log(`ảnh / images: ${Object.keys(images).length} (${elapsed(imagesStarted)}), tệp / files: ${Object.keys(files).length}`);
  // A picture that cannot be read fails the bodies that show it, not the whole build.
  for (const slug of [...valid]) {
    const broken = mediaOf(snapshot.manifest, slug, snapshot.bodies.get(slug)!).map((ref) => brokenImages.get(ref.hash)).filter(Boolean);
    if (!broken.length) continue;
    valid.splice(valid.indexOf(slug), 1);
    const reason = `ảnh không đọc được / unreadable image: ${broken.join('; ')}`;
    report.failed.push({ slug, reason });
    log(`✗ ${slug}: ${reason}; giữ nguyên chuyên mục cũ / last good column kept`);
  }

  // A share card for every article in every language, drawn in the body's brand. The few new cards of
  // an ordinary publish are drawn now; a first build's thousands after its columns are live.
  const shareStarted = Date.now();
  const shareDir = join(cacheDir, 'share');
  const cardPlan = planShareCards(snapshot.manifest, options.snapshotDir, valid.map((slug) => [slug, snapshot.bodies.get(slug)!]));
  const missing = missingCards(cardPlan, shareDir);
  const deferCards = missing.length > (options.cardsBeforeLive ?? CARDS_BEFORE_LIVE);
  await renderCards(deferCards ? [...cardPlan.standIns.values()] : missing, shareDir);
  report.phases.shareCards = phaseSeconds(shareStarted);
  log(deferCards
    ? `ảnh chia sẻ / share cards: ${missing.length} mới, vẽ sau khi chuyên mục lên mạng / new, drawn once the columns are live`
    : `ảnh chia sẻ / share cards: ${missing.length} mới / new (${elapsed(shareStarted)})`);
  const shareImages = cardPlan.shareImages;
  const renderStarted = Date.now();

  mkdirSync(outDir, { recursive: true });
  mkdirSync(releasesDir, { recursive: true });
  const buildLocked = async (): Promise<BuildReport> => {
    // What a build that was killed midway left behind: never a live column, only its scratch space.
    for (const dir of [outDir, releasesDir]) {
      for (const entry of readdirSync(dir)) if (/^\.staging-|\.old-\d+$|\.link-/.test(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
    }
    mkdirSync(join(SITES_DIR, '.builds'), { recursive: true });
    const workDir = mkdtempSync(join(SITES_DIR, '.builds', 'run-'));
    const existing = existsSync(outDir) ? readdirSync(outDir).filter((d) => snapshot.manifest.bodies.some((b) => b.slug === d) && statSync(join(outDir, d)).isDirectory()) : [];
    // The hub links to every column that is live: built now, or kept from before.
    const hubBodies = [...new Set([...valid, ...report.unchanged, ...report.held, ...existing])];
    // Nothing to build and the hub's inputs as they were: not even the hub is rendered again.
    const hubSource = hubFingerprint(generator, options.snapshotDir, hubBodies, fingerprints);
    if (!valid.length && hubSource === hubBuiltFrom(outDir, releasesDir)) {
      report.seconds = (Date.now() - started) / 1000;
      log(`xong / done: không có gì thay đổi / nothing changed, ${report.unchanged.length} chuyên mục / columns kept, ${report.seconds.toFixed(1)} s`);
      return report;
    }
    // Finished columns wait here, on the releases' own disk, so making them a release is a rename.
    const landing = mkdtempSync(join(releasesDir, '.staging-'));
    useSearchIndexer();
    try {
      const hubLatest = hubLatestOf(hubBodies, new Map(valid.map((slug) => [slug, snapshot.bodies.get(slug)!])), outDir, options.snapshotDir);
      const basePlan = { snapshotDir: resolve(options.snapshotDir), images, files, shareImages, hubBodies, hubLatest };
      const concurrency = options.concurrency ?? Math.min(4, availableParallelism());
      const plans = groups(valid.map((slug) => ({ slug, weight: 20 + snapshot.bodies.get(slug)!.articles.length })), concurrency);
      // Nothing to render but the hub (its list of columns or the national content may have changed).
      if (!plans.length) plans.push([]);
      log(`dựng / rendering ${valid.length} chuyên mục / columns in ${plans.length} luồng / parallel builds ...`);

      const landBody = async (slug: string, rendered: string) => {
        const stagedBody = join(landing, slug);
        moveFolder(join(rendered, slug), stagedBody);
        const live = join(outDir, slug);
        carrySearchIndex(existsSync(live) ? live : null, stagedBody);
        for (const ref of mediaOf(snapshot.manifest, slug, snapshot.bodies.get(slug)!)) {
          for (const made of imageFiles.get(ref.hash) ?? []) place(join(imageCache, made), join(stagedBody, 'media', made));
          if (files[ref.hash]) place(join(options.snapshotDir, files[ref.hash]), join(stagedBody, files[ref.hash]));
        }
        for (const job of cardPlan.cardsOf.get(slug) ?? []) place(cardSource(cardPlan, job, shareDir), join(stagedBody, 'media', job.file));
        writeEmbedScripts(snapshot.manifest.bodies.find((b) => b.slug === slug)!.embedOrigins, join(stagedBody, 'embed'));
        writeFileSync(join(stagedBody, FINGERPRINT_FILE), fingerprints.get(slug)!);
        writeFileSync(join(stagedBody, HUB_LATEST_FILE), JSON.stringify(basePlan.hubLatest[slug]));
        writeFileSync(join(stagedBody, UNFINISHED_FILE), 'search index and share cards being made\n');
        const pages = countPages(stagedBody);
        const release = publishRelease({ staged: stagedBody, outDir, releasesDir, slug, keep: options.keepReleases, prune: false });
        report.built.push({ slug, pages, release });
        log(`✓ ${slug}: ${pages} trang / pages (${release})`);
      };

      const runGroup = async (slugs: string[], name: string, hub: boolean) => {
        const result = await renderGroup({ ...basePlan, bodies: [...slugs].sort(), hub }, workDir, astroCacheRoot, name, log);
        if (result.ok) {
          report.reusedPages += result.reused;
          for (const slug of slugs) await landBody(slug, result.outDir);
          if (hub) {
            const stagedHub = join(landing, HUB_RELEASE);
            mkdirSync(stagedHub, { recursive: true });
            for (const entry of HUB_ENTRIES) if (existsSync(join(result.outDir, entry))) moveFolder(join(result.outDir, entry), join(stagedHub, entry));
            writeFileSync(join(stagedHub, FINGERPRINT_FILE), hubSource);
            publishRelease({ staged: stagedHub, outDir, releasesDir, slug: HUB_RELEASE, keep: options.keepReleases });
            report.hub = true;
          }
          return;
        }
        if (slugs.length === 1) {
          report.failed.push({ slug: slugs[0], reason: result.output });
          log(`✗ ${slugs[0]}: dựng trang thất bại, giữ nguyên chuyên mục cũ / rendering failed, last good column kept:\n${result.output}`);
          return;
        }
        // One body broke the group: build each alone so the others still land.
        log(`! ${name} thất bại; dựng riêng từng chuyên mục / failed; building its bodies one by one`);
        for (const [i, slug] of slugs.entries()) await runGroup([slug], `${name}-${i}`, hub && i === 0);
      };
      await Promise.all(plans.map((slugs, i) => runGroup(slugs, `group-${i + 1}`, i === 0)));
      report.phases.render = phaseSeconds(renderStarted);
      report.liveSeconds = (Date.now() - started) / 1000;
      if (report.built.length) log(`trực tuyến / live: ${report.built.length} chuyên mục / columns, ${report.liveSeconds.toFixed(1)} s; hoàn thiện tìm kiếm${deferCards ? ' và ảnh chia sẻ' : ''} / finishing search${deferCards ? ' and share cards' : ''} ...`);
      options.onLive?.(report.built);
      await finishLiveColumns(report, releasesDir, log, deferCards ? { plan: cardPlan, missing, shareDir } : null);
      for (const { slug, release } of report.built) pruneReleases(releasesDir, slug, options.keepReleases ?? 5, release);
    } finally {
      await stopSearchIndexer();
      rmSync(workDir, { recursive: true, force: true });
      rmSync(landing, { recursive: true, force: true });
    }
    // Incremental caches of body sets not built for a week are removed (group compositions change).
    if (existsSync(astroCacheRoot)) {
      for (const name of readdirSync(astroCacheRoot)) {
        const path = join(astroCacheRoot, name);
        if (Date.now() - statSync(path).mtimeMs > 7 * 24 * 3600_000) rmSync(path, { recursive: true, force: true });
      }
    }
    report.seconds = (Date.now() - started) / 1000;
    const pages = report.built.reduce((n, b) => n + b.pages, 0);
    log(`xong / done: ${report.built.length} chuyên mục / columns, ${pages} trang / pages (${report.reusedPages} dùng lại / reused), ${report.unchanged.length} không đổi / unchanged, ${report.failed.length} lỗi / failed, ${report.seconds.toFixed(1)} s`);
    return report;
  };
  const unlock = lockOutput(releasesDir);
  try {
    return await buildLocked();
  } finally {
    unlock();
  }
}


