import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, STRAPI_BIN } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { type Balancer, startBalancer } from '../../scripts/lib/nginx-balancer.ts';
import { AdminSession, ARTICLE, CM } from '../support/admin-api.ts';
import { accountFor, TEST_PASSWORD } from '../support/accounts.ts';
import { type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';
import { waitFor } from '../support/wait.ts';

// Two CMS instances on one PostgreSQL database behind a real nginx balancing between them (issue 20): an
// editor's session works on either, every change is one outbox row whichever instance took it, and the
// cron work (here scheduled publishing, every second on both) is done by one instance at a time, under
// PostgreSQL's advisory lock (cms/src/cluster/exclusive.ts). Instance A runs in this process (the test reads
// its database), instance B is `strapi start` in a process of its own, as in production.

const CAMPAIGN = 'api::campaign.campaign';
const SECRET = 'khoa-cum-may-chu-57';
const fromCms = createRequire(join(CMS_DIR, 'package.json'));
const { exclusive, lockKey } = fromCms(join(CMS_DIR, 'dist', 'src', 'cluster', 'exclusive.js'));
const { Client } = fromCms('pg');

describe('two CMS instances on one PostgreSQL, behind nginx', () => {
  let dir: string, a: RunningCms, b: ChildProcess, balancer: Balancer, balanced: string, bUrl: string;
  const rows = (sql: string, values: unknown[]) => a.strapi.db.connection.raw(sql, values).then((r: any) => r.rows);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-cluster-'));
    const env = { COLUMN57_BUILD_HOOK_SECRET: SECRET, COLUMN57_SCHEDULE_RULE: '*/1 * * * * *' };
    a = await startCms({ database: 'postgres', seedBodies: ['hanoi'], env });
    // B: the same database and the same secrets (an admin session signed by one is valid on the other).
    const bPort = await freePort();
    bUrl = `http://127.0.0.1:${bPort}`;
    b = spawn(process.execPath, [STRAPI_BIN, 'start'], {
      cwd: CMS_DIR,
      env: { ...process.env, ...env, PORT: String(bPort), COLUMN57_SEED: '', STRAPI_LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    await waitFor('instance B to answer', async () => (await fetch(`${bUrl}/_health`).catch(() => null))?.status === 204, 180_000, 500);

    balancer = await startBalancer([a.url, bUrl]);
    balanced = balancer.url;
  }, 600_000);

  afterAll(async () => {
    await balancer?.stop();
    b?.kill('SIGTERM');
    if (b && b.exitCode === null) await new Promise((resolve) => b.once('exit', resolve));
    await a?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("serves an editor's session from both instances, one outbox row per change whichever took it", async () => {
    await accountFor(a, 'duyet@hanoi-cum.test', 'body-publisher', 'hanoi');
    const publisher = await AdminSession.login(balanced, 'duyet@hanoi-cum.test', TEST_PASSWORD);
    const published: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const made = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, {
        title: `Hà Nội số hóa dịch vụ công, đợt ${i}`,
        slug: `so-hoa-dich-vu-cong-dot-${i}`,
        summary: 'Tóm tắt.',
        content: 'Nội dung về chuyển đổi số.',
        publishDate: '2026-12-01',
        channel: 'portal',
      });
      expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201);
      await submitForReview(publisher, ARTICLE, made.body.data.documentId);
      expect((await publisher.post(`${CM}/${ARTICLE}/${made.body.data.documentId}/actions/publish?locale=vi`, {})).status).toBe(200);
      published.push(made.body.data.documentId);
    }
    const served = new Set(readFileSync(balancer.accessLog, 'utf8').split('\n').filter(Boolean));
    expect([...served].sort()).toEqual([a.url, bUrl].map((url) => url.slice('http://'.length)).sort());
    const recorded = await rows(
      "select changed_document from column57_change_notices where action = 'publish' and changed_document = any(?)",
      [published],
    );
    expect(recorded.map((r: any) => r.changed_document).sort()).toEqual([...published].sort());
  });

  it('runs the schedule on one instance at a time: none while the lock is held elsewhere, then one publish', async () => {
    // This test's own connection holds the schedule's lock, as a third instance in the middle of a run would.
    const holder = new Client({ host: '127.0.0.1', user: process.env.PGUSER ?? 'postgres', database: process.env.DATABASE_NAME });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1, $2)', lockKey('schedule'));
      const campaign = await a.strapi.documents(CAMPAIGN).create({
        data: {
          title: 'Tuần lễ chuyển đổi số của Hà Nội',
          slug: 'tuan-le-chuyen-doi-so-ha-noi',
          description: 'Chiến dịch toàn quốc, lên theo lịch.',
          startDate: '2026-12-10',
          endDate: '2026-12-20',
          national: true,
          publishAt: new Date(Date.now() + 1_000).toISOString(),
        },
        locale: 'vi',
      } as any);
      const publishes = async () =>
        (await rows("select id from column57_change_notices where action = 'publish' and changed_document = ?", [campaign.documentId]))
          .length;
      // Due, and both instances tick every second: neither runs the schedule while the lock is held.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(await publishes()).toBe(0);
      await holder.query('select pg_advisory_unlock($1, $2)', lockKey('schedule'));
      await waitFor('the scheduled campaign to go up once the lock is free', async () => (await publishes()) > 0, 30_000);
      // Both keep ticking after it went up; none publishes it again.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await publishes()).toBe(1);
      const audited = await rows("select id from column57_audit_log where action = 'publish' and document_id = ?", [campaign.documentId]);
      expect(audited).toHaveLength(1);
    } finally {
      await holder.end();
    }
  });

  it('leaves a round to the instance holding the lock, and runs it once the lock is free', async () => {
    const other = new Client({ host: '127.0.0.1', user: process.env.PGUSER ?? 'postgres', database: process.env.DATABASE_NAME });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock($1, $2)', lockKey('schedule'));
      let ran = 0;
      expect(await exclusive(a.strapi, 'schedule', async () => ++ran)).toEqual({ ran: false });
      await other.query('select pg_advisory_unlock($1, $2)', lockKey('schedule'));
      expect(await exclusive(a.strapi, 'schedule', async () => ++ran)).toEqual({ ran: true, value: 1 });
    } finally {
      await other.end();
    }
  });
});
