import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPages } from '@column57/builder';
import { ROOT } from './root.ts';
import { countHugoPages, hugoAvailable, writeEquivalentHugoSite, writeMinimalHugoSite } from './hugo.ts';
import { type Measurement, measure } from './measure.ts';
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
  log: (m: string) => void;
}

interface Row {
  scenario: string;
  seconds: number;
  pages: number;
  peakMiB: number;
  note?: string;
}

const CLI = join(ROOT, 'packages', 'cli', 'src', 'main.ts');

function check(name: string, m: Measurement) {
  if (m.exitCode !== 0) throw new Error(`${name} failed (exit ${m.exitCode}):\n${m.output}`);
  return m;
}

/**
 * Measures what a national deployment costs, against baselines measured in the same run (a plain
 * Node floor, and Hugo when it can be had), and reports ratios: absolute seconds on a shared machine
 * drift, ratios from one run hold.
 */
export async function runBench(options: BenchOptions) {
  const { log } = options;
  const work = options.workDir;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const snapshot = join(work, 'snapshot');
  log(`${BENCH_TEXT.both('syntheticSnapshot')}: ${options.bodies} × ${options.articles} ...`);
  const size = writeSyntheticSnapshot({ bodies: options.bodies, articles: options.articles, out: snapshot });
  const rows: Row[] = [];
  const node = process.execPath;

  log(`${BENCH_TEXT.both('floorRunning')} ...`);
  const floor = check('floor', await measure(node, [join(import.meta.dirname, 'floor.ts'), snapshot, join(work, 'floor')]));
  rows.push({
    scenario: 'floor: plain Node, marked + template strings',
    seconds: floor.seconds,
    pages: JSON.parse(floor.output.trim().split('\n').pop()!).pages,
    peakMiB: floor.peakMiB,
  });

  // Without the bulletin boards' pictures and posters: the Hugo site has nothing like them, so drawing them
  // would count work on one side only.
  const build = async (name: string, extra: string[], out: string, cache: string) => {
    const reportFile = join(work, `${name}.report.json`);
    log(`column57 ${name} ...`);
    const args = ['build', '--snapshot', snapshot, '--out', out, '--cache', cache, '--report', reportFile, '--no-board-files'];
    const m = check(name, await measure(node, [CLI, ...args, ...extra]));
    return { m, report: JSON.parse(readFileSync(reportFile, 'utf8')) };
  };
  const out = join(work, 'column57');
  const cache = join(work, 'cache');
  const cold = await build('cold', [], out, cache);
  // Pages live in the output after the build (a skipped column still counts: it is being served).
  const pagesOf = (dir: string) => countPages(dir);
  const rebuilt = (report: { built: unknown[]; unchanged: unknown[] }) =>
    `rebuilt ${report.built.length}/${report.built.length + report.unchanged.length}`;
  // Two moments of one run: every column live (pages, feeds, pictures: what Hugo's build makes), and
  // complete (search indexes and share cards, made after that). The peak memory is the run's.
  rows.push({
    scenario: 'column57: cold build, every column live',
    seconds: cold.report.liveSeconds,
    pages: pagesOf(out),
    peakMiB: cold.m.peakMiB,
    note:
      `${rebuilt(cold.report)}; validate ${cold.report.phases.validate.toFixed(1)}, ` +
      `images ${cold.report.phases.images.toFixed(1)}, render ${cold.report.phases.render.toFixed(1)}`,
  });
  rows.push({
    scenario: 'column57: cold build, complete (+ search indexes, share cards)',
    seconds: cold.m.seconds,
    pages: pagesOf(out),
    peakMiB: cold.m.peakMiB,
    note: `search ${cold.report.phases.search.toFixed(1)} and share cards ${cold.report.phases.shareCards.toFixed(1)}, side by side`,
  });
  const warm = await build('no-change', [], out, cache);
  rows.push({
    scenario: 'column57: rebuild, nothing changed',
    seconds: warm.m.seconds,
    pages: pagesOf(out),
    peakMiB: warm.m.peakMiB,
    note: `${rebuilt(warm.report)}; ${phaseNote(warm.report.phases)}`,
  });

  // One article changes and the whole build runs: it finds the one column to rebuild (no finer unit yet).
  const first = readdirSync(join(snapshot, 'bodies')).sort()[0];
  const file = join(snapshot, 'bodies', first);
  const content = JSON.parse(readFileSync(file, 'utf8'));
  const edited = (title: string) => `${title} (${BENCH_TEXT.t('vi', 'edited')})`;
  content.articles[0].locales.vi.title = edited(content.articles[0].locales.vi.title);
  writeFileSync(file, JSON.stringify(content));
  const slug = first.replace(/\.json$/, '');
  const changed = await build('one-article', [], out, cache);
  rows.push({
    scenario: 'column57: one article changed, full build',
    seconds: changed.m.seconds,
    pages: pagesOf(join(out, slug)),
    peakMiB: changed.m.peakMiB,
    note: `${rebuilt(changed.report)}; ${phaseNote(changed.report.phases)}`,
  });
  // What the build service does on a publish: only the publishing body, its unchanged pages reused.
  content.articles[1].locales.vi.title = edited(content.articles[1].locales.vi.title);
  writeFileSync(file, JSON.stringify(content));
  const service = await build('one-article-service', ['--body', slug], out, cache);
  rows.push({
    scenario: 'column57: one article changed, its body only (build service)',
    seconds: service.m.seconds,
    pages: pagesOf(join(out, slug)),
    peakMiB: service.m.peakMiB,
    note: `reused ${service.report.reusedPages} pages; ${phaseNote(service.report.phases)}`,
  });
  const alone = await build('one-body', ['--body', slug], join(work, 'one-body'), join(work, 'cache-one-body'));
  rows.push({
    scenario: `column57: one body alone, cold (${slug})`,
    seconds: alone.m.seconds,
    pages: pagesOf(join(work, 'one-body', slug)),
    peakMiB: alone.m.peakMiB,
    note: phaseNote(alone.report.phases),
  });

  // Publish to live through the real CMS and build service (demo content of one body; the synthetic
  // corpus is not loaded into Strapi, so at that scale the "one article changed" row is the build side).
  if (options.publish !== 'skip') {
    log(`${BENCH_TEXT.both('publishRunning')} ...`);
    const m = check(
      'publish-latency',
      await measure(node, [join(import.meta.dirname, 'publish-latency.ts'), '3'], {
        env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
      }),
    );
    const latency = JSON.parse(m.output.trim().split('\n').pop()!) as { trials: number[]; median: number; pages: number };
    rows.push({
      scenario: 'column57: publish → live, one article (CMS + build service)',
      seconds: latency.median,
      pages: latency.pages,
      peakMiB: m.peakMiB,
      note: `median of ${latency.trials.map((t) => t.toFixed(1)).join(', ')} s; demo body, SQLite`,
    });
    // The same at the synthetic size of a body: its articles are in the CMS, and its column is built from them.
    log(`${BENCH_TEXT.both('publishLargeRunning', { articles: options.articles })} ...`);
    const big = check(
      'publish-latency-large',
      await measure(node, [join(import.meta.dirname, 'publish-latency.ts'), '3', String(options.articles)], {
        env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
      }),
    );
    const large = JSON.parse(big.output.trim().split('\n').pop()!) as { trials: number[]; median: number; pages: number; articles: number };
    rows.push({
      scenario: `column57: publish → live, one article, a body of ${large.articles} articles (CMS + build service)`,
      seconds: large.median,
      pages: large.pages,
      peakMiB: big.peakMiB,
      note: `median of ${large.trials.map((t) => t.toFixed(1)).join(', ')} s; SQLite`,
    });
  }

  // Hugo twice: on the equivalent site (the same pages with the same frame: the baseline the targets
  // mean), and on the minimal site of the first benchmarks (one-line templates), kept for comparison.
  let hugo: Row | null = null;
  let hugoMinimal: Row | null = null;
  const version = options.hugo === 'auto' ? hugoAvailable(true) : null;
  if (version) {
    const name = `${version.split(' ')[0]} ${version.split(' ')[1] ?? ''}`.trim();
    const runHugo = async (kind: string, write: (snapshot: string, site: string) => void) => {
      log(`${version} (${kind}) ...`);
      const site = join(work, `hugo-${kind}`);
      write(snapshot, site);
      const output = join(work, `hugo-${kind}-out`);
      const m = check(`hugo (${kind})`, await measure('hugo', ['--quiet', '--source', site, '--destination', output]));
      return { seconds: m.seconds, pages: countHugoPages(output), peakMiB: m.peakMiB };
    };
    hugo = {
      scenario: `Hugo (${name}), equivalent site: same pages, frame and CSS`,
      ...(await runHugo('equivalent', writeEquivalentHugoSite)),
    };
    rows.push(hugo);
    hugoMinimal = {
      scenario: `Hugo (${name}), minimal templates (the first benchmarks' baseline)`,
      ...(await runHugo('minimal', writeMinimalHugoSite)),
    };
    rows.push(hugoMinimal);
  }

  const ratios = {
    liveVsFloor: { seconds: cold.report.liveSeconds / floor.seconds, peakMiB: cold.m.peakMiB / floor.peakMiB },
    coldVsFloor: { seconds: cold.m.seconds / floor.seconds, peakMiB: cold.m.peakMiB / floor.peakMiB },
    ...(hugo
      ? {
          liveVsHugo: { seconds: cold.report.liveSeconds / hugo.seconds, peakMiB: cold.m.peakMiB / hugo.peakMiB },
          coldVsHugo: { seconds: cold.m.seconds / hugo.seconds, peakMiB: cold.m.peakMiB / hugo.peakMiB },
        }
      : {}),
    ...(hugoMinimal
      ? {
          liveVsHugoMinimal: { seconds: cold.report.liveSeconds / hugoMinimal.seconds, peakMiB: cold.m.peakMiB / hugoMinimal.peakMiB },
        }
      : {}),
  };
  const result = {
    at: new Date().toISOString(),
    bodies: size.bodies,
    articles: size.articles,
    cores: (await import('node:os')).availableParallelism(),
    rows,
    ratios,
    phases: { cold: { ...cold.report.phases, live: cold.report.liveSeconds }, noChange: warm.report.phases },
  };
  mkdirSync(options.resultsDir, { recursive: true });
  const resultFile = join(options.resultsDir, `bench-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultFile, JSON.stringify(result, null, 1));
  log(table(rows));
  log(`column57 cold, live / floor:     ${ratios.liveVsFloor.seconds.toFixed(2)}× time, ${ratios.liveVsFloor.peakMiB.toFixed(2)}× memory`);
  log(`column57 cold, complete / floor: ${ratios.coldVsFloor.seconds.toFixed(2)}× time`);
  if ('coldVsHugo' in ratios && ratios.coldVsHugo && ratios.liveVsHugo) {
    log(
      `column57 cold, live / Hugo (equivalent site):     ${ratios.liveVsHugo.seconds.toFixed(2)}× time, ` +
        `${ratios.liveVsHugo.peakMiB.toFixed(2)}× memory`,
    );
    log(`column57 cold, complete / Hugo (equivalent site): ${ratios.coldVsHugo.seconds.toFixed(2)}× time`);
    if ('liveVsHugoMinimal' in ratios && ratios.liveVsHugoMinimal)
      log(`column57 cold, live / Hugo (minimal templates):   ${ratios.liveVsHugoMinimal.seconds.toFixed(2)}× time`);
  } else log(`Hugo: ${BENCH_TEXT.both('noHugoRatio')}`);
  log(`${BENCH_TEXT.both('results')}: ${resultFile}`);
  return { ...result, resultFile };
}

function phaseNote(phases: Record<string, number>) {
  return Object.entries(phases)
    .filter(([, s]) => s >= 0.05)
    .map(([k, s]) => `${k} ${s.toFixed(1)}`)
    .join(', ');
}

function table(rows: Row[]): string {
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

export interface LoadOptions {
  people: number;
  seconds: number;
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
    await measure(process.execPath, [join(import.meta.dirname, 'load.ts'), String(options.people), String(options.seconds)], {
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    }),
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
      `${report.people} people, ${report.bodies} bodies, ${report.seconds} s; errors ${report.errors}, lost ${report.lost}; ` +
        `peak ${m.peakMiB.toFixed(0)} MiB (CMS, PostgreSQL client, build service)`,
      ...report.errorSamples.map((e) => `  ! ${e}`),
    ].join('\n'),
  );
  log(`${BENCH_TEXT.both('results')}: ${resultFile}`);
  return { ...report, peakMiB: m.peakMiB, resultFile };
}
