// A national morning, run by `column57 bench --load` as a child process (its memory is measured as a tree):
// a real CMS on a throw-away PostgreSQL database, the build service in its own process (column57 serve) taking
// changes by notice and from the CMS's outbox, and a static server for the columns. EDITORS people (two editors
// and a publisher per body, over as many bodies as that makes) sign in over HTTP as the admin panel does and, for
// SECONDS, save drafts and upload pictures (editors) or write, send for review and publish (publishers), each with
// a second or two of thought between actions. Every request's time is kept; every publish is followed until its
// page is served (publish → live, from the publish request's start); one not live a minute after the end is lost.
// Arguments: EDITORS SECONDS. Prints one JSON line (LoadReport).
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildProcess, spawn } from 'node:child_process';
import { serveStatic } from '@column57/publisher';
// The embedded CMS is the repository's own tooling (scripts/lib, shared with the tests and npm start), not
// a package: the one path out of this package, as in publish-latency.ts.
import { compileCms, dropPostgresDatabase, startCms } from '../../../scripts/lib/embedded-cms.ts';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { startBalancer } from '../../../scripts/lib/nginx-balancer.ts';
import { CMS_DIR, STRAPI_BIN } from '../../../scripts/lib/paths.ts';
import { BENCH_TEXT } from './messages.ts';
import { DEMO_SNAPSHOT_DIR } from './root.ts';

const people = Number(process.argv[2] ?? 60);
const seconds = Number(process.argv[3] ?? 180);
/** CMS instances; more than one are served behind nginx, round robin, as in the README's production layout. */
const instances = Number(process.argv[4] ?? 1);
const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;
const PASSWORD = 'Sen-no-giua-ho-buoi-sang-57';
const secret = 'bench-load-secret';
const dir = mkdtempSync(join(tmpdir(), 'column57-load-'));
/** The run's PostgreSQL database: kept between the seeding and the served CMS, dropped at the end either way. */
const database = `column57_load_${process.pid}`;
/** A picture an editor uploads: one of the demo's own photographs (the upload guard checks what the bytes are). */
function demoPhoto(): { bytes: Buffer; name: string } {
  const media = join(DEMO_SNAPSHOT_DIR, 'media');
  const name = readdirSync(media).find((file) => file.endsWith('.jpg'))!;
  return { bytes: readFileSync(join(media, name)), name };
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}
export interface LoadReport {
  people: number;
  bodies: number;
  seconds: number;
  /** CMS instances, behind nginx when more than one. */
  instances: number;
  /** Requests each instance served (nginx's log), when there are several. */
  served: Record<string, number>;
  /** Request times in seconds, by kind. */
  requests: Record<'save' | 'upload' | 'submit' | 'publish', Summary>;
  errors: number;
  errorSamples: string[];
  /** From each publish request's start to its page being served, in seconds. */
  live: Summary;
  lost: number;
}

const summary = (values: number[]): Summary => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => pause(800 + Math.random() * 1200);

async function main() {
  await compileCms();
  const hookPort = await freePort();
  // Seeded in this process (and the accounts made as the seed makes them), then served by `strapi start` in a
  // process of its own on the same database: the CMS's event loop is not the load's.
  const seeding = await startCms({
    database: 'postgres',
    seedBodies: ['hanoi'],
    keepPostgresAs: database,
    env: {
      COLUMN57_BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/hooks/cms`,
      COLUMN57_BUILD_HOOK_SECRET: secret,
      COLUMN57_TOKEN_FILE: join(dir, 'token'),
    },
  });
  const bodyCount = Math.max(1, Math.ceil(people / 3));
  // Ministries, agencies and provinces (communes have a parent), in the order the seed made them.
  const bodies = (await seeding.strapi.db.query('api::body.body').findMany({
    select: ['slug'],
    populate: { parent: { select: ['id'] } },
    orderBy: { id: 'asc' },
  })) as Array<{ slug: string; parent: { id: number } | null }>;
  const slugs = bodies
    .filter((b) => !b.parent)
    .map((b) => b.slug)
    .slice(0, bodyCount);
  const { ensureAccount } = createRequire(join(CMS_DIR, 'package.json'))(join(CMS_DIR, 'dist', 'src', 'seed', 'accounts.js'));
  const accounts = Array.from({ length: people }, (_, i) => {
    const body = slugs[Math.floor(i / 3) % slugs.length];
    const role = i % 3 === 2 ? 'body-publisher' : 'body-editor';
    return { email: `nguoi.${i}@${body}.load.test`, firstname: BENCH_TEXT.t('vi', 'loadFirstName'), lastname: String(i), role, body };
  });
  for (const account of accounts) await ensureAccount(seeding.strapi, account, PASSWORD);
  await seeding.stop();
  const servers: ChildProcess[] = [];
  const urls: string[] = [];
  for (let n = 0; n < instances; n++) {
    const cmsPort = await freePort();
    urls.push(`http://127.0.0.1:${cmsPort}`);
    const server = spawn(process.execPath, [STRAPI_BIN, 'start'], {
      cwd: CMS_DIR,
      // The environment startCms set (the database, the installation's secrets), with a port and no seed.
      env: { ...process.env, PORT: String(cmsPort), COLUMN57_SEED: '', STRAPI_LOG_LEVEL: 'error' },
      stdio: 'ignore',
    });
    servers.push(server);
    while ((await fetch(`${urls[n]}/_health`).catch(() => null))?.status !== 204) {
      if (server.exitCode !== null)
        throw new Error(BENCH_TEXT.both('loadChildExited', { what: 'strapi start', code: String(server.exitCode) }));
      await pause(250);
    }
  }
  // Editors reach every instance through one address, as behind a production load balancer.
  const balancer = instances > 1 ? await startBalancer(urls) : null;
  const cms = { url: balancer?.url ?? urls[0] };

  // The build service in a process of its own, as in production (`column57 serve`): the CMS's event loop is
  // the CMS's alone, and the service hears of changes by notice and from the outbox.
  const out = join(dir, 'out');
  const service = spawn(
    process.execPath,
    [
      join(import.meta.dirname, '..', '..', 'cli', 'src', 'main.ts'),
      'serve',
      ...['--port', String(hookPort), '--out', out, '--cache', join(dir, 'cache'), '--no-board-files'],
      ...['--cms', cms.url, '--token', readFileSync(join(dir, 'token'), 'utf8').trim(), '--secret', secret, '--worker', 'bench-load'],
      ...slugs.flatMap((slug) => ['--body', slug]),
    ],
    { stdio: 'ignore', env: { ...process.env } },
  );
  const status = async () => (await fetch(`http://127.0.0.1:${hookPort}/status.json`).catch(() => null))?.json().catch(() => null);
  // Its first build (at start, every column it hosts) before anyone writes.
  for (;;) {
    const now = (await status()) as { state?: string; bodies?: Record<string, unknown> } | null;
    if (now?.state === 'idle' && slugs.every((slug) => now.bodies?.[slug])) break;
    if (service.exitCode !== null)
      throw new Error(BENCH_TEXT.both('loadChildExited', { what: 'column57 serve', code: String(service.exitCode) }));
    await pause(250);
  }
  const site = await serveStatic({ '/': out });

  const times: Record<keyof LoadReport['requests'], number[]> = { save: [], upload: [], submit: [], publish: [] };
  const photo = demoPhoto();
  const errorSamples: string[] = [];
  let errors = 0;
  const live: number[] = [];
  const following: Array<Promise<void>> = [];
  let lost = 0;
  const deadline = Date.now() + seconds * 1000;

  /** One request as the admin panel makes it, timed; a refusal or a failure is an error of the run. */
  const timed = async (kind: keyof typeof times, token: string, method: string, path: string, body?: unknown) => {
    const started = Date.now();
    const form = body instanceof FormData;
    try {
      const response = await fetch(`${cms.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body && !form ? { 'Content-Type': 'application/json' } : {}) },
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      });
      const text = await response.text();
      times[kind].push((Date.now() - started) / 1000);
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
      return text ? JSON.parse(text) : null;
    } catch (error) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push((error as Error).message);
      return null;
    }
  };
  const follow = (url: string, started: number) =>
    following.push(
      (async () => {
        const giveUp = deadline + 60_000;
        while (Date.now() < giveUp) {
          const response = await fetch(url).catch(() => null);
          await response?.arrayBuffer();
          if (response?.status === 200) return void live.push((Date.now() - started) / 1000);
          await pause(100);
        }
        lost++;
      })(),
    );

  const work = async (account: (typeof accounts)[number], i: number) => {
    const login = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: PASSWORD }),
    });
    const token = ((await login.json()) as { data?: { token: string } }).data?.token;
    if (!token) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(`login ${account.email}: ${login.status}`);
      return;
    }
    for (let n = 0; Date.now() < deadline; n++) {
      const slug = `tai-${i}-${n}`;
      const title = BENCH_TEXT.t('vi', 'loadTitle', { person: i, n });
      const draft = { title, slug, summary: BENCH_TEXT.t('vi', 'latencyTrialSummary'), publishDate: '2026-12-07', channel: 'portal' };
      const made = await timed('save', token, 'POST', `${CM}?locale=vi`, { ...draft, content: BENCH_TEXT.t('vi', 'loadContent') });
      const id = made?.data?.documentId as string | undefined;
      if (!id) continue;
      await think();
      const edit = { ...draft, content: `${BENCH_TEXT.t('vi', 'loadContent')}\n\n${BENCH_TEXT.t('vi', 'edited')}` };
      await timed('save', token, 'PUT', `${CM}/${id}?locale=vi`, edit);
      if (account.role === 'body-editor') {
        if (n % 2 === 0) {
          const picture = new FormData();
          picture.append('files', new Blob([new Uint8Array(photo.bytes)], { type: 'image/jpeg' }), `anh-${i}-${n}.jpg`);
          await timed('upload', token, 'POST', '/upload', picture);
        }
      } else {
        await timed('submit', token, 'POST', `/column57/review/${ARTICLE}/${id}/submit`, {});
        const started = Date.now();
        if (await timed('publish', token, 'POST', `${CM}/${id}/actions/publish?locale=vi`, {})) {
          follow(`${site.url}/${account.body}/bai-viet/${slug}/`, started);
        }
      }
      await think();
    }
  };
  await Promise.all(accounts.map((account, i) => work(account, i)));
  await Promise.all(following);

  const served: Record<string, number> = {};
  if (balancer)
    for (const upstream of readFileSync(balancer.accessLog, 'utf8').split('\n').filter(Boolean))
      served[upstream] = (served[upstream] ?? 0) + 1;
  const report: LoadReport = {
    people,
    bodies: slugs.length,
    seconds,
    instances,
    served,
    requests: { save: summary(times.save), upload: summary(times.upload), submit: summary(times.submit), publish: summary(times.publish) },
    errors,
    errorSamples,
    live: summary(live),
    lost,
  };
  console.log(JSON.stringify(report));
  await site.close();
  await balancer?.stop();
  for (const child of [service, ...servers]) {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  }
}

main().then(
  async () => {
    await dropPostgresDatabase(database);
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  },
  async (error) => {
    console.error(error);
    await dropPostgresDatabase(database).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  },
);
