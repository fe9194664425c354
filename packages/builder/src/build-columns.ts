import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_HUB_URL, hubAddress } from '@column57/sites/hub';
import { rendererBundle } from '@column57/sites/renderer/bundle';
import { ContentHashes, generatorFingerprint, hubBuiltFrom, hubFingerprint } from './fingerprints.ts';
import type { BuildOptions } from './options.ts';
import { both } from './messages.ts';
import { lockOutput } from './output-lock.ts';
import { runPipeline } from './pipeline.ts';
import { defaultReleasesDir } from './releases.ts';
import { type BuildReport, newReport } from './report.ts';
import { newWorkDir, removeLeftovers } from './scratch.ts';
import { stopSearchIndexer, useSearchIndexer } from './search-index.ts';
import { selectBodies } from './select.ts';
import { seconds } from './timing.ts';

/**
 * Builds the columns of the given bodies (and the national hub) from a snapshot into outDir/<slug>/.
 * A body whose content is invalid, or whose rendering fails, is reported and its last good column is
 * left as it was; the other bodies are built all the same.
 *
 * Bodies are built in render groups, a few at a time (one per core): each group's content is read,
 * validated, given its pictures, rendered and made live, then let go, so a national build holds only
 * the groups in progress. Search indexes, and the share cards of a first build, are made once every
 * column is live.
 */
export async function buildColumns(options: BuildOptions): Promise<BuildReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const outDir = resolve(options.outDir);
  const cacheDir = resolve(options.cacheDir);
  const snapshotDir = resolve(options.snapshotDir);
  const releasesDir = resolve(options.releasesDir ?? defaultReleasesDir(outDir));
  const hubUrl = hubAddress(options.hubUrl ?? DEFAULT_HUB_URL);
  if (!hubUrl) throw new Error(`hubUrl: "${options.hubUrl}" ${both('hubUrlForm')}`);
  const framingReportUrl = options.framingReportUrl === undefined ? undefined : hubAddress(options.framingReportUrl);
  if (framingReportUrl === null) throw new Error(`framingReportUrl: "${options.framingReportUrl}" ${both('hubUrlForm')}`);
  const websubHub = options.websubHub;
  if (websubHub !== undefined && !/^https?:\/\/[^\s#"<>]+$/.test(websubHub))
    throw new Error(`websubHub: "${websubHub}" ${both('fullAddressForm')}`);
  const subscriptionsUrl = options.subscriptionsUrl?.replace(/\/+$/, '');
  if (subscriptionsUrl !== undefined && !/^https?:\/\/[^\s?#"<>]+$/.test(subscriptionsUrl))
    throw new Error(`subscriptionsUrl: "${options.subscriptionsUrl}" ${both('fullAddressForm')}`);
  const report = newReport();

  const generator = generatorFingerprint();
  // A column (and the hub) is written from the generator and from the settings printed into it: the report address is
  // in every column's CSP, and board pictures and posters are linked from its pages, so a change of
  // either builds every column again.
  const settings = [
    framingReportUrl ? `report-uri ${framingReportUrl}` : '',
    options.boardFiles ? 'board-files' : '',
    websubHub ? `websub ${websubHub}` : '',
    subscriptionsUrl ? `subscriptions ${subscriptionsUrl}` : '',
  ].filter(Boolean);
  const columnGenerator = [generator, ...settings].join('\n');
  const hashes = new ContentHashes(cacheDir);
  const { manifest, buildable, fingerprints } = selectBodies(
    { snapshotDir, outDir, releasesDir, asked: options.bodies },
    columnGenerator,
    hashes,
    report,
    log,
  );
  report.phases.validate = seconds(started);

  mkdirSync(outDir, { recursive: true });
  mkdirSync(releasesDir, { recursive: true });
  const unlock = await lockOutput(releasesDir);
  try {
    removeLeftovers([outDir, releasesDir]);
    const existing = readdirSync(outDir).filter(
      (d) => manifest.bodies.some((b) => b.slug === d) && statSync(join(outDir, d)).isDirectory(),
    );
    // The hub links to every column that is live: built now, or kept from before.
    const hubBodies = [...new Set([...buildable, ...report.unchanged, ...report.held, ...existing])];
    // Nothing to build and the hub's inputs as they were: not even the hub is rendered again.
    const hubSource = hubFingerprint(columnGenerator, snapshotDir, hubBodies, fingerprints, hashes, hubUrl);
    hashes.save();
    if (!buildable.length && hubSource === hubBuiltFrom(outDir, releasesDir)) {
      report.seconds = seconds(started);
      log(
        `${both('done')}: ${both('nothingChanged')}, ${report.unchanged.length} ${both('columnsKept')}, ` +
          `${report.seconds.toFixed(1)} s`,
      );
      return report;
    }
    const bundle = await rendererBundle(generator, log);
    // The sources were fingerprinted at the start: if they changed since, the bundle may hold code the
    // fingerprint does not describe, and pages would be kept under the wrong generator.
    if (generatorFingerprint() !== generator) {
      rmSync(dirname(bundle), { recursive: true, force: true });
      throw new Error(both('sourcesChanged'));
    }
    const workDir = newWorkDir(cacheDir);
    // Finished columns wait here, on the releases' own disk, so making them a release is a rename; the
    // renderers write there too (a column landed from another disk would be copied file by file).
    const landing = mkdtempSync(join(releasesDir, '.staging-'));
    useSearchIndexer();
    try {
      await runPipeline(
        {
          options,
          log,
          started,
          snapshotDir,
          outDir,
          releasesDir,
          imageCacheDir: join(cacheDir, 'images'),
          audioCacheDir: join(cacheDir, 'audio'),
          shareDir: join(cacheDir, 'share'),
          render: { workDir, renderDir: join(landing, '.rendered'), bundle, liveDir: outDir, generator },
          landing,
          buildable,
          hubBodies,
          hubSource,
          hubUrl,
          framingReportUrl,
          websubHub,
          subscriptionsUrl,
          fingerprints,
        },
        report,
      );
    } finally {
      await stopSearchIndexer();
      rmSync(workDir, { recursive: true, force: true });
      rmSync(landing, { recursive: true, force: true });
    }
  } finally {
    await unlock();
  }
  report.seconds = seconds(started);
  const pages = report.built.reduce((n, b) => n + b.pages, 0);
  log(
    `${both('done')}: ${report.built.length} ${both('columns')}, ${pages} ${both('pages')} (${report.reusedPages} ${both('reused')}), ` +
      `${report.unchanged.length} ${both('unchanged')}, ${report.failed.length} ${both('failed')}, ${report.seconds.toFixed(1)} s`,
  );
  return report;
}
