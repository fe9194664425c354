// Publish-to-live latency, run by `column57 bench` as a child process (so its memory is measured as a
// tree): a real CMS on a throw-away SQLite database with the demo content of one body, the build
// service, and a static server. Each trial creates and publishes an article through Strapi's document
// service and times from the publish call's return (the CMS has accepted it) to the new page being served.
// With a second argument N, the body first gets N more published articles (copies of its demo writing),
// so the latency is measured at national scale for one column (the build service rebuilds only the
// publishing body; the other columns do not take part in a publish).
// Prints one JSON line: { trials: [s...], median, pages, articles }.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildService, listen, serveStatic } from '@column57/publisher';
import { countPages } from '@column57/builder';
// The embedded CMS is the repository's own tooling (scripts/lib, shared with the tests and npm start), not
// a package: the one path out of this package.
import { compileCms, startCms } from '../../../scripts/lib/embedded-cms.ts';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { BENCH_TEXT } from './messages.ts';

const BODY = 'hanoi';
const trials = Number(process.argv[2] ?? 3);
const extraArticles = Number(process.argv[3] ?? 0);
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

/** N more published articles for the body, made from its own demo articles, a hundred per transaction. */
async function growBody(cms: Awaited<ReturnType<typeof startCms>>, count: number) {
  const docs = cms.strapi.documents('api::article.article');
  const templates = (await docs.findMany({
    filters: { body: { slug: BODY } },
    locale: 'vi',
    status: 'published',
    populate: ['cover', 'topics', 'audiences', 'body'],
  } as any)) as any[];
  for (let start = 0; start < count; start += 100) {
    await cms.strapi.db.transaction(async () => {
      for (let n = start; n < Math.min(count, start + 100); n++) {
        const t = templates[n % templates.length];
        const day = new Date(Date.UTC(2025, 0, 1) + ((n * 37) % 690) * 86_400_000).toISOString().slice(0, 10);
        await docs.create({
          data: {
            title: `${t.title} (${n})`.slice(0, 160),
            slug: `${t.slug.slice(0, 80)}-${n}`,
            summary: t.summary,
            content: t.content,
            cover: t.cover?.id ?? null,
            coverAlt: t.coverAlt,
            topics: t.topics.map((x: any) => x.documentId),
            audiences: t.audiences.map((x: any) => x.documentId),
            channel: t.channel,
            publishDate: day,
            body: t.body.documentId,
          },
          locale: 'vi',
          status: 'published',
        } as any);
      }
    });
  }
}

async function main() {
  await compileCms();
  const hookPort = await freePort();
  const cms = await startCms({
    seedBodies: [BODY],
    env: {
      COLUMN57_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/hooks/cms`,
      COLUMN57_BUILD_HOOK_SECRET: secret,
      COLUMN57_TOKEN_FILE: join(dir, 'token'),
    },
  });
  if (extraArticles > 0) await growBody(cms, extraArticles);
  const out = join(dir, 'out');
  const service = new BuildService({
    cms: { url: cms.url, token: readFileSync(join(dir, 'token'), 'utf8').trim() },
    snapshotDir: join(dir, 'snapshot'),
    cacheDir: join(dir, 'cache'),
    statusFile: join(dir, 'status.json'),
    outDir: out,
    only: [BODY],
    debounceMs: 100,
  });
  const hooks = await listen(service, { port: hookPort, secret });
  const site = await serveStatic({ '/': out });
  service.notify(new Set([BODY]), 'start');
  await service.idle();
  const body = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: BODY } })).documentId;
  const seconds: number[] = [];
  for (let i = 1; i <= trials; i++) {
    const slug = `do-tre-xuat-ban-${i}`;
    const created = await cms.strapi.documents('api::article.article').create({
      data: {
        title: BENCH_TEXT.t('vi', 'latencyTrialTitle', { trial: i }),
        slug,
        summary: BENCH_TEXT.t('vi', 'latencyTrialSummary'),
        content: BENCH_TEXT.t('vi', 'latencyTrialContent'),
        publishDate: '2026-11-22',
        channel: 'portal',
        body,
      },
      locale: 'vi',
    } as any);
    await cms.strapi.documents('api::article.article').publish({ documentId: created.documentId, locale: 'vi' } as any);
    const started = Date.now();
    await waitUntilServed(`${site.url}/${BODY}/bai-viet/${slug}/`);
    seconds.push((Date.now() - started) / 1000);
    await service.idle();
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const articles = await cms.strapi.db
    .query('api::article.article')
    .count({ where: { body: { slug: BODY }, locale: 'vi', publishedAt: { $notNull: true } } });
  console.log(
    JSON.stringify({ trials: seconds, median: sorted[Math.floor(sorted.length / 2)], pages: countPages(join(out, BODY)), articles }),
  );
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
