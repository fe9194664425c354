import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildColumns } from '../../sites/build/index.ts';
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

  const again = await build();
  expect(again.built).toEqual([]);
  expect(again.unchanged.sort()).toEqual(['caobang', 'hanoi']);
  expect(again.hub).toBe(true);
  expect(statSync(join(dir, 'out', 'hanoi', 'index.html')).mtimeMs).toBe(hanoiHome);

  edit('bodies/caobang.json', (json) => { json.articles[0].locales.vi.title = 'Cao Bằng: tiêu đề đã sửa'; });
  const one = await build();
  expect(one.built.map((b) => b.slug)).toEqual(['caobang']);
  expect(one.unchanged).toEqual(['hanoi']);
  expect(readFileSync(join(dir, 'out', 'caobang', 'rss.xml'), 'utf8')).toContain('Cao Bằng: tiêu đề đã sửa');

  edit('manifest.json', (json) => { json.national.documents[0].locales.vi.summary = 'Trích yếu đã được cập nhật.'; });
  const all = await build();
  expect(all.built.map((b) => b.slug).sort()).toEqual(['caobang', 'hanoi']);
});
