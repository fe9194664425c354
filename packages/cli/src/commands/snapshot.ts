import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblems, loadSnapshot, type Manifest, mediaRefsIn } from '@column57/snapshot';
import type { CommandSpec } from '../args.ts';
import { type CmsConnection, getBytes, getJson, resolveConnection } from '../cms-client.ts';
import { ROOT } from '../root.ts';

interface Envelope<T> { data: T; media: Record<string, string> }

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Downloads each media file once, checking that its bytes hash to the name it will carry. */
async function fetchMedia(cms: CmsConnection, dir: string, sources: Record<string, string>, refs: Map<string, string>) {
  for (const [hash, url] of Object.entries(sources)) {
    const ext = refs.get(hash);
    if (!ext) continue;
    const target = join(dir, 'media', `${hash}.${ext}`);
    if (existsSync(target)) continue;
    const bytes = await getBytes(cms, url);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== hash) throw new Error(`${url}: downloaded bytes hash to ${actual}, the snapshot expects ${hash}`);
    writeFileSync(target, bytes);
  }
}

const extensionsByHash = (value: unknown) => new Map([...mediaRefsIn(value).values()].map((ref) => [ref.hash, ref.ext]));

export async function writeSnapshot(options: { out: string; bodies?: string[]; cms: CmsConnection; log: (m: string) => void }) {
  const started = Date.now();
  const out = resolve(options.out);
  // Written next to the target and swapped in at the end: a failed run leaves the last snapshot as it was.
  const work = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'bodies'), { recursive: true });
  mkdirSync(join(work, 'media'), { recursive: true });
  try {
    const manifest = await getJson<Envelope<Manifest>>(options.cms, '/api/column57/snapshot');
    writeFileSync(join(work, 'manifest.json'), `${JSON.stringify(manifest.data, null, 1)}\n`);
    await fetchMedia(options.cms, work, manifest.media, extensionsByHash(manifest.data));
    const slugs = options.bodies?.length ? options.bodies : manifest.data.bodies.map((b) => b.slug);
    for (const [i, slug] of slugs.entries()) {
      const t = Date.now();
      const content = await getJson<Envelope<{ articles: unknown[] }>>(options.cms, `/api/column57/snapshot/${encodeURIComponent(slug)}`);
      writeFileSync(join(work, 'bodies', `${slug}.json`), `${JSON.stringify(content.data, null, 1)}\n`);
      await fetchMedia(options.cms, work, content.media, extensionsByHash(content.data));
      options.log(`[${i + 1}/${slugs.length}] ${slug}: ${content.data.articles.length} bài viết / articles, ${seconds(t)}`);
    }
    const { problems } = loadSnapshot(work, slugs);
    if (problems.length) throw new Error(`the CMS produced an invalid snapshot:\n${formatProblems(problems)}`);
    rmSync(`${out}.old`, { recursive: true, force: true });
    if (existsSync(out)) renameSync(out, `${out}.old`);
    renameSync(work, out);
    rmSync(`${out}.old`, { recursive: true, force: true });
    options.log(`snapshot of ${slugs.length} bodies written to ${out} in ${seconds(started)}`);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

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
    await writeSnapshot({ out: values.out, bodies: values.body as string[] | undefined, cms, log: (m) => console.error(m) });
    return 0;
  },
};
