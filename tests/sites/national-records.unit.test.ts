import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { nationalShards } from '../../packages/builder/src/national-search.ts';
import { type ColumnSearchRecords, foldForSearch, SEARCH_RECORDS_FILE } from '../../sites/src/lib/search-format.ts';

// The hub's national index takes each item once, with its title and the opening of its text (Pagefind holds
// an index in memory while writing it: a country's whole text made an 8 GB process). Each column's own
// index keeps the whole text.
const dir = mkdtempSync(join(tmpdir(), 'column57-national-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function column(slug: string, name: string, records: ColumnSearchRecords['records']) {
  mkdirSync(join(dir, slug), { recursive: true });
  writeFileSync(join(dir, slug, SEARCH_RECORDS_FILE), JSON.stringify({ slug, name: { vi: name }, records } satisfies ColumnSearchRecords));
}

it('takes each item once, on its own column, with its title and the opening of its text', () => {
  const long = `Đà Nẵng đưa dữ liệu số vào từng phường. ${'Người dân đăng ký tài khoản định danh điện tử ở điểm một cửa. '.repeat(40)}`;
  const record = (id: string, origin: 'own' | 'national' | 'shared', text = long) =>
    ({
      path: `bai-viet/${id}/`,
      locale: 'vi',
      kind: 'article',
      id,
      origin,
      title: `Bài ${id}: đổi mới sáng tạo`,
      text,
      date: null,
    }) as const;
  column('danang', 'Thành phố Đà Nẵng', [record('a1', 'own'), record('nq57', 'national', 'Nghị quyết 57'), record('b1', 'shared')]);
  column('hoa-vang', 'Xã Hòa Vang', [record('b1', 'own', 'Bài của xã'), record('nq57', 'national', 'Nghị quyết 57')]);
  const said: string[] = [];
  const bodies = [
    { slug: 'danang', group: 'danang' },
    { slug: 'hoa-vang', group: 'danang' },
  ];
  const [shard, ...others] = [...nationalShards(dir, bodies, (m) => said.push(m))];
  expect(others).toEqual([]);
  const records = shard.records;
  expect(records.map((r) => r.url).sort()).toEqual(['danang/bai-viet/a1/', 'danang/bai-viet/nq57/', 'hoa-vang/bai-viet/b1/']);
  const article = records.find((r) => r.url === 'danang/bai-viet/a1/')!;
  // The title and a word-bounded opening, "đ" folded for search; the whole text stays in the column's index.
  const opening = long.slice(0, long.lastIndexOf(' ', 500));
  expect(article.content).toBe(foldForSearch(`Bài a1: đổi mới sáng tạo. ${opening}`));
  expect(article.meta.title).toBe('Bài a1: đổi mới sáng tạo');
  expect(article.meta.body).toBe('Thành phố Đà Nẵng');
  expect(said).toEqual([]);
});
