import { readFileSync } from 'node:fs';
import { type LoadedSnapshot, loadSnapshot, formatProblems } from '@column57/snapshot';

/** One image in the sizes the build made of it (paths relative to a column's root). */
export interface ImageVariants {
  width: number;
  height: number;
  sources: Array<{ width: number; webp: string; fallback: string }>;
  fallbackMime: string;
}

/** What one renderer (sites/renderer/worker.ts, or `astro build`) renders: written by packages/builder, read here. */
export interface BuildPlan {
  snapshotDir: string;
  bodies: string[];
  hub: boolean;
  /** Bodies whose columns exist (built now or before): the hub links to these. */
  hubBodies?: string[];
  /** What the hub lists of each of those columns (src/lib/hub.ts). */
  hubLatest?: Record<string, import('./hub.ts').HubLatest>;
  images: Record<string, ImageVariants>;
  /** Share card of each article in each language ("<article id>:<locale>" -> column path). */
  shareImages: Record<string, string>;
  /** Files copied verbatim into each column's media/ folder, by hash: "media/<hash>.<ext>". */
  files: Record<string, string>;
}

let loaded: { plan: BuildPlan; snapshot: LoadedSnapshot } | undefined;

export function buildData() {
  if (loaded) return loaded;
  const file = process.env.COLUMN57_BUILD_PLAN;
  if (!file) throw new Error('COLUMN57_BUILD_PLAN is not set: run the generator through `column57 build`');
  const plan = JSON.parse(readFileSync(file, 'utf8')) as BuildPlan;
  // A build of the hub alone needs the manifest only (an empty list would mean every body).
  const { snapshot, problems } = loadSnapshot(plan.snapshotDir, plan.bodies, { none: !plan.bodies.length });
  if (!snapshot || problems.length) throw new Error(`invalid snapshot given to the renderer:\n${formatProblems(problems)}`);
  loaded = { plan, snapshot };
  return loaded;
}
