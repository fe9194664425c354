import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '@column57/snapshot';
import type { HubLatest } from '@column57/sites/build-plan';
import { latestForHub } from '@column57/sites/hub';

/** What the national hub lists of a column (its latest articles), kept with the column it was made from. */
export const HUB_LATEST_FILE = '.column57-hub.json';

/**
 * The hub's list for live columns that are not being built: from each one's own release (what it
 * shows is what the hub should link to, even when held back); a body with no live column has none.
 * Releases made before these files existed, or before they named each article's id, are read from
 * the snapshot.
 */
function readKept(file: string): HubLatest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HubLatest;
  } catch {
    return null;
  }
}

export function hubLatestFromReleases(slugs: string[], outDir: string, snapshotDir: string): Record<string, HubLatest> {
  const latest: Record<string, HubLatest> = {};
  const unknown: string[] = [];
  for (const slug of slugs) {
    if (!existsSync(join(outDir, slug))) continue;
    // A release from before the lists carried ids (or none at all) is read again from the snapshot.
    const kept = readKept(join(outDir, slug, HUB_LATEST_FILE));
    if (kept && [...kept.vi, ...kept.en].every((item) => typeof item.id === 'string')) latest[slug] = kept;
    else unknown.push(slug);
  }
  if (unknown.length) {
    const { snapshot } = loadSnapshot(snapshotDir, unknown);
    for (const [slug, content] of snapshot?.bodies ?? []) latest[slug] = latestForHub(content);
  }
  return latest;
}
