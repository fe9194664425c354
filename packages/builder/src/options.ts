import type { BuildReport } from './report.ts';

export interface BuildOptions {
  snapshotDir: string;
  outDir: string;
  /** Only these bodies (default: every body in the snapshot). */
  bodies?: string[];
  /**
   * Where the national hub is read, absolute (default DEFAULT_HUB_URL of @column57/sites/hub, the
   * preview server of `npm start`): its canonical and hreflang links, sitemap, robots.txt and feeds.
   */
  hubUrl?: string;
  /**
   * Where browsers report a framing a column refused, absolute: the build service's `/framing-reports/`
   * as portals' visitors reach it (default: none, and columns ask for no reports).
   */
  framingReportUrl?: string;
  /**
   * The WebSub hub readers and aggregators subscribe at, absolute: every feed names it (rel="hub") beside
   * its own address (rel="self"). The build service's own hub (`/websub`) by default under `npm start`.
   */
  websubHub?: string;
  /**
   * The CMS's public address (no trailing slash), where readers' subscription forms post: every column gets a
   * page to subscribe to its news by mail. None: no subscription page. `npm start` gives its CMS.
   */
  subscriptionsUrl?: string;
  /** Where image variants, share cards and content hashes live between builds. */
  cacheDir: string;
  /** Where the releases of each column are kept (default: .<out>-releases beside outDir). */
  releasesDir?: string;
  /** Releases kept per column for rollback (default 5). */
  keepReleases?: number;
  /**
   * New share cards drawn before a group's columns go live (default 64, an ordinary publish's few);
   * with more, the columns go live with their body's card standing in, and the articles' own follow.
   */
  cardsBeforeLive?: number;
  /** Called once every column built is live, before their search indexes and deferred cards are made. */
  onLive?: (built: BuildReport['built']) => void;
  /** Parallel renderers (default: the machine's cores, at most 4). */
  concurrency?: number;
  /**
   * Content (bytes of snapshot JSON) one renderer is given at most (default 10 MB, some 3,000
   * articles): a national build renders in several rounds and its memory stays bounded.
   */
  maxGroupBytes?: number;
  /**
   * Also draw each board's slides as pictures and the A4 posters (board-files.ts), once the columns are
   * live: some 3 minutes of a 2-core machine for the demo the first time, nothing once drawn (they are
   * cached). Off unless asked for; the CLI and the build service ask for it unless told not to.
   */
  boardFiles?: boolean;
  /**
   * The hub's national search index, made over every live column: at the end of this build ('now', the
   * default), or left to the caller ('later'), who makes it with `refreshNationalSearch` when it suits. The
   * build service leaves it: at national scale it takes minutes, and the next publish must not wait.
   */
  nationalSearch?: 'now' | 'later';
  /**
   * Once the columns are rendered, start a renderer for the next build and leave it waiting with the site
   * loaded (render-group.ts), as the build service does: its next publish renders sooner. Off by default,
   * as a one-off build has no next build; `stopWarmRenderer` ends it.
   */
  keepRendererWarm?: boolean;
  log?: (message: string) => void;
}

export const DEFAULT_MAX_GROUP_BYTES = 10 * 1024 * 1024;
