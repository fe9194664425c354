import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCountryBench } from '@column57/bench/country';
import { loadSnapshot } from '../packages/snapshot/src/index.ts';

// A small country (column57 bench --country at the scale of a test): every scenario measured and written
// as JSON, the snapshot valid, every commune's column built. The full country is the benchmark's; tests
// never assert timings, and the goals are reported, not checked here.
it('column57 bench --country builds every commune and measures every scenario', async () => {
  const work = join(tmpdir(), `column57-bench-country-${process.pid}`);
  try {
    const result = await runCountryBench({
      central: 1,
      provinces: 2,
      communes: 10,
      centralArticles: 6,
      provinceArticles: 6,
      communeArticles: 2,
      workDir: join(work, 'run'),
      resultsDir: join(work, 'results'),
      log: () => {},
    });
    expect(result.bodies).toBe(13);
    expect(result.communes).toBe(10);
    expect(result.rows.map((r) => r.scenario.replace(/ \(.*$/, ''))).toEqual([
      'column57: cold build, every column live',
      'column57: cold build, complete',
      'column57: rebuild, nothing changed',
      'column57: one article changed in a commune, full build',
      'column57: one article changed in a commune, its body only',
      "column57: a province's article shared to its communes, full build",
      'column57: the same, the province and its communes only',
      "column57: the hub's national search index after those publishes",
    ]);
    for (const row of result.rows) {
      expect(row.seconds, row.scenario).toBeGreaterThan(0);
      expect(row.pages, row.scenario).toBeGreaterThan(0);
      expect(row.peakMiB, row.scenario).toBeGreaterThan(10);
    }
    // Nothing changed: nothing rebuilt. One commune's article: that column alone. The province's shared
    // article: the province and each of its communes (5 of the 10), by a full build and by --body.
    expect(result.rows[2].note).toMatch(/^rebuilt 0\/13;/);
    expect(result.rows[3].note).toMatch(/^rebuilt 1\/13;/);
    expect(result.rows[5].note).toMatch(/^rebuilt 6\/13;/);
    expect(result.rows[6].note).toMatch(/^rebuilt 6,/);
    for (const goal of Object.values(result.goals)) expect(typeof goal.met).toBe('boolean');
    expect(JSON.parse(readFileSync(result.resultFile, 'utf8')).rows).toHaveLength(8);
    // The build service's way: the body-only builds left the national index, made apart at the end.
    expect(JSON.parse(readFileSync(join(work, 'run', 'one-article-service.report.json'), 'utf8')).nationalSearch).toBe('later');
    // In shards: the central bodies, and each province with its communes.
    const { shards } = JSON.parse(readFileSync(join(result.out, 'pagefind', 'shards.json'), 'utf8')) as { shards: Array<{ id: string }> };
    expect(shards.length).toBeGreaterThan(1);
    for (const { id } of shards) expect(existsSync(join(result.out, 'pagefind', id, 'pagefind-entry.json')), id).toBe(true);

    const { snapshot, problems } = loadSnapshot(result.snapshot);
    expect(problems).toEqual([]);
    const communes = snapshot!.manifest.bodies.filter((b) => b.parent);
    expect(communes).toHaveLength(10);
    // Every commune's column is live, and the hub too.
    for (const commune of communes) expect(existsSync(join(result.out, commune.slug, 'index.html')), commune.slug).toBe(true);
    expect(existsSync(join(result.out, 'index.html'))).toBe(true);
    // The shared article is in the province's column and in each of its communes' columns (as a copy).
    const [province] = Object.keys(result.size.sharing);
    const shared = snapshot!.bodies.get(province)!.articles[0];
    for (const slug of result.size.communes[province]) {
      const copy = snapshot!.bodies.get(slug)!.articles.find((a) => a.id === shared.id);
      expect(copy?.sharedFrom, slug).toBe(province);
      expect(copy?.locales.vi.title).toBe(shared.locales.vi.title);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 600_000);
