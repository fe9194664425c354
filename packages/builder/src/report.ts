import { formatProblems, type Problem } from '@column57/snapshot';
import { both } from './messages.ts';

export interface BuildReport {
  /**
   * Seconds spent in each phase, for progress summaries and benchmarks. Validation, images and share
   * cards are summed over the render groups (which overlap); `render` is the wall time from the first
   * group's start until the last column is live; search indexes and deferred cards come after that.
   */
  phases: { validate: number; images: number; shareCards: number; boardFiles: number; render: number; search: number };
  /** Seconds from the start until every column built was live (pages, feeds, pictures). */
  liveSeconds: number;
  /** When every column built was live (epoch ms), for a clock that started before this process did (the benchmark's). */
  liveAt: number;
  built: Array<{ slug: string; pages: number; release: string }>;
  /** Bodies whose column on disk already matched their content and the generator: not rebuilt. */
  unchanged: string[];
  /** Bodies rolled back and held on an earlier release: not rebuilt until resumed. */
  held: string[];
  /** Pages of rebuilt columns taken from their live release (unchanged data and generator) instead of rendered. */
  reusedPages: number;
  /** Render groups given to a renderer that was started ahead and waiting (keepRendererWarm). */
  warmRenderers: number;
  failed: Array<{ slug: string; reason: string }>;
  warnings: string[];
  hub: boolean;
  /**
   * The hub's national search index after this build: made again, kept as it was (nothing built), left for
   * `refreshNationalSearch` (the `nationalSearch: 'later'` option), or failed (the hub keeps its earlier one).
   */
  nationalSearch: 'made' | 'kept' | 'later' | 'failed';
  seconds: number;
}

export function newReport(): BuildReport {
  return {
    phases: { validate: 0, images: 0, shareCards: 0, boardFiles: 0, render: 0, search: 0 },
    built: [],
    unchanged: [],
    held: [],
    reusedPages: 0,
    warmRenderers: 0,
    failed: [],
    warnings: [],
    hub: false,
    nationalSearch: 'kept',
    liveSeconds: 0,
    liveAt: 0,
    seconds: 0,
  };
}

/** Bodies whose content was refused: failed in the report, their last good column left as it was. */
export function reportInvalid(report: BuildReport, log: (message: string) => void, reasons: Map<string, string>) {
  for (const [slug, reason] of reasons) {
    report.failed.push({ slug, reason });
    log(`✗ ${slug}: ${both('invalidContent')}:\n${reason}`);
  }
}

/** Validation problems of one load, by body; a problem of the manifest counts against every body. */
export function reasonsOf(problems: Problem[], slugs: string[]): Map<string, string> {
  const byBody = new Map<string, Problem[]>();
  for (const problem of problems) {
    // A body's own entry in the manifest names its body; a body's file names it by its path.
    const slug = problem.body ?? /^bodies\/(.+)\.json$/.exec(problem.file)?.[1];
    if (slug) byBody.set(slug, [...(byBody.get(slug) ?? []), problem]);
  }
  return new Map(slugs.map((slug) => [slug, formatProblems(byBody.get(slug) ?? problems.filter((p) => p.file === 'manifest.json'))]));
}
