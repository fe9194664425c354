import { type BodyContent, loadSnapshot, type Manifest } from '@column57/snapshot';
import { buildData } from './plan.ts';

/** What the national hub shows: every body, and the latest items of those whose content is valid. */
export function hubData(): { manifest: Manifest; contents: Map<string, BodyContent>; lead: string | null } {
  const { plan, snapshot } = buildData();
  const all = loadSnapshot(plan.snapshotDir, plan.hubBodies ?? plan.bodies).snapshot!;
  // The Ministry of Science and Technology leads the programme: national documents link into its column.
  const lead = plan.hubBodies?.includes('mst') ? 'mst' : null;
  return { manifest: snapshot.manifest, contents: all.bodies, lead };
}
