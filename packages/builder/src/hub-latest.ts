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
export function hubLatestFromReleases(slugs: string[], outDir: string, snapshotDir: string): Record<string, HubLatest> {
  const latest: Record<string, HubLatest> = {};
  const unknown: string[] = [];
  for (const slug of slugs) {
    if (!existsSync(join(outDir, slug))) continue;
    try {
      const kept = JSON.parse(readFileSync(join(outDir, slug, HUB_LATEST_FILE), 'utf8')) as HubLatest;
      if (![...kept.vi, ...kept.en].every((item) => typeof item.id === 'string')) throw new Error('a list without ids');
      latest[slug] = kept;
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
