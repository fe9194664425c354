import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildColumns, type BuildOptions, stopWarmRenderer } from '../../packages/builder/src/index.ts';
import { waitFor } from '../support/wait.ts';
import { dropNationalShards, listedShards, refreshNationalSearch } from '../../packages/builder/src/national-search.ts';
import { renderShareImage } from '../../packages/builder/src/share-image.ts';
import { planShareCards } from '../../packages/builder/src/share-cards.ts';
import { loadSnapshot } from '../../packages/snapshot/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

// What a column carries the moment it goes live, and what it has once the build returns: search
// indexes and (after a first build) share cards are made after the switch, so a publish is not held up.
let dir: string, snapshotDir: string;
const out = () => join(dir, 'out');
const live = (...parts: string[]) => join(out(), 'hanoi', ...parts);
const edit = (change: (json: any) => void) => {
  const file = join(snapshotDir, 'bodies', 'hanoi.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json));
};
/** Builds Hanoi, noting with `atLive` what the live column holds at the moment it went live. */
async function build<T>(atLive: () => T, options: Partial<BuildOptions> = {}) {
  let seen: T | undefined;
  const report = await buildColumns({
    snapshotDir,
    outDir: out(),
    cacheDir: join(dir, 'cache'),
    bodies: ['hanoi'],
    onLive: () => (seen = atLive()),
    ...options,
  });
  expect(report.failed).toEqual([]);
  return { report, seen: seen as T };
}
const entry = () => live('pagefind', 'pagefind-entry.json');
const unfinished = () => existsSync(live('.column57-unfinished'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'column57-after-live-'));
  snapshotDir = join(dir, 'snapshot');
  cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("goes live first on a first build, with the body's card standing in, then draws the articles' cards and the search index", async () => {
  const { snapshot } = loadSnapshot(snapshotDir, ['hanoi']);
  const plan = planShareCards(snapshot!.manifest, snapshotDir, [['hanoi', snapshot!.bodies.get('hanoi')!]]);
  const job = plan.cardsOf.get('hanoi')![0];
  const standIn = plan.standIns.get(`hanoi:${job.locale}`)!;
  const card = () => readFileSync(live('media', job.file));
  const { report, seen } = await build(
    () => ({ card: card(), search: existsSync(entry()), unfinished: unfinished(), home: readFileSync(live('index.html'), 'utf8') }),
    { cardsBeforeLive: 0 },
  );
  // Live: every page, each article card's name answering with the body's plain card, no search yet.
  expect(seen.home).toContain('<html lang="vi"');
  expect(seen.card.equals(await renderShareImage(standIn.card))).toBe(true);
  expect(seen.search).toBe(false);
  expect(seen.unfinished).toBe(true);
  // Finished: the article's own card under the same name, the index, and the column marked finished.
  expect(card().equals(await renderShareImage(job.card))).toBe(true);
  expect(existsSync(entry())).toBe(true);
  expect(unfinished()).toBe(false);
  expect(report.liveSeconds).toBeGreaterThan(0);
  expect(report.liveSeconds).toBeLessThanOrEqual(report.seconds);
}, 180_000);

it('carries the last search index into a new release until its own is made, unless a page has gone', async () => {
  edit((json) => {
    json.articles[0].locales.vi.title = 'Hà Nội: tiêu đề sửa để thử chỉ mục tìm kiếm';
  });
  const before = readFileSync(entry(), 'utf8');
  const carried = await build(() => (existsSync(entry()) ? readFileSync(entry(), 'utf8') : null));
  // The new release was live with the previous index, then got its own.
  expect(carried.seen).toBe(before);
  expect(readFileSync(entry(), 'utf8')).not.toBe(before);
  expect(readdirSync(live('.')).filter((entry) => entry.startsWith('.pagefind-'))).toEqual([]);

  // An article taken down must not stay findable through an index carried over: no index until the new one.
  edit((json) => {
    const linked = new Set(json.articles.flatMap((a: any) => a.relatedArticles).concat(json.tasks.flatMap((t: any) => t.articles ?? [])));
    json.articles.splice(
      json.articles.findIndex((a: any) => !linked.has(a.id)),
      1,
    );
  });
  const removed = await build(() => ({ search: existsSync(entry()), national: listedShards(out()).map((s) => s.id) }));
  expect(removed.seen.search).toBe(false);
  // Nor through the hub's national index: Hanoi's shard was out of it from the moment the column went live.
  expect(removed.seen.national).not.toContain('hanoi');
  expect(existsSync(entry())).toBe(true);
  expect(listedShards(out()).map((s) => s.id)).toContain('hanoi');
}, 180_000);

it('builds a column again when the build that made it stopped before finishing it', async () => {
  const again = await build(() => null);
  expect(again.report.unchanged).toEqual(['hanoi']);
  // As a build killed while indexing leaves it: live and whole, but marked unfinished.
  writeFileSync(live('.column57-unfinished'), '');
  const release = statSync(live()).ino;
  const rebuilt = await build(() => null);
  expect(rebuilt.report.built.map((b) => b.slug)).toEqual(['hanoi']);
  expect(statSync(live()).ino).not.toBe(release);
  expect(unfinished()).toBe(false);
}, 180_000);

// The build service leaves the hub's national index for later (it takes minutes at national scale): the build
// says so, the hub keeps the index it had, and refreshNationalSearch makes it apart from any build. A page taken
// down while it is being made sends that index back to be made again.
it('leaves the national search for later when asked, and makes it apart from the build', async () => {
  const national = () => join(out(), 'pagefind', 'shards.json');
  edit((json) => {
    json.articles[0].locales.vi.title = 'Hà Nội: đổi tiêu đề, chỉ mục toàn quốc dựng sau';
  });
  const before = existsSync(national()) ? readFileSync(national(), 'utf8') : null;
  const later = await build(() => null, { nationalSearch: 'later' });
  expect(later.report.built.map((b) => b.slug)).toEqual(['hanoi']);
  expect(later.report.nationalSearch).toBe('later');
  expect(existsSync(national()) ? readFileSync(national(), 'utf8') : null).toBe(before);

  const said: string[] = [];
  const refreshing = refreshNationalSearch({ snapshotDir, outDir: out(), log: (m) => said.push(m) });
  // As a build landing a column that lost a page does, while the records read a moment ago are indexed.
  const writing = () => readdirSync(join(out(), 'pagefind')).some((entry) => entry.startsWith('.hanoi-next-'));
  await waitFor("Hanoi's shard being written", writing, 60_000, 2);
  dropNationalShards(out(), 'hanoi');
  const made = await refreshing;
  expect(said.some((m) => m.includes('bỏ bản vừa dựng') && m.includes('made again'))).toBe(true);
  expect(made.columns).toBeGreaterThan(0);
  expect(made.pages).toBeGreaterThan(0);
  expect(made.made).toBe(made.shards);
  expect(listedShards(out()).map((s) => s.id)).toContain('hanoi');
  expect(readdirSync(join(out(), 'pagefind')).filter((entry) => entry.startsWith('.'))).toEqual([]);
  // Nothing changed since: no shard is made again.
  expect((await refreshNationalSearch({ snapshotDir, outDir: out() })).made).toBe(0);
}, 180_000);

// The build service keeps a renderer waiting with the site loaded, so a publish's render starts at once.
it('leaves a renderer waiting with the site loaded, which the next build renders with', async () => {
  const waiting = () =>
    readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .filter((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          return parent === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--warm');
        } catch {
          return false;
        }
      });
  edit((json) => {
    json.articles[0].locales.vi.title = 'Hà Nội: bộ dựng trang chờ sẵn cho lần xuất bản sau';
  });
  const first = await build(() => null, { keepRendererWarm: true });
  expect(first.report.built.map((b) => b.slug)).toEqual(['hanoi']);
  expect(waiting()).toHaveLength(1);
  edit((json) => {
    json.articles[0].locales.vi.title = 'Hà Nội: đổi tiêu đề lần nữa, dựng bằng bộ dựng đã chờ sẵn';
  });
  const second = await build(() => null, { keepRendererWarm: true });
  expect(second.report.warmRenderers).toBe(1);
  expect(readFileSync(live('index.html'), 'utf8')).toContain('dựng bằng bộ dựng đã chờ sẵn');
  stopWarmRenderer();
  await waitFor('the waiting renderer to stop', () => waiting().length === 0);
  // Without the option nothing is left waiting, and a build starts its own renderer.
  edit((json) => {
    json.articles[0].locales.vi.title = 'Hà Nội: dựng một lần, không để bộ dựng chờ';
  });
  const once = await build(() => null);
  expect(once.report.warmRenderers).toBe(0);
  expect(waiting()).toEqual([]);
}, 180_000);
