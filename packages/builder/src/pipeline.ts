import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { BuildContext } from './context.ts';
import { both } from './messages.ts';
import { DEFAULT_MAX_GROUP_BYTES } from './options.ts';
import { keepRendererWarm, planGroups } from './render-group.ts';
import type { BuildReport } from './report.ts';
import { finishBuild } from './stages/finish.ts';
import { newPrepareState, PrepareQueue } from './stages/prepare.ts';
import { renderPrepared } from './stages/render.ts';
import { seconds } from './timing.ts';

/**
 * The stages of a build once its bodies are chosen, overlapping: **prepare** (read, validate, pictures,
 * share cards; stages/prepare.ts) runs ahead of **render** (a renderer process per group;
 * stages/render.ts), which **lands** each column as a release as soon as its group is rendered
 * (stages/land.ts); once every column is live, **finish** makes search indexes and deferred cards and
 * prunes old releases (stages/finish.ts).
 */
export async function runPipeline(ctx: BuildContext, report: BuildReport) {
  const { options, log, snapshotDir } = ctx;
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
    `${both('rendering')} ${ctx.buildable.length} ${both('columns')}: ${groups.length} ${both('groups')}, ` +
      `${Math.min(lanes, groups.length)} ${both('parallelBuilds')} ...`,
  );

  const prepare = newPrepareState(ctx, report, groups.length);
  const queue = new PrepareQueue(prepare, groups);
  const renderStarted = Date.now();
  let failure: unknown = null;
  const laneCount = Math.min(lanes, groups.length);
  // Groups are taken in order by the first lane free. A lane that fails stops the others from taking
  // new groups, but the build waits for the groups being rendered: its scratch space and its lock are
  // not let go under a running renderer.
  await pLimit(laneCount).map(groups.keys(), async (index) => {
    if (failure) return;
    try {
      const prepared = await queue.take(index);
      // At most one group a lane waits prepared.
      queue.prepareUpTo(index + laneCount);
      if (prepared) await renderPrepared(ctx, report, prepared, prepared.plan, `group-${index + 1}`);
    } catch (error) {
      failure ??= error;
    }
  });
  if (failure) throw failure;
  report.phases.render = seconds(renderStarted);
  if (options.keepRendererWarm) keepRendererWarm(ctx.render.bundle);
  await finishBuild(ctx, report, {
    cards: prepare.cardsDeferred ? prepare.deferredCards : null,
    boardFiles: { files: prepare.deferredBoardFiles, archives: prepare.deferredBoardArchives },
  });
}
