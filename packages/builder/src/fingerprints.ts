import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UNFINISHED_FILE } from './stages/finish.ts';
import { HUB_RELEASE, liveRelease } from './releases.ts';
import { SITES_DIR } from '@column57/sites/dir';
import { BUILDER_DIR } from './builder-dir.ts';

/**
 * What a column is made from: its own content, the manifest (brand, national content), and the
 * generator's own code. Equal fingerprints mean the column on disk is what a new build would write,
 * so the build skips it.
 */
export const FINGERPRINT_FILE = '.column57-source';
/**
 * What decides a column's bytes: the site (templates, lib, renderer, embed helpers), this builder, and
 * the packages whose text is printed into pages (the vocabularies' labels, the catalogues).
 */
const GENERATOR_SOURCES: Array<[string, string[]]> = [
  [SITES_DIR, ['src', 'renderer', 'embed', 'package.json', 'astro.config.ts']],
  [BUILDER_DIR, ['src', 'package.json']],
  [join(BUILDER_DIR, '..', 'snapshot'), ['src', 'package.json']],
  [join(BUILDER_DIR, '..', 'i18n'), ['src', 'package.json']],
];

export function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (root: string, path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(root, join(path, name));
    else hash.update(path.slice(root.length)).update(readFileSync(path));
  };
  for (const [root, entries] of GENERATOR_SOURCES) for (const entry of entries) walk(root, join(root, entry));
  return hash.digest('hex');
}

/**
 * Hashes of snapshot files (without their generatedAt stamps), remembered by the file's identity:
 * device, inode, size, and modification and change times to the nanosecond. A file the snapshot writer
 * replaced (it writes a new file and renames it) has a new identity and is read again; one left alone
 * is not read at all, which at national scale (56 bodies x 2,000 articles, 360 MB) is most of a build
 * that has nothing to do.
 */
export class ContentHashes {
  private readonly file: string;
  private readonly known: Record<string, { id: string; hash: string }>;
  private readonly seen: Record<string, { id: string; hash: string }> = {};

  constructor(cacheDir: string) {
    this.file = join(cacheDir, 'content-hashes.json');
    try {
      this.known = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      this.known = {};
    }
  }

  of(path: string): string {
    const stat = statSync(path, { bigint: true });
    const id = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    const entry = this.seen[path] ?? (this.known[path]?.id === id ? this.known[path] : null);
    if (entry && entry.id === id) return (this.seen[path] = entry).hash;
    const hash = createHash('sha256')
      .update(readFileSync(path, 'utf8').replace(/"generatedAt": ?"[^"]*"/g, ''))
      .digest('hex');
    this.seen[path] = { id, hash };
    return hash;
  }

  /** Keeps what this build looked at (files gone since are forgotten); written whole, by rename. */
  save() {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.seen));
    renameSync(temporary, this.file);
  }
}

export function bodyFingerprint(generator: string, snapshotDir: string, slug: string, hashes: ContentHashes): string {
  return createHash('sha256')
    .update(generator)
    .update(hashes.of(join(snapshotDir, 'manifest.json')))
    .update(hashes.of(join(snapshotDir, 'bodies', `${slug}.json`)))
    .digest('hex');
}

/**
 * The hub shows the manifest and the latest items of every live column, and writes its address into
 * its links and feeds: all of that goes in its fingerprint.
 */
export function hubFingerprint(
  generator: string,
  snapshotDir: string,
  hubBodies: string[],
  known: Map<string, string>,
  hashes: ContentHashes,
  hubUrl: string,
): string {
  const hash = createHash('sha256').update(generator).update('hub').update(hubUrl);
  for (const slug of [...hubBodies].sort()) {
    hash.update(slug);
    const fingerprint =
      known.get(slug) ??
      (existsSync(join(snapshotDir, 'bodies', `${slug}.json`)) ? bodyFingerprint(generator, snapshotDir, slug, hashes) : null);
    if (fingerprint) hash.update(fingerprint);
  }
  if (!hubBodies.length) hash.update(readFileSync(join(snapshotDir, 'manifest.json')));
  return hash.digest('hex');
}

/** The fingerprint a finished column was built from, or null (none, or its search index and cards unfinished). */
export function builtFrom(columnDir: string): string | null {
  try {
    if (existsSync(join(columnDir, UNFINISHED_FILE))) return null;
    return readFileSync(join(columnDir, FINGERPRINT_FILE), 'utf8');
  } catch {
    return null;
  }
}

export function hubBuiltFrom(outDir: string, releasesDir: string): string | null {
  const live = liveRelease(outDir, HUB_RELEASE);
  return live ? builtFrom(join(releasesDir, HUB_RELEASE, live)) : null;
}

/** The slugs a manifest lists, read without validating it (that comes with loadSnapshot). */
export function readManifestSlugs(snapshotDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as { bodies?: Array<{ slug?: unknown }> };
    return (manifest.bodies ?? []).map((b) => b.slug).filter((slug): slug is string => typeof slug === 'string');
  } catch {
    return [];
  }
}
