import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropNationalShards,
  groupOf,
  indexNation,
  listedShards,
  type NationalBody,
  nationalIndexCurrent,
  nationalShards,
} from '../../packages/builder/src/national-search.ts';
import { carrySearchIndex, stopSearchIndexer, useSearchIndexer } from '../../packages/builder/src/search-index.ts';
import { type ColumnSearchRecords, NATIONAL_SHARDS_FILE, SEARCH_RECORDS_FILE } from '../../sites/src/lib/search-format.ts';

// The hub's national index in shards, one per province with its communes and one for the central bodies,
// made with the real Pagefind: what changed is made again, what did not is kept, a page taken down takes
// its shard out at once. The browser's merging of the shards is in browser.test.ts.
let out: string;
const national = (...parts: string[]) => join(out, 'pagefind', ...parts);
const said: string[] = [];
const log = (m: string) => said.push(m);

type Row = ColumnSearchRecords['records'][number];
const row = (id: string, title: string, origin: Row['origin'] = 'own', locale: Row['locale'] = 'vi'): Row => ({
  path: `${locale === 'vi' ? 'bai-viet' : 'en/articles'}/${id}/`,
  locale,
  kind: 'article',
  id,
  origin,
  title,
  text: `${title}. Chính quyền số, dữ liệu số và đổi mới sáng tạo đến từng người dân.`,
  date: '2026-11-30',
});

function column(slug: string, name: string, records: Row[]) {
  mkdirSync(join(out, slug), { recursive: true });
  writeFileSync(join(out, slug, SEARCH_RECORDS_FILE), JSON.stringify({ slug, name: { vi: name, en: name }, records }));
}

const bodies: NationalBody[] = [
  { slug: 'danang', group: groupOf({ slug: 'danang', kind: 'city', parent: null }) },
  { slug: 'hoa-vang', group: groupOf({ slug: 'hoa-vang', kind: 'commune', parent: 'danang' }) },
  { slug: 'mst', group: groupOf({ slug: 'mst', kind: 'ministry', parent: null }) },
  { slug: 'hue', group: groupOf({ slug: 'hue', kind: 'city', parent: null }) },
];

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'column57-national-shards-'));
  const resolution = row('nq57', 'Nghị quyết 57: đột phá phát triển khoa học, công nghệ', 'national');
  column('mst', 'Bộ Khoa học và Công nghệ', [
    resolution,
    row('m1', 'Bộ KH&CN ra mắt nền tảng dữ liệu'),
    row('m1', 'MST data platform', 'own', 'en'),
  ]);
  column('danang', 'Thành phố Đà Nẵng', [resolution, row('d1', 'Đà Nẵng số hóa hồ sơ đất đai'), row('d2', 'Đà Nẵng mở trung tâm đổi mới')]);
  column('hoa-vang', 'Xã Hòa Vang', [resolution, row('h1', 'Hòa Vang đưa loa truyền thanh thông minh về thôn')]);
  column('hue', 'Thành phố Huế', [resolution, row('u1', 'Huế số hóa di sản'), row('d1', 'Bài Đà Nẵng chia sẻ', 'shared')]);
  useSearchIndexer();
});
afterAll(async () => {
  await stopSearchIndexer();
  rmSync(out, { recursive: true, force: true });
});

describe('the shards of the national index', () => {
  it('puts a commune with its province and the central bodies together, each item once, the lead body first', () => {
    const shards = [...nationalShards(out, bodies, log)];
    expect(shards.map((s) => [s.id, s.bodies])).toEqual([
      ['trung-uong', ['mst']],
      ['danang', ['danang', 'hoa-vang']],
      ['hue', ['hue']],
    ]);
    // The national resolution is on the lead body's column only; a shared article only where it was written.
    const urls = shards.flatMap((s) => s.records.map((r) => r.url));
    expect(urls.filter((u) => u.endsWith('/nq57/'))).toEqual(['mst/bai-viet/nq57/']);
    expect(urls.filter((u) => u.includes('/d1/'))).toEqual(['danang/bai-viet/d1/']);
    expect(shards[0].languages).toEqual({ vi: 2, en: 1 });
    expect(shards[1].languages).toEqual({ vi: 3 });
    expect(said).toEqual([]);
  });

  it('cuts a group past the records a shard may hold', () => {
    const shards = [...nationalShards(out, bodies, log, 2)];
    expect(shards.map((s) => [s.id, s.records.length])).toEqual([
      ['trung-uong.1', 2],
      ['trung-uong.2', 1],
      ['danang.1', 2],
      ['danang.2', 1],
      ['hue', 1],
    ]);
  });
});

describe('making the national index', () => {
  it('makes every shard the first time, lists them, and clears an index of one piece from before', async () => {
    mkdirSync(national(), { recursive: true });
    writeFileSync(national('pagefind-entry.json'), '{}');
    utimesSync(national('pagefind-entry.json'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    const made = await indexNation(out, bodies, log);
    expect(made).toEqual({ pages: 7, shards: 3, made: 3 });
    expect(listedShards(out).map((s) => s.id)).toEqual(['trung-uong', 'danang', 'hue']);
    for (const id of ['trung-uong', 'danang', 'hue']) {
      const entry = JSON.parse(readFileSync(national(id, 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages).sort()).toEqual(Object.keys(listedShards(out).find((s) => s.id === id)!.languages).sort());
    }
    expect(readdirSync(national()).sort()).toEqual(['danang', 'hue', NATIONAL_SHARDS_FILE, 'trung-uong'].sort());
  });

  it('makes again only the shard whose records changed', async () => {
    const kept = statSync(national('trung-uong')).ino;
    expect((await indexNation(out, bodies, log)).made).toBe(0);
    column('hoa-vang', 'Xã Hòa Vang', [
      row('h1', 'Hòa Vang đưa loa truyền thanh thông minh về thôn'),
      row('h2', 'Hòa Vang mở lớp kỹ năng số'),
    ]);
    const danang = statSync(national('danang')).ino;
    const made = await indexNation(out, bodies, log);
    expect(made.made).toBe(1);
    expect(statSync(national('danang')).ino).not.toBe(danang);
    expect(statSync(national('trung-uong')).ino).toBe(kept);
    expect(readdirSync(national()).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('takes a column that lost a page out with its shard at once, and puts it back at the next index', async () => {
    expect(nationalIndexCurrent(out)).toBe(true);
    dropNationalShards(out, 'hoa-vang');
    expect(listedShards(out).map((s) => s.id)).toEqual(['trung-uong', 'hue']);
    expect(readdirSync(national()).sort()).toEqual(['hue', NATIONAL_SHARDS_FILE, 'trung-uong'].sort());
    // A build with nothing to build still makes it again.
    expect(nationalIndexCurrent(out)).toBe(false);
    const made = await indexNation(out, bodies, log);
    expect(made.made).toBe(1);
    expect(listedShards(out).map((s) => s.id)).toEqual(['trung-uong', 'danang', 'hue']);
    expect(nationalIndexCurrent(out)).toBe(true);
  });

  it('takes out by what a folder holds, also a shard swapped in that the list does not name yet', async () => {
    const list = JSON.parse(readFileSync(national(NATIONAL_SHARDS_FILE), 'utf8'));
    list.shards = list.shards.filter((s: { id: string }) => s.id !== 'danang');
    writeFileSync(national(NATIONAL_SHARDS_FILE), JSON.stringify(list));
    dropNationalShards(out, 'hoa-vang');
    expect(readdirSync(national()).sort()).toEqual(['hue', NATIONAL_SHARDS_FILE, 'trung-uong'].sort());
    expect((await indexNation(out, bodies, log)).made).toBe(1);
  });

  it('judges a shard by what its folder holds, not by what the list says', async () => {
    const meta = national('hue', 'column57-shard.json');
    writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, 'utf8')), hash: 'older records' }));
    const made = await indexNation(out, bodies, log);
    expect(made.made).toBe(1);
    expect(JSON.parse(readFileSync(meta, 'utf8')).hash).not.toBe('older records');
  });

  it('makes two passes asked at once one after the other, and lists what the folders hold', async () => {
    column('hue', 'Thành phố Huế', [row('u1', 'Huế số hóa di sản'), row('u2', 'Huế mở cổng dữ liệu mở')]);
    const [first, second] = await Promise.all([indexNation(out, bodies, log), indexNation(out, bodies, log)]);
    expect(first.made + second.made).toBe(1);
    for (const shard of listedShards(out))
      expect(JSON.parse(readFileSync(national(shard.id, 'column57-shard.json'), 'utf8')).hash, shard.id).toBe(shard.hash);
  });

  it("clears the folders of a swap whose process is gone, and leaves a living process's", async () => {
    const gone = spawnSync('true').pid;
    mkdirSync(national(`.hue-next-${gone}-1`));
    mkdirSync(national(`.hue-next-${process.pid}-77`));
    await indexNation(out, bodies, log);
    expect(readdirSync(national()).filter((e) => e.startsWith('.'))).toEqual([`.hue-next-${process.pid}-77`]);
    rmSync(national(`.hue-next-${process.pid}-77`), { recursive: true });
  });

  it('drops a shard no column is in any more', async () => {
    const made = await indexNation(
      out,
      bodies.filter((b) => b.slug !== 'hue'),
      log,
    );
    expect(made).toMatchObject({ shards: 2, made: 0 });
    expect(readdirSync(national()).sort()).toEqual(['danang', NATIONAL_SHARDS_FILE, 'trung-uong'].sort());
  });
});

// A column that lost a page since its last release says so even when that release had no index of its own
// yet (a build stopped before making it): the national index may still find the page.
it('says a page has gone from a column whose last release has no index yet', () => {
  const page = (root: string, path: string) => {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.html'), '<h1>Bài viết</h1>');
  };
  const before = join(out, 'release-before');
  const after = join(out, 'release-after');
  page(before, 'bai-viet/a');
  page(before, 'bai-viet/b');
  page(after, 'bai-viet/a');
  expect(carrySearchIndex(before, after)).toBe('pageGone');
  page(after, 'bai-viet/b');
  expect(carrySearchIndex(before, after)).toBe('none');
});
