import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConnection, writeSnapshot } from '@column57/snapshot';
import { buildColumns } from '@column57/builder';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Dựng chuyên mục tĩnh cho các cơ quan và trang tổng hợp. Builds the static columns and the national hub.',
  usage: 'column57 build [--body SLUG ...] [--snapshot DIR] [--out DIR]',
  options: {
    body: { type: 'string', short: 'b', multiple: true },
    snapshot: { type: 'string', short: 's' },
    out: { type: 'string', short: 'o' },
    cms: { type: 'string' },
    token: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    cache: { type: 'string' },
    report: { type: 'string' },
  },
  help: [
    '-b, --body SLUG      chỉ cơ quan này, lặp lại được / only this body; repeatable (default: every body)',
    '-s, --snapshot DIR   dựng từ ảnh chụp này, không cần CMS / build from this snapshot, no CMS needed',
    '                     (mặc định: lấy ảnh chụp mới từ CMS / default: take a fresh snapshot from the CMS)',
    '-o, --out DIR        thư mục kết quả / output folder (default: out/)',
    '-j, --jobs N         số luồng dựng song song / parallel renderers (default: cores, at most 4)',
    '    --cache DIR      bộ nhớ đệm ảnh / cache of pictures and share cards (default: .cache/build/)',
    '    --report FILE    ghi báo cáo JSON / write the build report as JSON (phases, pages, failures)',
    '    --cms URL, --token TOKEN   như / as in `column57 snapshot`',
  ],
  async run(values) {
    const log = (m: string) => console.error(m);
    const bodies = values.body as string[] | undefined;
    let snapshotDir = values.snapshot as string | undefined;
    if (!snapshotDir) {
      snapshotDir = join(ROOT, '.cache', 'snapshot');
      const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined);
      // Only the chosen bodies are fetched again; the others stay as last snapshotted, for the hub.
      await writeSnapshot({ out: snapshotDir, bodies, update: true, cms, log });
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
      throw new Error(`--jobs must be a whole number above 0, not "${values.jobs}"`);
    const report = await buildColumns({
      snapshotDir: resolve(snapshotDir),
      outDir: resolve((values.out as string | undefined) ?? join(ROOT, 'out')),
      bodies,
      cacheDir: resolve((values.cache as string | undefined) ?? join(ROOT, '.cache', 'build')),
      concurrency: jobs,
      log,
    });
    if (typeof values.report === 'string') writeFileSync(values.report, JSON.stringify(report, null, 1));
    return report.failed.length ? 1 : 0;
  },
};
