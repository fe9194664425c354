import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBench, runLoadBench } from '@column57/bench';
import { loadSnapshot } from '../packages/snapshot/src/index.ts';

// A small run of the benchmark: every scenario measured, ratios against the floor, results as JSON.
// The benchmark itself (column57 bench) runs at national scale; tests never assert timings.
it('column57 bench measures every scenario and reports ratios against the floor', async () => {
  const work = join(tmpdir(), `column57-bench-${process.pid}`);
  const results = join(work, 'results');
  try {
    const result = await runBench({
      bodies: 2,
      articles: 25,
      workDir: join(work, 'run'),
      resultsDir: results,
      hugo: 'skip',
      log: () => {},
    });
    expect(result.articles).toBe(50);
    expect(result.rows.map((r) => r.scenario.split(':')[0])).toEqual([
      'floor',
      'column57',
      'column57',
      'column57',
      'column57',
      'column57',
      'column57',
      'column57',
      'column57',
    ]);
    // One cold run, two moments: every column live, then complete with search indexes and share cards.
    expect(result.rows[1].scenario).toMatch(/cold build, every column live/);
    expect(result.rows[2].scenario).toMatch(/cold build, complete/);
    expect(result.rows[1].seconds).toBeLessThanOrEqual(result.rows[2].seconds);
    expect(result.rows[7].scenario).toMatch(/publish → live/);
    // At the synthetic size of a body: the demo's 14 articles and 25 more.
    expect(result.rows[8].scenario).toMatch(/publish → live, one article, a body of 42 articles/);
    for (const row of result.rows) {
      expect(row.seconds).toBeGreaterThan(0);
      expect(row.pages).toBeGreaterThan(0);
      expect(row.peakMiB).toBeGreaterThan(10);
    }
    expect(Number.isFinite(result.ratios.coldVsFloor.seconds)).toBe(true);
    expect(Number.isFinite(result.ratios.liveVsFloor.seconds)).toBe(true);
    expect(JSON.parse(readFileSync(result.resultFile, 'utf8')).rows).toHaveLength(9);
    // The synthetic snapshot it built is a valid one.
    expect(loadSnapshot(join(work, 'run', 'snapshot')).problems).toEqual([]);
    expect(existsSync(join(work, 'run', 'column57', 'index.html'))).toBe(true);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 300_000);

// A small national morning (column57 bench --load): a few editors and publishers at once on PostgreSQL, for
// a few seconds. Goals are read from its report, never as timings: no error, every publish live, none lost.
it('column57 bench --load keeps every request and follows every publish until it is live', async () => {
  const results = join(tmpdir(), `column57-load-${process.pid}`);
  try {
    const report = await runLoadBench({ people: 6, seconds: 12, resultsDir: results, log: () => {} });
    expect(report.errorSamples).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.bodies).toBe(2);
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
