import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';

// The outbox of column changes (cms/src/publishing/outbox.ts) against a real Strapi: a committed change is a
// row, a refused one is none; build workers claim through the secret-guarded routes, a claim held by one
// worker is not given to another until its lease ends, the same worker restarted takes its own back, and
// two workers claiming at once share the rows without overlap.

const SECRET = 'khoa-hang-doi-thu-nghiem-57';
const CHANGES = '/api/column57/changes';

describe.each(DATABASES)('the outbox of column changes (%s)', (database) => {
  let cms: RunningCms;
  let publisher: AdminSession;
  const call = async (path: string, body?: unknown, secret = SECRET) => {
    const response = await fetch(`${cms.url}${CHANGES}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const claim = async (worker: string, leaseMs = 60_000) => (await call('/claim', { worker, leaseMs })).body.data.changes as any[];
  const waiting = async () => (await call('')).body.data.count as number;
  const publishArticle = async (title: string, slug: string) => {
    const made = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, {
      title,
      slug,
      summary: `Tóm tắt: ${title}.`,
      content: `Nội dung về chuyển đổi số: ${title}.`,
      publishDate: '2026-12-01',
      channel: 'portal',
    });
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201);
    await submitForReview(publisher, ARTICLE, made.body.data.documentId);
    expect((await publisher.post(`${CM}/${ARTICLE}/${made.body.data.documentId}/actions/publish?locale=vi`, {})).status).toBe(200);
    return made.body.data.documentId as string;
  };

  beforeAll(async () => {
    // A secret and no hook address: the CMS keeps the outbox and pushes nothing.
    cms = await startCms({ database, seedBodies: ['hanoi'], env: { COLUMN57_BUILD_HOOK_SECRET: SECRET } });
    publisher = await accountFor(cms, 'duyet@hanoi-outbox.test', 'body-publisher', 'hanoi');
  });
  afterAll(async () => cms?.stop());

  it('keeps out whoever lacks the secret, and names what a worker must send, in Vietnamese first', async () => {
    expect((await call('/claim', { worker: 'a' }, 'sai')).status).toBe(401);
    expect((await fetch(`${cms.url}${CHANGES}`)).status).toBe(401);
    const nameless = await call('/claim', {});
    expect(nameless.status).toBe(400);
    expect(nameless.body.error.message).toMatch(/^trường "worker" bắt buộc.*\/ the "worker" field is required/);
    expect((await call('/done', { worker: 'a', ids: ['một'] })).body.error.message).toContain('"ids"');
    expect((await call('/claim', { worker: 'a', leaseMs: 5 })).body.error.message).toContain('"leaseMs"');
  });

  it('records a committed change with the columns it touches, and nothing for a refused one', async () => {
    // What setting the test up wrote (none of it touches a column, but the queue starts empty either way).
    await call('/done', { worker: 'don-dep', ids: (await claim('don-dep')).map((c) => c.id) });
    expect(await waiting()).toBe(0);

    const id = await publishArticle('Hà Nội số hóa hồ sơ đất đai', 'so-hoa-ho-so-dat-dai');
    const [change] = await claim('tho-dung-1');
    expect(change).toMatchObject({ uid: ARTICLE, action: 'publish', documentId: id, bodies: ['hanoi'] });
    expect(Date.parse(change.at)).toBeGreaterThan(Date.now() - 60_000);
    await call('/done', { worker: 'tho-dung-1', ids: [change.id] });

    // A publish refused (a draft without the summary a live article needs): no row.
    const draft = await publisher.post(`${CM}/${ARTICLE}?locale=vi`, { title: 'Bản nháp chưa đủ', slug: 'ban-nhap-chua-du' });
    expect(draft.status).toBe(201);
    const refused = await publisher.post(`${CM}/${ARTICLE}/${draft.body.data.documentId}/actions/publish?locale=vi`, {});
    expect(refused.status).toBe(400);
    expect(await waiting()).toBe(0);
  });

  it('gives a held change to no other worker until its lease ends, and back to its own worker at once', async () => {
    await publishArticle('Trung tâm dữ liệu dùng chung của thành phố', 'trung-tam-du-lieu-dung-chung');
    const [held] = await claim('tho-dung-a', 1_500);
    expect(held.bodies).toEqual(['hanoi']);
    expect(await claim('tho-dung-b')).toEqual([]);
    // Worker A restarted under the same name resumes what it held.
    expect((await claim('tho-dung-a', 1_500)).map((c) => c.id)).toEqual([held.id]);
    // A's lease runs out (it died): B takes it, and A can no longer mark it built.
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    expect((await claim('tho-dung-b')).map((c) => c.id)).toEqual([held.id]);
    expect((await call('/done', { worker: 'tho-dung-a', ids: [held.id] })).body.data.changes).toBe(0);
    expect(await waiting()).toBe(1);
    // Released by B (a build it could not do), it is anyone's again; built by C, it is gone from the queue.
    expect((await call('/release', { worker: 'tho-dung-b', ids: [held.id] })).body.data.changes).toBe(1);
    expect((await claim('tho-dung-c')).map((c) => c.id)).toEqual([held.id]);
    expect((await call('/done', { worker: 'tho-dung-c', ids: [held.id] })).body.data.changes).toBe(1);
    expect(await waiting()).toBe(0);
  });

  it('lets two workers claiming at once share the changes without overlap', async () => {
    for (let i = 1; i <= 6; i++) await publishArticle(`Tin số ${i} về đổi mới sáng tạo`, `tin-so-${i}-doi-moi`);
    const [a, b] = await Promise.all([claim('song-song-a'), claim('song-song-b')]);
    const ids = [...a, ...b].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(6);
    await call('/done', { worker: 'song-song-a', ids: a.map((c) => c.id) });
    await call('/done', { worker: 'song-song-b', ids: b.map((c) => c.id) });
    expect(await waiting()).toBe(0);
  });
});
