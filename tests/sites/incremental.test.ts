import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { listedShards } from '../../packages/builder/src/national-search.ts';
import { listReleases, liveRelease, newReleaseId, resume, rollback } from '../../packages/builder/src/releases.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

let dir: string, snapshotDir: string;
const build = () => buildColumns({ snapshotDir, outDir: join(dir, 'out'), cacheDir: join(dir, 'cache'), bodies: ['hanoi', 'caobang'] });
const edit = (file: string, change: (json: any) => void) => {
  const json = JSON.parse(readFileSync(join(snapshotDir, file), 'utf8'));
  change(json);
  writeFileSync(join(snapshotDir, file), JSON.stringify(json));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'column57-incremental-'));
  snapshotDir = join(dir, 'snapshot');
  cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('rebuilds only the columns whose content changed, and every column when national content changes', async () => {
  const first = await build();
  expect(first.built.map((b) => b.slug).sort()).toEqual(['caobang', 'hanoi']);
  const hanoiHome = statSync(join(dir, 'out', 'hanoi', 'index.html')).mtimeMs;

  const hubHome = statSync(join(dir, 'out', 'index.html')).mtimeMs;
  const again = await build();
  expect(again.built).toEqual([]);
  expect(again.unchanged.sort()).toEqual(['caobang', 'hanoi']);
  // Nothing changed: not even the national hub is rendered again.
  expect(again.hub).toBe(false);
  expect(statSync(join(dir, 'out', 'index.html')).mtimeMs).toBe(hubHome);
  expect(statSync(join(dir, 'out', 'hanoi', 'index.html')).mtimeMs).toBe(hanoiHome);

  edit('bodies/caobang.json', (json) => {
    json.articles[0].locales.vi.title = 'Cao Bằng: tiêu đề đã sửa';
  });
  const one = await build();
  expect(one.built.map((b) => b.slug)).toEqual(['caobang']);
  expect(one.unchanged).toEqual(['hanoi']);
  expect(one.hub).toBe(true);
  expect(readFileSync(join(dir, 'out', 'caobang', 'rss.xml'), 'utf8')).toContain('Cao Bằng: tiêu đề đã sửa');

  edit('manifest.json', (json) => {
    json.national.documents[0].locales.vi.summary = 'Trích yếu đã được cập nhật.';
  });
  const all = await build();
  expect(all.built.map((b) => b.slug).sort()).toEqual(['caobang', 'hanoi']);
});

it('keeps each column as releases behind a link, rolls one back, holds it there and resumes', async () => {
  const out = join(dir, 'out');
  const releasesDir = join(dir, '.out-releases');
  const title = () => readFileSync(join(out, 'caobang', 'rss.xml'), 'utf8');
  expect(lstatSync(join(out, 'caobang')).isSymbolicLink()).toBe(true);
  expect(lstatSync(join(out, 'index.html')).isSymbolicLink()).toBe(true);
  const releases = listReleases(releasesDir, 'caobang');
  expect(releases.length).toBeGreaterThanOrEqual(3);
  expect(liveRelease(out, 'caobang')).toBe(releases.at(-1));

  edit('bodies/caobang.json', (json) => {
    json.articles[0].locales.vi.title = 'Cao Bằng: bản lỗi cần khôi phục';
  });
  await build();
  expect(title()).toContain('Cao Bằng: bản lỗi cần khôi phục');

  const back = rollback({ outDir: out, releasesDir, slug: 'caobang' });
  expect(back.to).toBe(listReleases(releasesDir, 'caobang').at(-2));
  expect(title()).toContain('Cao Bằng: tiêu đề đã sửa');
  expect(title()).not.toContain('bản lỗi');
  // The hub's national search drops the column's shard until it is made from the release now live.
  const nationallyFound = () => listedShards(out).some((shard) => shard.bodies.includes('caobang'));
  expect(nationallyFound()).toBe(false);
  // A held column is left alone by builds, even when its content changes.
  edit('bodies/caobang.json', (json) => {
    json.articles[0].locales.vi.summary = 'Tóm tắt mới.';
  });
  const held = await build();
  expect(held.held).toEqual(['caobang']);
  expect(liveRelease(out, 'caobang')).toBe(back.to);
  expect(nationallyFound()).toBe(true);

  expect(resume(releasesDir, 'caobang')).toBe(true);
  const resumed = await build();
  expect(resumed.built.map((b) => b.slug)).toEqual(['caobang']);
  expect(title()).toContain('Cao Bằng: bản lỗi cần khôi phục');
  // Old releases beyond the kept five are removed; nothing half-made is left behind.
  expect(listReleases(releasesDir, 'caobang').length).toBeLessThanOrEqual(5);
  expect(readdirSync(releasesDir).filter((n) => n.startsWith('.'))).toEqual([]);
  expect(() => rollback({ outDir: out, releasesDir, slug: 'caobang', to: '20990101T000000Z-ffff' })).toThrow(
    /--to 20990101T000000Z-ffff: caobang không có bản này; .* \/ no such release of caobang/,
  );
});

it('names releases in the order they were made, also several within one second or after the clock stepped back', () => {
  const now = new Date('2026-12-01T15:44:06.120Z');
  const first = newReleaseId(now, null);
  expect(first).toMatch(/^20261201T154406Z-[0-9a-f]{4}$/);
  // A publish takes less than a second now: the next release of that second still sorts after it.
  const names = [first];
  for (let i = 0; i < 5; i++) names.push(newReleaseId(now, names.at(-1)!));
  expect([...names].sort()).toEqual(names);
  expect(new Set(names).size).toBe(names.length);
  expect(newReleaseId(new Date('2026-12-01T15:40:00Z'), first) > first).toBe(true);
  expect(newReleaseId(now, '20261201T154406Z-ffff')).toBe('20261201T154407Z-0000');
  expect(newReleaseId(new Date('2026-12-01T15:44:07Z'), first).startsWith('20261201T154407Z-')).toBe(true);
});

/** Every HTML page of a column, by path. */
function pagesIn(root: string, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) for (const [p, html] of pagesIn(root, path)) found.set(p, html);
    else if (entry.name.endsWith('.html')) found.set(path, readFileSync(join(root, path), 'utf8'));
  }
  return found;
}

it('reuses unchanged pages from the last build, and what it reuses equals a fresh build', async () => {
  const incremental = () =>
    buildColumns({ snapshotDir, outDir: join(dir, 'inc-out'), cacheDir: join(dir, 'inc-cache'), bodies: ['hanoi'] });
  const fresh = async (name: string) => {
    await buildColumns({ snapshotDir, outDir: join(dir, name), cacheDir: join(dir, `${name}-cache`), bodies: ['hanoi'] });
    return pagesIn(join(dir, name, 'hanoi'));
  };
  await incremental();
  const changes: Array<[string, () => void]> = [
    [
      'an article title',
      () =>
        edit('bodies/hanoi.json', (json) => {
          json.articles[1].locales.vi.title = 'Hà Nội: tiêu đề mới cho bài thứ hai';
        }),
    ],
    [
      'a national document that articles link to',
      () =>
        edit('manifest.json', (json) => {
          json.national.documents[0].locales.vi.title = 'Nghị quyết về đột phá phát triển khoa học, công nghệ (tên đã sửa)';
        }),
    ],
    [
      'a topic name',
      () =>
        edit('manifest.json', (json) => {
          json.topics[0].name.vi = 'Chuyển đổi số (đã đổi tên)';
        }),
    ],
    [
      'the brand colour',
      () =>
        edit('manifest.json', (json) => {
          json.bodies.find((b: any) => b.slug === 'hanoi').primaryColor = '#12486b';
        }),
    ],
    [
      'an article removed',
      () =>
        edit('bodies/hanoi.json', (json) => {
          const linked = new Set(
            json.articles.flatMap((a: any) => a.relatedArticles).concat(json.tasks.flatMap((t: any) => t.articles ?? [])),
          );
          json.articles.splice(
            json.articles.findIndex((a: any) => !linked.has(a.id)),
            1,
          );
        }),
    ],
  ];
  for (const [what, change] of changes) {
    change();
    const report = await incremental();
    // Changing one article's title leaves most pages as they were: those are copied, not rendered.
    if (what === 'an article title') expect(report.reusedPages).toBeGreaterThan(10);
    const expected = await fresh(`fresh-${changes.findIndex(([w]) => w === what)}`);
    const actual = pagesIn(join(dir, 'inc-out', 'hanoi'));
    expect([...actual.keys()].sort(), what).toEqual([...expected.keys()].sort());
    for (const [path, html] of expected) expect(actual.get(path) === html, `${what}: ${path}`).toBe(true);
  }
}, 300_000);

it("refuses to build into an output another live build holds, and takes over a dead one's lock", async () => {
  const releases = join(dir, '.out-releases');
  mkdirSync(releases, { recursive: true });
  // Process 1 is always alive: as if another build were running.
  writeFileSync(join(releases, 'BUILD.lock'), '1');
  await expect(build()).rejects.toThrow(/another build \(process 1\) is writing to this output/);
  // A lock whose process is gone (a killed build) does not block the next one.
  writeFileSync(join(releases, 'BUILD.lock'), '999999999');
  await expect(build()).resolves.toMatchObject({ failed: [] });
}, 120_000);

it("lists each live column's latest articles on the hub from that column's release, even when its new content is refused", async () => {
  const hubBuild = () =>
    buildColumns({ snapshotDir, outDir: join(dir, 'hub-out'), cacheDir: join(dir, 'hub-cache'), bodies: ['hanoi', 'caobang'] });
  await hubBuild();
  const titlesOnHub = () =>
    [...readFileSync(join(dir, 'hub-out', 'index.html'), 'utf8').matchAll(/href="\.\/caobang\/bai-viet\/[^"]+">([^<]+)</g)].map(
      (m) => m[1],
    );
  const listed = titlesOnHub();
  expect(listed.length).toBe(2);
  const saved = readFileSync(join(snapshotDir, 'bodies', 'caobang.json'), 'utf8');
  try {
    // Cao Bằng's next content is refused (its column stays as it was); Hà Nội's changes, so the hub is built again.
    edit('bodies/caobang.json', (json) => {
      json.articles[0].publishDate = 'ngày mai';
    });
    edit('bodies/hanoi.json', (json) => {
      json.articles[0].locales.vi.summary = 'Tóm tắt mới để dựng lại trang tổng hợp.';
    });
    const report = await hubBuild();
    expect(report.failed.map((f) => f.slug)).toEqual(['caobang']);
    expect(report.hub).toBe(true);
    expect(titlesOnHub()).toEqual(listed);
  } finally {
    writeFileSync(join(snapshotDir, 'bodies', 'caobang.json'), saved);
  }
}, 180_000);
