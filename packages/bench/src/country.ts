import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { countPages } from '@column57/builder';
import { SITES_DIR } from '@column57/sites/dir';
import type { BodyContent } from '@column57/snapshot';
import { check, measure, phaseNote } from './measure.ts';
import { BENCH_TEXT } from './messages.ts';
import { ROOT } from './root.ts';
import { type CountryOptions, writeSyntheticCountry } from './synthetic.ts';

/** The sizes of the synthetic country (writeSyntheticCountry's options); the full country when none is given. */
export type CountrySizes = Omit<CountryOptions, 'out' | 'progress'>;

export interface CountryBenchOptions extends CountrySizes {
  workDir: string;
  resultsDir: string;
  log: (m: string) => void;
}

export interface CountryRow {
  scenario: string;
  seconds: number;
  pages: number;
  peakMiB: number;
  /** For a change: seconds until it was live (the rest of the wall time is search indexes and share cards). */
  liveSeconds?: number;
  note?: string;
}

/** The goals of issue 20 for the whole country, reported against each run, never asserted. */
export const COUNTRY_GOALS = { liveSeconds: 600, peakMiB: 1536, noChangeSeconds: 5 } as const;

const CLI = join(ROOT, 'packages', 'cli', 'src', 'main.ts');

interface BuildReport {
  liveSeconds: number;
  /** When every column was live (epoch ms). */
  liveAt: number;
  phases: Record<string, number>;
  built: Array<{ slug: string; pages: number }>;
  unchanged: string[];
  reusedPages: number;
  failed: Array<{ slug: string; reason: string }>;
}

/**
 * `column57 bench --country`: the build of every column of the country (22 central bodies, 34 provinces
 * and cities, 3,321 communes, wards and special zones; writeSyntheticCountry), each scenario a `column57
 * build` process as `column57 bench` runs it: cold (every column live, and complete), nothing changed,
 * one article of one commune, and one province's article shared to all its communes (a full build that
 * finds them, then the build service's way: the province and its communes named with --body).
 */
export async function runCountryBench(options: CountryBenchOptions) {
  const { log, workDir: work } = options;
  const machineBefore = loadavg();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const snapshot = join(work, 'snapshot');
  const started = Date.now();
  const size = writeSyntheticCountry({
    ...options,
    out: snapshot,
    progress: (written, total) => log(`${BENCH_TEXT.both('countryWritten', { written, total })} ...`),
  });
  const communes = Object.values(size.communes).flat();
  log(
    `${BENCH_TEXT.both('countrySnapshot', {
      central: size.central.length,
      provinces: size.provinces.length,
      communes: communes.length,
      articles: size.articles,
    })}: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const rows: CountryRow[] = [];
  const out = join(work, 'column57');
  const cache = join(work, 'cache');
  // The run's own renderer folder in sites/ (COLUMN57_RENDERER_DIR): the cold build compiles the renderer from
  // nothing, as `column57 bench` does, and takes no bundle from builds running beside it.
  const renderer = `.renderer-country-${process.pid}`;
  const env = { ...process.env, COLUMN57_RENDERER_DIR: renderer };
  // As `column57 bench` builds: without the bulletin boards' pictures and posters.
  const build = async (name: string, extra: string[] = []) => {
    const reportFile = join(work, `${name}.report.json`);
    log(`column57 ${name} ...`);
    const args = ['build', '--snapshot', snapshot, '--out', out, '--cache', cache, '--report', reportFile, '--no-board-files'];
    const m = check(name, await measure(process.execPath, [CLI, ...args, ...extra], { env }));
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
    if (report.failed.length)
      throw new Error(`${BENCH_TEXT.both('columnsFailed', { name })}: ${JSON.stringify(report.failed).slice(0, 2000)}`);
    // Live from the process's start (runtime and module loading included), as every side of the benchmark is timed.
    return { m, report: { ...report, liveSeconds: (report.liveAt - m.startedAt) / 1000 } };
  };
  const rebuilt = (report: BuildReport) => `rebuilt ${report.built.length}/${report.built.length + report.unchanged.length}`;
  // A change is live before the build ends: the search indexes (the hub's national one too) come after.
  const changeNote = (report: BuildReport) => `live ${report.liveSeconds.toFixed(1)}; ${phaseNote(report.phases)}`;
  const pagesIn = (slugs: string[]) => slugs.reduce((n, slug) => n + countPages(join(out, slug)), 0);

  try {
    const cold = await build('cold');
    const allPages = countPages(out);
    rows.push({
      scenario: 'column57: cold build, every column live',
      seconds: cold.report.liveSeconds,
      pages: allPages,
      peakMiB: cold.m.peakMiB,
      note:
        `${rebuilt(cold.report)}; validate ${cold.report.phases.validate.toFixed(1)}, ` +
        `images ${cold.report.phases.images.toFixed(1)}, render ${cold.report.phases.render.toFixed(1)}`,
    });
    rows.push({
      scenario: 'column57: cold build, complete (+ search indexes, share cards)',
      seconds: cold.m.seconds,
      pages: allPages,
      peakMiB: cold.m.peakMiB,
      note: `search ${cold.report.phases.search.toFixed(1)} and share cards ${cold.report.phases.shareCards.toFixed(1)}, side by side`,
    });
    const warm = await build('no-change');
    rows.push({
      scenario: 'column57: rebuild, nothing changed',
      seconds: warm.m.seconds,
      pages: allPages,
      peakMiB: warm.m.peakMiB,
      note: `${rebuilt(warm.report)}; ${phaseNote(warm.report.phases)}`,
    });

    const file = (slug: string) => join(snapshot, 'bodies', `${slug}.json`);
    const read = (slug: string) => JSON.parse(readFileSync(file(slug), 'utf8')) as BodyContent;
    const edited = (title: string) => `${title} (${BENCH_TEXT.t('vi', 'edited')})`;

    // One article of one commune (the first with an article of its own): the full build finds its column.
    const commune = communes.find((slug) => read(slug).articles.some((a) => !a.sharedFrom)) ?? communes[0];
    const editOwn = (n: number) => {
      const content = read(commune);
      const own = content.articles.filter((a) => !a.sharedFrom);
      const article = own[n % own.length] ?? content.articles[0];
      article.locales.vi.title = edited(article.locales.vi.title);
      writeFileSync(file(commune), JSON.stringify(content));
    };
    editOwn(0);
    const oneArticle = await build('one-article');
    rows.push({
      scenario: `column57: one article changed in a commune, full build (${commune})`,
      seconds: oneArticle.m.seconds,
      pages: pagesIn([commune]),
      peakMiB: oneArticle.m.peakMiB,
      liveSeconds: oneArticle.report.liveSeconds,
      note: `${rebuilt(oneArticle.report)}; ${changeNote(oneArticle.report)}`,
    });
    editOwn(1);
    // As the build service builds a publish: the body alone, the hub's national index left for after its delay.
    const oneService = await build('one-article-service', ['--body', commune, '--national-search', 'later']);
    rows.push({
      scenario: 'column57: one article changed in a commune, its body only (build service; national search later)',
      seconds: oneService.m.seconds,
      pages: pagesIn([commune]),
      peakMiB: oneService.m.peakMiB,
      liveSeconds: oneService.report.liveSeconds,
      note: `reused ${oneService.report.reusedPages} pages; ${changeNote(oneService.report)}`,
    });

    // One province's shared article, changed: the province's copy and every commune's (the CMS copies it).
    const province = Object.keys(size.sharing)[0] ?? size.provinces[0];
    const family = [province, ...size.communes[province]];
    const sharedId = size.sharing[province]?.[0];
    const editShared = () => {
      for (const slug of family) {
        const content = read(slug);
        const article = content.articles.find((a) => a.id === sharedId) ?? (slug === province ? content.articles[0] : undefined);
        if (!article) continue;
        article.locales.vi.title = edited(article.locales.vi.title);
        writeFileSync(file(slug), JSON.stringify(content));
      }
    };
    const familyNote = `${province} + ${family.length - 1} communes`;
    editShared();
    const provinceFull = await build('one-province');
    rows.push({
      scenario: `column57: a province's article shared to its communes, full build (${familyNote})`,
      seconds: provinceFull.m.seconds,
      pages: pagesIn(family),
      peakMiB: provinceFull.m.peakMiB,
      liveSeconds: provinceFull.report.liveSeconds,
      note: `${rebuilt(provinceFull.report)}; ${changeNote(provinceFull.report)}`,
    });
    editShared();
    const provinceService = await build('one-province-service', [
      ...family.flatMap((slug) => ['--body', slug]),
      '--national-search',
      'later',
    ]);
    rows.push({
      scenario: `column57: the same, the province and its communes only (--body × ${family.length}, build service)`,
      seconds: provinceService.m.seconds,
      pages: pagesIn(family),
      peakMiB: provinceService.m.peakMiB,
      liveSeconds: provinceService.report.liveSeconds,
      note:
        `rebuilt ${provinceService.report.built.length}, reused ${provinceService.report.reusedPages} pages; ` +
        changeNote(provinceService.report),
    });
    // What the build service then does once, after its delay, however many publishes came meanwhile.
    log('column57 national-search ...');
    const nationalArgs = ['build', '--snapshot', snapshot, '--out', out, '--national-search', 'only'];
    const nationalSearch = check('national-search', await measure(process.execPath, [CLI, ...nationalArgs], { env }));
    rows.push({
      scenario: "column57: the hub's national search index after those publishes (the build service's, after its delay)",
      seconds: nationalSearch.seconds,
      pages: allPages,
      peakMiB: nationalSearch.peakMiB,
      note: "one per delay, beside the builds; only the shards whose records changed (the province's) are made again",
    });

    const goals = {
      coldLive: {
        seconds: cold.report.liveSeconds,
        goal: COUNTRY_GOALS.liveSeconds,
        met: cold.report.liveSeconds <= COUNTRY_GOALS.liveSeconds,
      },
      coldPeak: { peakMiB: cold.m.peakMiB, goal: COUNTRY_GOALS.peakMiB, met: cold.m.peakMiB <= COUNTRY_GOALS.peakMiB },
      noChange: { seconds: warm.m.seconds, goal: COUNTRY_GOALS.noChangeSeconds, met: warm.m.seconds <= COUNTRY_GOALS.noChangeSeconds },
    };
    const machineAfter = loadavg();
    const result = {
      at: new Date().toISOString(),
      bodies: size.bodies,
      central: size.central.length,
      provinces: size.provinces.length,
      communes: communes.length,
      kinds: size.kinds,
      articles: size.articles,
      cores: availableParallelism(),
      // The load average (1, 5, 15 min) when the run began and ended: another job on the machine shows here.
      loadavg: { before: machineBefore, after: machineAfter },
      rows,
      goals,
      phases: { cold: { ...cold.report.phases, live: cold.report.liveSeconds }, noChange: warm.report.phases },
    };
    mkdirSync(options.resultsDir, { recursive: true });
    const resultFile = join(options.resultsDir, `country-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(resultFile, JSON.stringify(result, null, 1));
    log(table(rows));
    const verdict = (met: boolean) => BENCH_TEXT.both(met ? 'goalMet' : 'goalMissed');
    const { coldLive, coldPeak, noChange } = goals;
    log(`${BENCH_TEXT.both('goalLive')}: ${coldLive.seconds.toFixed(0)} s ≤ ${coldLive.goal} s: ${verdict(coldLive.met)}`);
    log(`${BENCH_TEXT.both('goalMemory')}: ${coldPeak.peakMiB.toFixed(0)} MiB ≤ ${coldPeak.goal} MiB: ${verdict(coldPeak.met)}`);
    log(`${BENCH_TEXT.both('goalNoChange')}: ${noChange.seconds.toFixed(1)} s ≤ ${noChange.goal} s: ${verdict(noChange.met)}`);
    const loads = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
    log(`${BENCH_TEXT.both('machineLoad')}: ${loads(machineBefore)} → ${loads(machineAfter)}`);
    log(`${BENCH_TEXT.both('results')}: ${resultFile}`);
    return { ...result, resultFile, snapshot, out, size };
  } finally {
    rmSync(join(SITES_DIR, renderer), { recursive: true, force: true });
  }
}

function table(rows: CountryRow[]): string {
  const head = ['scenario', 'wall s', 'pages', 'pages/s', 'peak MiB', 'notes (phases in s)'];
  const lines = rows.map((r) => [
    r.scenario,
    r.seconds.toFixed(1),
    String(r.pages),
    (r.pages / r.seconds).toFixed(0),
    r.peakMiB.toFixed(0),
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return ['', fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt), ''].join('\n');
}
