import { readFileSync } from 'node:fs';
import { type LoadedSnapshot, loadSnapshot, formatProblems } from '@column57/snapshot';
import { type BuildPlan, parseBuildPlan } from './build-plan.ts';
import { PLAN_TEXT } from './plan-text.ts';

let loaded: { plan: BuildPlan; snapshot: LoadedSnapshot } | undefined;

export function buildData() {
  if (loaded) return loaded;
  const file = process.env.COLUMN57_BUILD_PLAN;
  if (!file) throw new Error(PLAN_TEXT.both('planNotSet'));
  const plan = parseBuildPlan(readFileSync(file, 'utf8'), file);
  // A build of the hub alone needs the manifest only (an empty list would mean every body).
  const { snapshot, problems } = loadSnapshot(plan.snapshotDir, plan.bodies, { none: !plan.bodies.length });
  if (!snapshot || problems.length) throw new Error(`${PLAN_TEXT.both('invalidSnapshot')}:\n${formatProblems(problems)}`);
  loaded = { plan, snapshot };
  return loaded;
}
