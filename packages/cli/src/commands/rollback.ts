import { join, resolve } from 'node:path';
import { defaultReleasesDir, holdOf, listReleases, liveRelease, resume, rollback } from '@column57/builder/releases';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';

export const rollbackCommand: CommandSpec = {
  name: 'rollback',
  summary: 'Đưa chuyên mục về bản dựng trước. Puts a column back on an earlier release.',
  usage: 'column57 rollback --body SLUG [--to RELEASE | --list | --resume] [--out DIR]',
  options: {
    body: { type: 'string', short: 'b' },
    to: { type: 'string' },
    list: { type: 'boolean' },
    resume: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
  },
  help: [
    '-b, --body SLUG    chuyên mục cần khôi phục / the column to roll back',
    '    --to RELEASE   về đúng bản này / to this release (default: the one before the live one)',
    '    --list         liệt kê các bản đang giữ / list the releases kept',
    '    --resume       cho phép dựng lại chuyên mục đã khôi phục / let builds update the column again',
    '-o, --out DIR      thư mục kết quả / output folder (default: out/)',
    '',
    'Sau khi khôi phục, chuyên mục được giữ nguyên cho tới khi --resume.',
    'After a rollback the column stays on that release (builds skip it) until --resume.',
  ],
  async run(values) {
    const slug = values.body as string | undefined;
    if (!slug) throw new Error('--body SLUG is required: the column to roll back (e.g. --body hanoi)');
    const outDir = resolve((values.out as string | undefined) ?? join(ROOT, 'out'));
    const releasesDir = defaultReleasesDir(outDir);
    if (values.list) {
      const live = liveRelease(outDir, slug);
      const hold = holdOf(releasesDir, slug);
      const releases = listReleases(releasesDir, slug);
      if (!releases.length) console.log(`${slug}: chưa có bản nào / no releases yet`);
      for (const id of releases.reverse())
        console.log(`${id}${id === live ? '  ← đang chạy / live' : ''}${hold?.release === id ? ' (giữ / held)' : ''}`);
      return 0;
    }
    if (values.resume) {
      const resumed = resume(releasesDir, slug);
      console.log(
        resumed ? `${slug}: sẽ được dựng lại ở lần dựng sau / will be rebuilt by the next build` : `${slug}: không bị giữ / was not held`,
      );
      return 0;
    }
    const { from, to } = rollback({ outDir, releasesDir, slug, to: values.to as string | undefined });
    console.log(`${slug}: ${from ?? '-'} → ${to}; giữ nguyên tới khi / held until: column57 rollback --body ${slug} --resume`);
    return 0;
  },
};
