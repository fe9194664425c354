// Publish-to-live latency, run by `column57 bench` as a child process (so its memory is measured as a
// tree): a real CMS on a throw-away SQLite database with the demo content of one body, the build
// service, and a static server. Each trial creates and publishes an article through Strapi's document
// service and times from the publish call's return (the CMS has accepted it) to the new page being served.
// Prints one JSON line: { trials: [s...], median, pages }.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildService, listen, serveStatic } from '../../packages/publisher/src/index.ts';
import { countPages } from '../../sites/build/index.ts';
import { compileCms, startCms } from '../lib/embedded-cms.ts';
import { freePort } from '../lib/free-port.ts';

const BODY = 'hanoi';
const trials = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'column57-latency-'));
const secret = 'bench-secret';

async function waitUntilServed(url: string) {
  for (;;) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main() {
  await compileCms();
  const hookPort = await freePort();
  const cms = await startCms({ seedBodies: [BODY], env: { COLUMN57_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/hooks/cms`, COLUMN57_BUILD_HOOK_SECRET: secret, COLUMN57_TOKEN_FILE: join(dir, 'token') } });
  const out = join(dir, 'out');
  const service = new BuildService({ cms: { url: cms.url, token: readFileSync(join(dir, 'token'), 'utf8').trim() }, snapshotDir: join(dir, 'snapshot'), cacheDir: join(dir, 'cache'), statusFile: join(dir, 'status.json'), outDir: out, only: [BODY], debounceMs: 100 });
  const hooks = await listen(service, { port: hookPort, secret });
  const site = await serveStatic({ '/': out });
  service.notify(new Set([BODY]), 'start');
  await service.idle();
  const body = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: BODY } })).documentId;
  const seconds: number[] = [];
  for (let i = 1; i <= trials; i++) {
    const slug = `do-tre-xuat-ban-${i}`;
    const created = await cms.strapi.documents('api::article.article').create({ data: { title: `Đo độ trễ xuất bản lần ${i}`, slug, summary: 'Đo độ trễ.', content: 'Nội dung đo độ trễ xuất bản.', publishDate: '2026-11-22', channel: 'portal', body }, locale: 'vi' } as any);
    await cms.strapi.documents('api::article.article').publish({ documentId: created.documentId, locale: 'vi' } as any);
    const started = Date.now();
    await waitUntilServed(`${site.url}/${BODY}/bai-viet/${slug}/`);
    seconds.push((Date.now() - started) / 1000);
    await service.idle();
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  console.log(JSON.stringify({ trials: seconds, median: sorted[Math.floor(sorted.length / 2)], pages: countPages(join(out, BODY)) }));
  await site.close();
  await hooks.close();
  await service.close();
  await cms.stop();
}

main().then(
  () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  },
  (error) => {
    console.error(error);
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  },
);
