import type { BuildOptions } from './options.ts';
import type { RenderSetup } from './render-group.ts';

/**
 * What every stage of a build reads and none changes: where things are, what is built, and from what.
 * What a stage changes is its own state (stages/*.ts) and the report, each passed to it explicitly.
 */
export interface BuildContext {
  readonly options: BuildOptions;
  readonly log: (message: string) => void;
  /** When the build started (Date.now()), for the live time and the progress lines. */
  readonly started: number;
  readonly snapshotDir: string;
  readonly outDir: string;
  readonly releasesDir: string;
  /** Picture variants made by earlier builds, by content hash. */
  readonly imageCacheDir: string;
  /** Radio bulletins' audio synthesised by earlier builds, by content hash. */
  readonly audioCacheDir: string;
  /** Share cards drawn by earlier builds, named by what they show. */
  readonly shareDir: string;
  readonly render: RenderSetup;
  /** Where rendered columns are staged on the releases' own disk before each becomes a release. */
  readonly landing: string;
  /** Bodies built now, valid or not yet known to be. */
  readonly buildable: string[];
  /** Every column the hub links to: built now, or live from before. */
  readonly hubBodies: string[];
  /** The fingerprint a hub built now is kept with. */
  readonly hubSource: string;
  /** Where the hub is read: absolute, ending in "/". */
  readonly hubUrl: string;
  /** Where refused framings are reported (absolute, ending in "/"), if anywhere. */
  readonly framingReportUrl: string | undefined;
  /** The WebSub hub the feeds name, if any. */
  readonly websubHub: string | undefined;
  /** The CMS's public address the subscription forms post to, if subscriptions are on. */
  readonly subscriptionsUrl: string | undefined;
  /** The fingerprint of each body built now, kept in its release. */
  readonly fingerprints: ReadonlyMap<string, string>;
}
