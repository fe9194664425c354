import { resolveConnection, writeSnapshot } from '@column57/snapshot';
import type { CommandSpec } from '../args.ts';
import { ROOT } from '../root.ts';

export const snapshotCommand: CommandSpec = {
  name: 'snapshot',
  summary: 'Ghi ảnh chụp nội dung đã xuất bản từ CMS đang chạy. Writes a snapshot of published content from a running CMS.',
  usage: 'column57 snapshot --out DIR [--body SLUG ...] [--cms URL] [--token TOKEN]',
  options: {
    out: { type: 'string', short: 'o' },
    body: { type: 'string', short: 'b', multiple: true },
    cms: { type: 'string' },
    token: { type: 'string' },
  },
  help: [
    '-o, --out DIR      thư mục ghi ảnh chụp / folder to write (replaced only when the new snapshot is complete)',
    '-b, --body SLUG    chỉ cơ quan này, lặp lại được / only this body; repeatable (default: every body)',
    '    --cms URL      địa chỉ CMS / CMS address (default $COLUMN57_CMS_URL or http://127.0.0.1:1337)',
    '    --token TOKEN  API token chỉ đọc / read-only API token (default $COLUMN57_CMS_TOKEN or .data/generator-token)',
  ],
  async run(values) {
    if (typeof values.out !== 'string') throw new Error('--out DIR is required: the folder to write the snapshot to');
    const cms = resolveConnection(ROOT, values.cms as string | undefined, values.token as string | undefined);
    const { problems } = await writeSnapshot({
      out: values.out,
      bodies: values.body as string[] | undefined,
      cms,
      log: (m) => console.error(m),
    });
    return problems.length ? 1 : 0;
  },
};
