import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { paths } from '@column57/snapshot';
import { both } from './messages.ts';
import { dropNationalShards } from './national-search.ts';

/**
 * Every column is a release: a complete folder under the releases folder, and the live path
 * (out/<slug>) is a symbolic link to one of them. Switching is a rename of a new link over the old
 * one, which the kernel does atomically: a reader sees the old column or the new one, never a mix,
 * and a build killed halfway leaves only an unfinished folder nobody links to.
 *
 *   out/hanoi                       -> ../.out-releases/hanoi/20261122T101500Z-3fa2
 *   .out-releases/hanoi/20261122T101500Z-3fa2/   (live)
 *   .out-releases/hanoi/20261122T093000Z-81c0/   (previous, for rollback)
 *   .out-releases/hanoi/HOLD                     (present after a rollback: builds leave the body alone)
 */

/**
 * The national hub is released like a column, under this name; out/index.html, out/en and the hub's
 * files at the root of out/ (feed, sitemap, robots.txt) link into it.
 */
export const HUB_RELEASE = '_hub';
// The national search's Vietnamese page sits at the root (tim-kiem/); its English one is under en/.
export const HUB_ENTRIES = [
  'index.html',
  'en',
  paths.section('vi', 'search').slice(0, -1),
  // And its subscription page, when the build has a subscription service (dang-ky-nhan-tin/).
  paths.section('vi', 'subscribe').slice(0, -1),
  'rss.xml',
  'sitemap.xml',
  'robots.txt',
  // What the hub's feeds are, for WebSub (sites/src/lib/feeds.ts, FEED_TOPICS_FILE).
  '.column57-feeds.json',
] as const;
const HOLD_FILE = 'HOLD';
const RELEASE_ID = /^\d{8}T\d{6}Z-[0-9a-f]{4}$/;

export const defaultReleasesDir = (outDir: string) => resolve(dirname(resolve(outDir)), `.${basename(resolve(outDir))}-releases`);

/**
 * A release's name: its time to the second, then four hex digits. Names sort in the order releases were
 * made (rollback and pruning rely on it), also when a column is built twice within one second (a publish
 * takes less) or the clock steps back: then the name follows `after`, the column's newest release.
 */
export function newReleaseId(now = new Date(), after: string | null = null): string {
  const stamp = (time: Date) =>
    time
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
  const id = `${stamp(now)}-${randomBytes(2).toString('hex')}`;
  if (!after || id > after) return id;
  const [time, suffix] = after.split('-');
  const next = Number.parseInt(suffix, 16) + 1;
  if (next <= 0xffff) return `${time}-${next.toString(16).padStart(4, '0')}`;
  const at = Date.parse(time.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  return `${stamp(new Date(at + 1000))}-0000`;
}

/** Releases of one column, oldest first. */
export function listReleases(releasesDir: string, slug: string): string[] {
  const dir = join(releasesDir, slug);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => RELEASE_ID.test(name))
    .sort();
}

/** The release a live path links to, or null (not built yet, or an old-style plain folder). */
export function liveRelease(outDir: string, slug: string): string | null {
  const live = join(outDir, slug === HUB_RELEASE ? HUB_ENTRIES[0] : slug);
  try {
    if (!lstatSync(live).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  const target = readlinkSync(live).split(/[\\/]/);
  return target.find((part) => RELEASE_ID.test(part)) ?? null;
}

/** Points `live` at `target` by renaming a fresh link over it. */
function relink(live: string, target: string) {
  const temporary = join(dirname(live), `.${basename(live)}.link-${process.pid}-${randomBytes(3).toString('hex')}`);
  symlinkSync(relative(dirname(live), target), temporary);
  let plain = false;
  try {
    plain = !lstatSync(live).isSymbolicLink();
  } catch {
    // nothing live yet
  }
  // A column built before releases existed is a plain folder; a link cannot be renamed over it.
  if (plain) rmSync(live, { recursive: true, force: true });
  renameSync(temporary, live);
}

/** Makes a release live: the column's link, or for the hub each of its entries. */
function activate(outDir: string, releasesDir: string, slug: string, id: string) {
  const release = join(releasesDir, slug, id);
  if (slug === HUB_RELEASE) {
    for (const entry of HUB_ENTRIES) if (existsSync(join(release, entry))) relink(join(outDir, entry), join(release, entry));
  } else {
    relink(join(outDir, slug), release);
  }
}

/**
 * Moves a finished folder into the releases and makes it live. Keeps the newest `keep` releases
 * (never the live one's) and removes what a killed build left unfinished; `prune: false` leaves that
 * for later (removing a release of a thousand pages takes a second a reader need not wait for).
 */
export function publishRelease(options: {
  staged: string;
  outDir: string;
  releasesDir: string;
  slug: string;
  keep?: number;
  prune?: boolean;
}): string {
  const { outDir, releasesDir, slug } = options;
  const id = newReleaseId(new Date(), listReleases(releasesDir, slug).at(-1) ?? null);
  const release = join(releasesDir, slug, id);
  mkdirSync(dirname(release), { recursive: true });
  moveFolder(options.staged, release);
  mkdirSync(outDir, { recursive: true });
  activate(outDir, releasesDir, slug, id);
  if (options.prune !== false) pruneReleases(releasesDir, slug, options.keep ?? 5, id);
  return id;
}

export function pruneReleases(releasesDir: string, slug: string, keep: number, live: string) {
  const releases = listReleases(releasesDir, slug).filter((id) => id !== live);
  for (const id of releases.slice(0, Math.max(0, releases.length - (keep - 1))))
    rmSync(join(releasesDir, slug, id), { recursive: true, force: true });
  for (const name of readdirSync(join(releasesDir, slug)))
    if (name.startsWith('.partial-')) rmSync(join(releasesDir, slug, name), { recursive: true, force: true });
}

/** Moves a folder, across disks if it must (rename first, copy when rename cannot). */
export function moveFolder(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Copied beside the target first: an interrupted copy is never taken for a finished release.
    const partial = join(dirname(to), `.partial-${basename(to)}`);
    cpSync(from, partial, { recursive: true });
    renameSync(partial, to);
    rmSync(from, { recursive: true, force: true });
  }
}

export interface Hold {
  release: string;
  since: string;
  reason: string;
}

export function holdOf(releasesDir: string, slug: string): Hold | null {
  try {
    return JSON.parse(readFileSync(join(releasesDir, slug, HOLD_FILE), 'utf8')) as Hold;
  } catch {
    return null;
  }
}

/**
 * Puts an earlier release back live (the one before the live one, or `to`) and holds the column
 * there: builds leave it alone until `resume`, so a restart does not undo the rollback.
 */
export function rollback(options: { outDir: string; releasesDir: string; slug: string; to?: string }): { from: string | null; to: string } {
  const { outDir, releasesDir, slug } = options;
  const releases = listReleases(releasesDir, slug);
  const current = liveRelease(outDir, slug);
  if (!releases.length) throw new Error(`--body ${slug}: ${both('noReleases', { dir: releasesDir })}`);
  let target = options.to;
  if (target) {
    if (!releases.includes(target)) throw new Error(`--to ${target}: ${both('noSuchRelease', { slug, kept: releases.join(', ') })}`);
  } else {
    const index = current ? releases.indexOf(current) : releases.length;
    if (index <= 0) throw new Error(`--body ${slug}: ${both('noOlderRelease', { live: current ?? '-' })}`);
    target = releases[index - 1];
  }
  activate(outDir, releasesDir, slug, target);
  // The earlier release may lack pages the national index still finds: its shards go until made again.
  dropNationalShards(outDir, slug);
  const hold: Hold = { release: target, since: new Date().toISOString(), reason: `rollback from ${current ?? 'none'}` };
  writeFileSync(join(releasesDir, slug, HOLD_FILE), `${JSON.stringify(hold, null, 1)}\n`);
  return { from: current, to: target };
}

/** Lets builds update a held column again; the next build replaces the rolled-back release. */
export function resume(releasesDir: string, slug: string): boolean {
  const file = join(releasesDir, slug, HOLD_FILE);
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}
