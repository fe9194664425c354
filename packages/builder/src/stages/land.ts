import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { place } from '@column57/sites/renderer/place';
import type { BuildContext } from '../context.ts';
import { writeEmbedScripts } from '../embed-scripts.ts';
import { FINGERPRINT_FILE } from '../fingerprints.ts';
import { HUB_LATEST_FILE } from '../hub-latest.ts';
import { both } from '../messages.ts';
import { HUB_ENTRIES, HUB_RELEASE, moveFolder, publishRelease } from '../releases.ts';
import type { BuildReport } from '../report.ts';
import { dropNationalShards } from '../national-search.ts';
import { carrySearchIndex } from '../search-index.ts';
import { type CardPlan, cardSource } from '../share-cards.ts';
import { elapsed } from '../timing.ts';
import { UNFINISHED_FILE } from './finish.ts';
import type { ColumnLanding } from './prepare.ts';

/**
 * Lands a rendered column: its pages join its pictures, files, share cards and embedding helpers in
 * the staging folder, and it goes live as a new release (marked unfinished until its search index and
 * cards are made). Its pages were rendered on the releases' disk, so moving them is a rename.
 */
export function landColumn(
  ctx: BuildContext,
  report: BuildReport,
  column: { slug: string; renderedDir: string; pages: number },
  landing: ColumnLanding,
  cards: CardPlan,
) {
  const { slug, pages } = column;
  const stagedBody = join(ctx.landing, slug);
  moveFolder(join(column.renderedDir, slug), stagedBody);
  const live = join(ctx.outDir, slug);
  const pageGone = carrySearchIndex(existsSync(live) ? live : null, stagedBody) === 'pageGone';
  for (const [source, target] of landing.media) place(source, join(stagedBody, target));
  for (const job of cards.cardsOf.get(slug) ?? []) place(cardSource(cards, job, ctx.shareDir), join(stagedBody, 'media', job.file));
  writeEmbedScripts(join(stagedBody, 'embed'));
  writeFileSync(join(stagedBody, FINGERPRINT_FILE), ctx.fingerprints.get(slug)!);
  writeFileSync(join(stagedBody, HUB_LATEST_FILE), JSON.stringify(landing.hubLatest));
  writeFileSync(join(stagedBody, UNFINISHED_FILE), 'search index and share cards being made\n');
  const release = publishRelease({
    staged: stagedBody,
    outDir: ctx.outDir,
    releasesDir: ctx.releasesDir,
    slug,
    keep: ctx.options.keepReleases,
    prune: false,
  });
  // A page gone from a column (unpublished, made secret) leaves the national index too, until it is made
  // again. After the release is live, so that an index made from the records read before now is not kept.
  if (pageGone) dropNationalShards(ctx.outDir, slug);
  report.built.push({ slug, pages, release });
  ctx.log(`✓ ${slug}: ${pages} ${both('pages')} (${release}) [${report.built.length}/${ctx.buildable.length}, ${elapsed(ctx.started)}]`);
}

/** Lands the hub rendered with a group: its pages become a release of their own. */
export function landHub(ctx: BuildContext, report: BuildReport, renderedDir: string) {
  const stagedHub = join(ctx.landing, HUB_RELEASE);
  mkdirSync(stagedHub, { recursive: true });
  for (const entry of HUB_ENTRIES) if (existsSync(join(renderedDir, entry))) moveFolder(join(renderedDir, entry), join(stagedHub, entry));
  writeFileSync(join(stagedHub, FINGERPRINT_FILE), ctx.hubSource);
  publishRelease({
    staged: stagedHub,
    outDir: ctx.outDir,
    releasesDir: ctx.releasesDir,
    slug: HUB_RELEASE,
    keep: ctx.options.keepReleases,
  });
  report.hub = true;
}
