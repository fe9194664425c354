import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, loadSnapshot, type Manifest } from '@column57/snapshot';
import { bodyFingerprint, builtFrom, type ContentHashes, readManifestSlugs } from './fingerprints.ts';
import { both } from './messages.ts';
import { holdOf } from './releases.ts';
import { type BuildReport, reasonsOf, reportInvalid } from './report.ts';

export interface Selection {
  manifest: Manifest;
  /** Bodies to build: listed by the manifest, with a file, neither held nor unchanged. */
  buildable: string[];
  /** The fingerprint of each body looked at (built now or unchanged). */
  fingerprints: Map<string, string>;
}

/**
 * Which of the asked bodies are built. Held and unchanged ones go to the report; bodies the manifest
 * does not list (or whose file is missing) fail here, as the validator words it.
 */
export function selectBodies(
  where: { snapshotDir: string; outDir: string; releasesDir: string; asked?: string[] },
  generator: string,
  hashes: ContentHashes,
  report: BuildReport,
  log: (message: string) => void,
): Selection {
  const { snapshotDir, outDir, releasesDir } = where;
  // Columns held after a rollback, and columns already built from exactly this content by exactly this
  // generator, are settled from the raw files first: only what will be built is read and validated
  // (at national scale, validating every body is most of a build that has nothing to do).
  const listed = readManifestSlugs(snapshotDir);
  const asked = where.asked?.length ? where.asked : listed;
  const fingerprints = new Map<string, string>();
  const toBuild: string[] = [];
  for (const slug of asked) {
    const known = listed.includes(slug) && existsSync(join(snapshotDir, 'bodies', `${slug}.json`));
    const hold = known ? holdOf(releasesDir, slug) : null;
    if (hold) {
      report.held.push(slug);
      log(`⏸ ${slug}: ${both('heldAfterRollback', { release: hold.release })} (column57 rollback --body ${slug} --resume)`);
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
  if (report.unchanged.length) log(`${both('unchangedKept')}: ${report.unchanged.length} ${both('columns')}`);
  // The manifest first: if it is unreadable, nothing can be built.
  const { snapshot: frame, problems: manifestProblems } = loadSnapshot(snapshotDir, [], { none: true });
  if (!frame) throw new Error(`${both('snapshotUnreadable')}:\n${formatProblems(manifestProblems)}`);
  // Bodies the manifest does not list (or whose file is missing) fail here, as the validator words it.
  const unlisted = toBuild.filter((slug) => !listed.includes(slug) || !existsSync(join(snapshotDir, 'bodies', `${slug}.json`)));
  if (unlisted.length) {
    reportInvalid(report, log, reasonsOf(loadSnapshot(snapshotDir, unlisted).problems, unlisted));
  }
  return { manifest: frame.manifest, buildable: toBuild.filter((slug) => !unlisted.includes(slug)), fingerprints };
}
