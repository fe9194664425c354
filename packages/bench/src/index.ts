import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { countPages } from '@column57/builder';
import { ROOT } from './root.ts';
import { SITES_DIR } from '@column57/sites/dir';
import { countHugoPages, hugoAvailable, pagefindCommand, writeEquivalentHugoSite, writeMinimalHugoSite } from './hugo.ts';
import { check, dropPageCache, measure, phaseNote, spreadOf } from './measure.ts';
import { BENCH_TEXT } from './messages.ts';
import { writeSyntheticSnapshot } from './synthetic.ts';
import type { LoadReport } from './load.ts';

export interface BenchOptions {
  bodies: number;
  articles: number;
  workDir: string;
  resultsDir: string;
  hugo: 'auto' | 'skip';
  publish?: 'auto' | 'skip';
  /** Rounds of every build scenario, interleaved (default 3): medians and spreads are reported. */
  runs?: number;
  /** Publish → live trials (default 10). */
  trials?: number;
  /** Publish → live on the demo body and on a body of the synthetic size (default), or on the demo body only. */
  publishBodies?: 'both' | 'demo';
  log: (m: string) => void;
}

/** One scenario over the rounds: median seconds with the least and greatest, median peak memory (PSS). */
export interface Row {
  scenario: string;
  seconds: number;
  min: number;
  max: number;
  runs: number[];
  pages: number;
  peakMiB: number;
  note?: string;
}

interface Sample {
  seconds: number;
  peakMiB: number;
  pages: number;
  note?: string;
}

const CLI = join(ROOT, 'packages', 'cli', 'src', 'main.ts');

const lastJsonLine = <T>(output: string) => JSON.parse(output.trim().split('\n').pop()!) as T;

/**
 * Measures what a national deployment costs against baselines measured in the same run, and reports ratios of
 * medians (absolute seconds on a shared machine drift; ratios from one run hold better). Fair by construction:
 * - every scenario runs `runs` times, the sides interleaved in each round, medians and spreads printed;
 * - every side's time runs from its process's start (the columns' "live" moment is reported by the build as a
 *   time of day and read against the same start);
 * - cold is cold for every side: the kernel's page cache emptied when the benchmark may (root), the columns
 *   with an empty cache and a renderer compiled from nothing, Hugo with an empty cache and resource folder;
 *   warm is warm for both (their caches kept, every page rendered again);
 * - memory is the peak of the whole process tree's PSS (shared pages counted once);
 * - the floor renders the same kinds of page with the same frame, over every core;
 * - "complete" (search indexes and share cards) is compared with Hugo, its own share cards and Pagefind.
 */
export async function runBench(options: BenchOptions) {
  const { log } = options;
  const runs = options.runs ?? 3;
  const work = options.workDir;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const snapshot = join(work, 'snapshot');
  log(`${BENCH_TEXT.both('syntheticSnapshot')}: ${options.bodies} × ${options.articles} ...`);
  const size = writeSyntheticSnapshot({ bodies: options.bodies, articles: options.articles, out: snapshot });
  const node = process.execPath;
  const samples = new Map<string, Sample[]>();
  const add = (scenario: string, sample: Sample) => samples.set(scenario, [...(samples.get(scenario) ?? []), sample]);
  const slugs = readdirSync(join(snapshot, 'bodies')).map((file) => file.replace(/\.json$/, ''));
  const first = readdirSync(join(snapshot, 'bodies')).sort()[0];
  const slug = first.replace(/\.json$/, '');
  const bodyFile = join(snapshot, 'bodies', first);
  const pristine = readFileSync(bodyFile);
  const rendererDirs: string[] = [];
  let cacheDropped = false;
  const cold = () => {
    cacheDropped = dropPageCache();
  };

  // Without the bulletin boards' pictures and posters: the Hugo site has nothing like them, so drawing them
  // would count work on one side only.
  const build = async (name: string, extra: string[], out: string, cache: string, renderer: string) => {
    const reportFile = join(work, `${name}.report.json`);
    const args = ['build', '--snapshot', snapshot, '--out', out, '--cache', cache, '--report', reportFile, '--no-board-files'];
    const m = check(name, await measure(node, [CLI, ...args, ...extra], { env: { ...process.env, COLUMN57_RENDERER_DIR: renderer } }));
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    return { m, report, live: (report.liveAt - m.startedAt) / 1000 };
  };
  const rebuilt = (report: { built: unknown[]; unchanged: unknown[] }) =>
    `rebuilt ${report.built.length}/${report.built.length + report.unchanged.length}`;
  const version = options.hugo === 'auto' ? hugoAvailable(true) : null;
  const hugoName = version ? `${version.split(' ')[0]} ${version.split(' ')[1] ?? ''}`.trim() : '';
  // The Hugo sites are written once (their writing is not Hugo's work); each run starts from their sources.
  const hugoSites = version
    ? {
        equivalent: join(work, 'hugo-equivalent'),
        complete: join(work, 'hugo-complete'),
        minimal: join(work, 'hugo-minimal'),
      }
    : null;
  if (hugoSites) {
    writeEquivalentHugoSite(snapshot, hugoSites.equivalent);
    writeEquivalentHugoSite(snapshot, hugoSites.complete, { shareCards: true });
    writeMinimalHugoSite(snapshot, hugoSites.minimal);
  }
  const runHugo = async (site: string, state: 'cold' | 'warm', tag: string) => {
    const cacheDir = join(work, `${basename(site)}-cache`);
    if (state === 'cold') {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(join(site, 'resources'), { recursive: true, force: true });
      cold();
    }
    const output = join(work, `${basename(site)}-out-${tag}`);
    rmSync(output, { recursive: true, force: true });
    const m = check(
      `hugo ${basename(site)}`,
      await measure('hugo', ['--quiet', '--source', site, '--destination', output, '--cacheDir', cacheDir]),
    );
    return { m, output };
  };

  for (let round = 1; round <= runs; round++) {
    log(`${BENCH_TEXT.both('round', { round, runs })} ...`);
    writeFileSync(bodyFile, pristine);
    const renderer = `.renderer-bench-${process.pid}-${round}`;
    rendererDirs.push(renderer);

    log(`  ${BENCH_TEXT.both('floorRunning')} ...`);
    cold();
    const floorOut = join(work, 'floor');
    rmSync(floorOut, { recursive: true, force: true });
    const floor = check('floor', await measure(node, [join(import.meta.dirname, 'floor.ts'), snapshot, floorOut]));
    const floorAnswer = lastJsonLine<{ pages: number; workers: number }>(floor.output);
    add('floor', { seconds: floor.seconds, peakMiB: floor.peakMiB, pages: floorAnswer.pages, note: `${floorAnswer.workers} workers` });

    const out = join(work, 'column57');
    const cache = join(work, 'cache');
    log('  column57 cold ...');
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    cold();
    const coldRun = await build('cold', [], out, cache, renderer);
    const phases = coldRun.report.phases;
    add('live', {
      seconds: coldRun.live,
      peakMiB: coldRun.m.peakMiB,
      pages: countPages(out),
      note: `${rebuilt(coldRun.report)}; images ${phases.images.toFixed(1)}, render ${phases.render.toFixed(1)}`,
    });
    add('complete', {
      seconds: coldRun.m.seconds,
      peakMiB: coldRun.m.peakMiB,
      pages: countPages(out),
      note: `search ${phases.search.toFixed(1)} and share cards ${phases.shareCards.toFixed(1)}, side by side`,
    });

    if (hugoSites) {
      log(`  ${hugoName} ...`);
      const equivalent = await runHugo(hugoSites.equivalent, 'cold', 'cold');
      add('hugo', { seconds: equivalent.m.seconds, peakMiB: equivalent.m.peakMiB, pages: countHugoPages(equivalent.output) });
      // What a Hugo user runs for the same work as complete: Hugo with its own share cards, then Pagefind.
      const complete = await runHugo(hugoSites.complete, 'cold', 'cold');
      const search = pagefindCommand(complete.output, slugs);
      const indexed = check('pagefind', await measure(search.command, search.args));
      add('hugoComplete', {
        seconds: complete.m.seconds + indexed.seconds,
        peakMiB: Math.max(complete.m.peakMiB, indexed.peakMiB),
        pages: countHugoPages(complete.output),
        note: `hugo ${complete.m.seconds.toFixed(1)}, pagefind ${indexed.seconds.toFixed(1)}`,
      });
    }

    log('  column57 warm ...');
    rmSync(out, { recursive: true, force: true });
    const warm = await build('warm', [], out, cache, renderer);
    add('warmLive', { seconds: warm.live, peakMiB: warm.m.peakMiB, pages: countPages(out), note: phaseNote(warm.report.phases) });
    add('warmComplete', { seconds: warm.m.seconds, peakMiB: warm.m.peakMiB, pages: countPages(out) });
    if (hugoSites) {
      const again = await runHugo(hugoSites.equivalent, 'warm', 'warm');
      add('hugoWarm', { seconds: again.m.seconds, peakMiB: again.m.peakMiB, pages: countHugoPages(again.output) });
      const minimal = await runHugo(hugoSites.minimal, 'cold', 'cold');
      add('hugoMinimal', { seconds: minimal.m.seconds, peakMiB: minimal.m.peakMiB, pages: countHugoPages(minimal.output) });
    }

    const unchanged = await build('no-change', [], out, cache, renderer);
    add('noChange', {
      seconds: unchanged.m.seconds,
      peakMiB: unchanged.m.peakMiB,
      pages: countPages(out),
      note: `${rebuilt(unchanged.report)}; ${phaseNote(unchanged.report.phases)}`,
    });
    // One article changes and the whole build runs: it finds the one column to rebuild.
    const content = JSON.parse(pristine.toString('utf8'));
    const edited = (title: string) => `${title} (${BENCH_TEXT.t('vi', 'edited')} ${round})`;
    content.articles[0].locales.vi.title = edited(content.articles[0].locales.vi.title);
    writeFileSync(bodyFile, JSON.stringify(content));
    const changed = await build('one-article', [], out, cache, renderer);
    add('oneArticle', {
      seconds: changed.m.seconds,
      peakMiB: changed.m.peakMiB,
      pages: countPages(join(out, slug)),
      note: `${rebuilt(changed.report)}; ${phaseNote(changed.report.phases)}`,
    });
    // What the build service does on a publish: only the publishing body, its unchanged pages reused.
    content.articles[1].locales.vi.title = edited(content.articles[1].locales.vi.title);
    writeFileSync(bodyFile, JSON.stringify(content));
    const service = await build('one-article-service', ['--body', slug], out, cache, renderer);
    add('oneArticleService', {
      seconds: service.m.seconds,
      peakMiB: service.m.peakMiB,
      pages: countPages(join(out, slug)),
      note: `reused ${service.report.reusedPages} pages; ${phaseNote(service.report.phases)}`,
    });
    const aloneOut = join(work, 'one-body');
    const aloneCache = join(work, 'cache-one-body');
    rmSync(aloneOut, { recursive: true, force: true });
    rmSync(aloneCache, { recursive: true, force: true });
    const alone = await build('one-body', ['--body', slug], aloneOut, aloneCache, renderer);
    add('oneBody', {
      seconds: alone.m.seconds,
      peakMiB: alone.m.peakMiB,
      pages: countPages(join(aloneOut, slug)),
      note: phaseNote(alone.report.phases),
    });
  }
  for (const dir of rendererDirs) rmSync(join(SITES_DIR, dir), { recursive: true, force: true });

  // Publish to live through the real CMS and the build service as production runs them: on a demo body, and
  // on a body that holds as many articles as the synthetic ones (loaded into the CMS first).
  const trials = options.trials ?? 10;
  const latency: Array<{ key: string; scenario: string; trials: number[]; median: number; worst: number; pages: number; peakMiB: number }> =
    [];
  if (options.publish !== 'skip') {
    const bodies = [
      ['publish', 0],
      ['publishLarge', options.articles],
    ] as const;
    for (const [key, extra] of options.publishBodies === 'demo' ? bodies.slice(0, 1) : bodies) {
      log(`${BENCH_TEXT.both(extra ? 'publishLargeRunning' : 'publishRunning', { articles: options.articles })} ...`);
      const m = check(
        key,
        await measure(node, [join(import.meta.dirname, 'publish-latency.ts'), String(trials), String(extra)], {
          env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
        }),
      );
      const answer = lastJsonLine<{ trials: number[]; median: number; worst: number; pages: number; articles: number }>(m.output);
      latency.push({
        key,
        scenario:
          `column57: publish → live, one article, a body of ${answer.articles} articles ` +
          '(HTTP publish → served from the deploy folder)',
        ...answer,
        peakMiB: m.peakMiB,
      });
    }
  }

  const LABELS: Record<string, string> = {
    floor: 'floor: plain Node, marked + template strings, same pages and frame, every core',
    live: 'column57: cold build, every column live',
    complete: 'column57: cold build, complete (+ search indexes, share cards)',
    hugo: `Hugo (${hugoName}), equivalent site, cold`,
    hugoComplete: `Hugo (${hugoName}), equivalent site + share cards (images.Text) + Pagefind, cold`,
    warmLive: 'column57: warm build (caches kept), every column live',
    warmComplete: 'column57: warm build (caches kept), complete',
    hugoWarm: `Hugo (${hugoName}), equivalent site, warm (caches kept)`,
    hugoMinimal: `Hugo (${hugoName}), minimal templates (the first benchmarks' baseline), cold`,
    noChange: 'column57: rebuild, nothing changed',
    oneArticle: 'column57: one article changed, full build',
    oneArticleService: 'column57: one article changed, its body only (build service)',
    oneBody: `column57: one body alone, empty cache (${slug})`,
  };
  const rows: Row[] = [...samples].map(([key, list]) => {
    const time = spreadOf(list.map((x) => x.seconds));
    return {
      scenario: LABELS[key],
      seconds: time.median,
      min: time.min,
      max: time.max,
      runs: list.map((x) => x.seconds),
      pages: list[0].pages,
      peakMiB: spreadOf(list.map((x) => x.peakMiB)).median,
      note: list[0].note,
    };
  });
  for (const l of latency) {
    const time = spreadOf(l.trials);
    rows.push({
      scenario: l.scenario,
      seconds: time.median,
      min: time.min,
      max: time.max,
      runs: l.trials,
      pages: l.pages,
      peakMiB: l.peakMiB,
      note: `median of ${l.trials.length}, worst ${l.worst.toFixed(1)} s; CMS included in the memory`,
    });
  }
  const median = (key: string) => spreadOf(samples.get(key)!.map((x) => x.seconds)).median;
  const memory = (key: string) => spreadOf(samples.get(key)!.map((x) => x.peakMiB)).median;
  const ratio = (ours: string, theirs: string) =>
    samples.has(theirs) ? { seconds: median(ours) / median(theirs), peakMiB: memory(ours) / memory(theirs) } : undefined;
  const ratios = {
    liveVsFloor: ratio('live', 'floor')!,
    coldVsFloor: ratio('complete', 'floor')!,
    liveVsHugo: ratio('live', 'hugo'),
    coldVsHugoComplete: ratio('complete', 'hugoComplete'),
    warmLiveVsHugoWarm: ratio('warmLive', 'hugoWarm'),
    liveVsHugoMinimal: ratio('live', 'hugoMinimal'),
  };
  const result = {
    at: new Date().toISOString(),
    bodies: size.bodies,
    articles: size.articles,
    cores: availableParallelism(),
    runs,
    pageCacheDropped: cacheDropped,
    rows,
    ratios,
  };
  mkdirSync(options.resultsDir, { recursive: true });
  const resultFile = join(options.resultsDir, `bench-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultFile, JSON.stringify(result, null, 1));
  log(table(rows));
  log(BENCH_TEXT.both(cacheDropped ? 'pageCacheDropped' : 'pageCacheKept'));
  const say = (label: string, r?: { seconds: number; peakMiB: number }) =>
    r && log(`${label.padEnd(58)} ${r.seconds.toFixed(2)}× time, ${r.peakMiB.toFixed(2)}× memory`);
  say('column57 cold, live / floor', ratios.liveVsFloor);
  say('column57 cold, complete / floor', ratios.coldVsFloor);
  say('column57 cold, live / Hugo cold', ratios.liveVsHugo);
  say('column57 cold, complete / Hugo + cards + Pagefind cold', ratios.coldVsHugoComplete);
  say('column57 warm, live / Hugo warm', ratios.warmLiveVsHugoWarm);
  say('column57 cold, live / Hugo minimal cold', ratios.liveVsHugoMinimal);
  if (!version) log(`Hugo: ${BENCH_TEXT.both('noHugoRatio')}`);
  log(`${BENCH_TEXT.both('results')}: ${resultFile}`);
  return { ...result, resultFile };
}

function table(rows: Row[]): string {
  const head = ['scenario', 'median s', 'spread s', 'pages', 'pages/s', 'PSS MiB', 'notes (phases in s)'];
  const lines = rows.map((r) => [
    r.scenario,
    r.seconds.toFixed(1),
    r.runs.length > 1 ? `${r.min.toFixed(1)}–${r.max.toFixed(1)}` : '',
    String(r.pages),
    (r.pages / r.seconds).toFixed(0),
    r.peakMiB.toFixed(0),
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const left = (i: number) => i === 0 || i === head.length - 1;
  const fmt = (cells: string[]) => cells.map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return ['', fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt), ''].join('\n');
}

export interface LoadOptions {
  people: number;
  seconds: number;
  /** CMS instances (default 1); several are served behind nginx. */
  instances?: number;
  resultsDir: string;
  log: (m: string) => void;
}

/**
 * `column57 bench --load`: the CMS and the build service under a national morning (load.ts), with the
 * peak memory of the whole run. Goals (issue 20): no error, every publish live, the worst within 10 s.
 */
export async function runLoadBench(options: LoadOptions) {
  const { log } = options;
  log(`${BENCH_TEXT.both('loadRunning', { people: options.people, seconds: options.seconds })} ...`);
  const m = check(
    'load',
    await measure(
      process.execPath,
      [join(import.meta.dirname, 'load.ts'), ...[options.people, options.seconds, options.instances ?? 1].map(String)],
      {
        env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
      },
    ),
  );
  const report = JSON.parse(m.output.trim().split('\n').pop()!) as LoadReport;
  const at = new Date().toISOString();
  mkdirSync(options.resultsDir, { recursive: true });
  const resultFile = join(options.resultsDir, `load-${at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultFile, JSON.stringify({ at, peakMiB: m.peakMiB, wallSeconds: m.seconds, ...report }, null, 1));
  const cells = (...values: string[]) => values.map((v) => v.padStart(6)).join('  ');
  const line = (name: string, s: { n: number; p50: number; p95: number; max: number }) =>
    `${name.padEnd(16)} ${cells(String(s.n), ...[s.p50, s.p95, s.max].map((x) => x.toFixed(2)))}`;
  log(
    [
      '',
      `${'seconds'.padEnd(16)} ${cells('n', 'p50', 'p95', 'max')}`,
      ...Object.entries(report.requests).map(([kind, s]) => line(kind, s)),
      line('publish → live', report.live),
      '',
      `${report.people} people, ${report.bodies} bodies, ${report.seconds} s, ${report.instances} CMS instance(s); ` +
        `errors ${report.errors}, lost ${report.lost}; peak ${m.peakMiB.toFixed(0)} MiB (CMS, PostgreSQL client, build service)`,
      ...Object.entries(report.served).map(([instance, n]) => `  ${instance}: ${n} requests`),
      ...report.errorSamples.map((e) => `  ! ${e}`),
    ].join('\n'),
  );
  log(`${BENCH_TEXT.both('results')}: ${resultFile}`);
  return { ...report, peakMiB: m.peakMiB, resultFile };
}
