import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBench, runLoadBench } from '@column57/bench';
import { loadSnapshot } from '../packages/snapshot/src/index.ts';
import { SITES_DIR } from '../sites/renderer/sites-dir.ts';

// A small run of the benchmark: every scenario measured (one round here; `column57 bench` interleaves three and
// reports medians, whose arithmetic is unit-tested in bench-measure), ratios against the floor and Hugo
// (installed by the prerequisites), results as JSON. The benchmark itself runs at national scale; tests never
// assert timings.
it('column57 bench measures every scenario and reports ratios against the floor and Hugo', async () => {
  const work = join(tmpdir(), `column57-bench-${process.pid}`);
  const results = join(work, 'results');
  try {
    const result = await runBench({
      bodies: 2,
      articles: 25,
      workDir: join(work, 'run'),
      resultsDir: results,
      hugo: 'auto',
      runs: 1,
      trials: 2,
      // The larger body's latency boots a second CMS: the benchmark measures it, the suite need not.
      publishBodies: 'demo',
      log: () => {},
    });
    expect(result.articles).toBe(50);
    const scenarios = result.rows.map((r) => r.scenario);
    const expected = [
      /^floor: .*same pages and frame, every core/,
      /^column57: cold build, every column live/,
      /^column57: cold build, complete/,
      /^Hugo .*equivalent site, cold/,
      /^Hugo .*share cards \(images.Text\) \+ Pagefind, cold/,
      /^column57: warm build .*live/,
      /^column57: warm build .*complete/,
      /^Hugo .*warm/,
      /^Hugo .*minimal templates/,
      /^column57: rebuild, nothing changed/,
      /^column57: one article changed, full build/,
      /^column57: one article changed, its body only/,
      /^column57: one body alone/,
      /^column57: publish → live, one article, a body of 14 articles/,
    ];
    expect(scenarios).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(scenarios[i]).toMatch(pattern));
    const live = result.rows[1];
    const complete = result.rows[2];
    for (const row of result.rows) {
      expect(row.runs, row.scenario).toHaveLength(row.scenario.includes('publish → live') ? 2 : 1);
      expect(row.min).toBeLessThanOrEqual(row.seconds);
      expect(row.seconds).toBeLessThanOrEqual(row.max);
      expect(row.pages, row.scenario).toBeGreaterThan(0);
      expect(row.peakMiB, row.scenario).toBeGreaterThan(10);
    }
    // Live is a moment of the complete build, timed from the same process start.
    expect(live.seconds).toBeLessThanOrEqual(complete.seconds);
    // The floor and Hugo render the same kinds of page as the columns: their counts are close.
    const pages = (pattern: RegExp) => result.rows.find((r) => pattern.test(r.scenario))!.pages;
    expect(pages(/^floor/) / live.pages).toBeGreaterThan(0.9);
    expect(pages(/equivalent site, cold/) / live.pages).toBeGreaterThan(0.9);
    for (const ratio of Object.values(result.ratios)) expect(Number.isFinite(ratio!.seconds)).toBe(true);
    expect(JSON.parse(readFileSync(result.resultFile, 'utf8')).rows).toHaveLength(expected.length);
    // The synthetic snapshot it built is a valid one, and no renderer of its cold builds is left behind.
    expect(loadSnapshot(join(work, 'run', 'snapshot')).problems).toEqual([]);
    expect(existsSync(join(work, 'run', 'column57', 'index.html'))).toBe(true);
    expect(readdirSync(SITES_DIR).filter((name) => name.startsWith(`.renderer-bench-${process.pid}`))).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 600_000);

// A small national morning (column57 bench --load): a few editors and publishers at once on PostgreSQL, for
// a few seconds, through nginx to two CMS instances. Goals are read from its report, never as timings: no
// error, every publish live, none lost.
it('column57 bench --load keeps every request and follows every publish until it is live', async () => {
  const results = join(tmpdir(), `column57-load-${process.pid}`);
  try {
    const report = await runLoadBench({ people: 6, seconds: 12, instances: 2, resultsDir: results, log: () => {} });
    expect(report.errorSamples).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.bodies).toBe(2);
    // Both instances served the editors (round robin, no sticky sessions).
    expect(Object.keys(report.served)).toHaveLength(2);
    for (const n of Object.values(report.served)) expect(n).toBeGreaterThan(5);
    for (const kind of ['save', 'upload', 'submit', 'publish'] as const) {
      const s = report.requests[kind];
      expect(s.n, kind).toBeGreaterThan(0);
      expect(s.p50).toBeLessThanOrEqual(s.p95);
      expect(s.p95).toBeLessThanOrEqual(s.max);
    }
    // Every accepted publish was followed to its page.
    expect(report.live.n).toBe(report.requests.publish.n);
    expect(JSON.parse(readFileSync(report.resultFile, 'utf8')).live.n).toBe(report.live.n);
  } finally {
    rmSync(results, { recursive: true, force: true });
  }
}, 300_000);
