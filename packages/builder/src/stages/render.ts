import { rmSync } from 'node:fs';
import type { BuildPlan } from '@column57/sites/build-plan';
import type { BuildContext } from '../context.ts';
import { both } from '../messages.ts';
import { HUB_RELEASE } from '../releases.ts';
import { renderGroup } from '../render-group.ts';
import type { BuildReport } from '../report.ts';
import { landColumn, landHub } from './land.ts';
import type { PreparedGroup } from './prepare.ts';

/**
 * Renders one group's plan in a renderer process and lands each of its columns (and the hub, when the
 * group carries it) as soon as the renderer is done; a group broken by one body is rendered again body
 * by body, so the others still land.
 */
export async function renderPrepared(
  ctx: BuildContext,
  report: BuildReport,
  group: PreparedGroup,
  plan: BuildPlan,
  name: string,
): Promise<void> {
  const { log } = ctx;
  const result = await renderGroup(plan, ctx.render, name, log);
  if (result.warm) report.warmRenderers++;
  if (result.ok) {
    report.reusedPages += result.reused;
    for (const slug of plan.bodies) {
      landColumn(ctx, report, { slug, renderedDir: result.outDir, pages: result.pages[slug] ?? 0 }, group.columns.get(slug)!, group.cards);
    }
    if (plan.hub) landHub(ctx, report, result.outDir);
    rmSync(result.outDir, { recursive: true, force: true });
    return;
  }
  // What a failed renderer wrote is not kept (COLUMN57_RENDER_LOG keeps its output, plan and job).
  rmSync(result.outDir, { recursive: true, force: true });
  if (plan.bodies.length <= 1) {
    const slug = plan.bodies[0] ?? HUB_RELEASE;
    report.failed.push({ slug, reason: result.output });
    log(`✗ ${slug}: ${both('renderingFailed')}:\n${result.output}`);
    return;
  }
  // One body (or the hub) broke the group: each is rendered alone, so the others still land.
  log(`! ${name} ${both('groupFailed')}`);
  for (const [i, slug] of plan.bodies.entries()) {
    await renderPrepared(ctx, report, group, { ...plan, bodies: [slug], hub: false }, `${name}-${i}`);
  }
  if (plan.hub) await renderPrepared(ctx, report, group, { ...plan, bodies: [], hub: true }, `${name}-hub`);
}
