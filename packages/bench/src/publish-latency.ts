// Publish-to-live latency, run by `column57 bench` as a child process (so its memory is measured as a
// tree): a real CMS on a throw-away SQLite database with the demo content of one body, the build service as
// production runs it (`column57 serve` in a process of its own, its default debounce, the column copied to a
// deploy folder) and a static server on that folder. A publisher signs in over HTTP; each trial writes an
// article, sends it for review, and times from the start of the publish request (as the admin panel sends it)
// until the new page is served from the deploy folder. With a second argument N, the body first gets N more
// published articles (copies of its demo writing), so the latency is measured at national scale for one column.
// Arguments: TRIALS [N]. Prints one JSON line: { trials: [s...], median, worst, pages, articles }.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '@column57/publisher';
import { countPages } from '@column57/builder';
// The embedded CMS is the repository's own tooling (scripts/lib, shared with the tests and npm start), not
// a package: the paths out of this package, as in load.ts.
import { compileCms, startCms } from '../../../scripts/lib/embedded-cms.ts';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { CMS_DIR } from '../../../scripts/lib/paths.ts';
import { BENCH_TEXT } from './messages.ts';

const BODY = 'hanoi';
const trials = Number(process.argv[2] ?? 3);
const extraArticles = Number(process.argv[3] ?? 0);
const dir = mkdtempSync(join(tmpdir(), 'column57-latency-'));
const secret = 'bench-secret';
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const PASSWORD = 'Do-tre-xuat-ban-57-nhanh';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  const publisher = { email: `bien.tap@${BODY}.latency.test`, firstname: BENCH_TEXT.t('vi', 'loadFirstName'), lastname: '57' };
  const { ensureAccount } = createRequire(join(CMS_DIR, 'package.json'))(join(CMS_DIR, 'dist', 'src', 'seed', 'accounts.js'));
  await ensureAccount(cms.strapi, { ...publisher, role: 'body-publisher', body: BODY }, PASSWORD);

  // The column is copied to a deploy folder once built (as a portal's web root), and served from there.
  const deployed = join(dir, 'www');
  writeFileSync(join(dir, 'deploy.json'), JSON.stringify({ [BODY]: [{ type: 'folder', path: join(deployed, '{slug}') }] }));
  const service = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '..', '..', 'cli', 'src', 'main.ts'),
      'serve',
      ...['--port', String(hookPort), '--out', join(dir, 'out'), '--cache', join(dir, 'cache'), '--deploy', join(dir, 'deploy.json')],
      ...['--cms', cms.url, '--token', readFileSync(join(dir, 'token'), 'utf8').trim(), '--secret', secret, '--worker', 'bench-latency'],
      ...['--body', BODY],
    ],
    { stdio: ['ignore', 'ignore', process.env.C57_DEBUG ? 'inherit' : 'ignore'], env: { ...process.env } },
  );
  const idle = async () => {
    for (;;) {
      const now = (await (await fetch(`http://127.0.0.1:${hookPort}/status.json`).catch(() => null))?.json().catch(() => null)) as {
        state?: string;
        bodies?: Record<string, unknown>;
      } | null;
      if (now?.state === 'idle' && now.bodies?.[BODY]) return;
      if (service.exitCode !== null)
        throw new Error(BENCH_TEXT.both('loadChildExited', { what: 'column57 serve', code: String(service.exitCode) }));
      await pause(100);
    }
  };
  await idle();
  const site = await serveStatic({ '/': deployed });
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: publisher.email, password: PASSWORD }),
  });
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const request = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return response.json() as Promise<{ data: { documentId: string } }>;
  };
  // The body's size as the trials find it.
  const articles = await cms.strapi.db
    .query('api::article.article')
    .count({ where: { body: { slug: BODY }, locale: 'vi', publishedAt: { $notNull: true } } });
  const seconds: number[] = [];
  for (let i = 1; i <= trials; i++) {
    const slug = `do-tre-xuat-ban-${i}`;
    const draft = await request('POST', `${CM}?locale=vi`, {
      title: BENCH_TEXT.t('vi', 'latencyTrialTitle', { trial: i }),
      slug,
      summary: BENCH_TEXT.t('vi', 'latencyTrialSummary'),
      content: BENCH_TEXT.t('vi', 'latencyTrialContent'),
      publishDate: '2026-11-22',
      channel: 'portal',
    });
    await request('POST', `/column57/review/${ARTICLE}/${draft.data.documentId}/submit`, {});
    // The draft's save was a change too (previews, the desk): its build is done before the clock starts.
    await pause(1000);
    await idle();
    const started = Date.now();
    await request('POST', `${CM}/${draft.data.documentId}/actions/publish?locale=vi`, {});
    await waitUntilServed(`${site.url}/${BODY}/bai-viet/${slug}/`);
    seconds.push((Date.now() - started) / 1000);
    await idle();
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      trials: seconds,
      median: sorted[Math.floor((sorted.length - 1) / 2)],
      worst: sorted.at(-1),
      pages: countPages(join(deployed, BODY)),
      articles,
    }),
  );
  await site.close();
  service.kill('SIGTERM');
  await new Promise((resolve) => (service.exitCode === null ? service.once('exit', resolve) : resolve(null)));
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
