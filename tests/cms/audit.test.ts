import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';

const ExcelJS = createRequire(join(CMS_DIR, 'package.json'))('exceljs');
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
// The CMS trusts one proxy hop here: the address a proxy puts last in X-Forwarded-For is the one recorded.
const CLIENT = '203.113.7.57';

interface Entry {
  userEmail: string | null;
  action: string;
  type: string;
  documentId: string | null;
  locale: string | null;
  title: string | null;
  address: string | null;
  body: string | null;
  changes: Record<string, { before?: unknown; after?: unknown; secret?: true }>;
}

describe.each(DATABASES)('the audit log (%s)', (database) => {
  let cms: RunningCms;
  let hanoiEditor: AdminSession, hanoiPublisher: AdminSession, danangPublisher: AdminSession, admin: AdminSession;
  let hanoiArticle: string, danangArticle: string;
  const title = 'Hà Nội đẩy mạnh chuyển đổi số trong trường học';
  const edited = 'Hà Nội đẩy mạnh chuyển đổi số ở mọi trường học';
  const danangTitle = 'Đà Nẵng thử nghiệm trung tâm đổi mới sáng tạo';

  /** A request as from a client behind the portal's proxy. */
  async function viaProxy(session: AdminSession, method: string, path: string, body: unknown) {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json', 'X-Forwarded-For': CLIENT },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  }
  /** The editor sends the draft for review (the review rule), then the publisher publishes it. */
  async function publish(documentId: string) {
    expect((await hanoiEditor.post(`/column57/review/${ARTICLE}/${documentId}/submit`, {})).status).toBe(200);
    return hanoiPublisher.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=vi`, {});
  }
  const entriesFor = async (session: AdminSession, query = '') => {
    const answer = await session.get(`/column57/audit${query}`);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
    return answer.body.entries as Entry[];
  };

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hanoi', 'danang'], env: { CRON_ENABLED: 'false', TRUSTED_PROXY_HOPS: '1' } });
    [hanoiEditor, hanoiPublisher, danangPublisher, admin] = await Promise.all([
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'duyet@danang.test', 'body-publisher', 'danang'),
      accountFor(cms, 'quantri@column57.test', 'administrator'),
    ]);
    const article = {
      slug: 'chuyen-doi-so-truong-hoc',
      summary: 'Tóm tắt.',
      content: 'Nội dung đầu.',
      publishDate: '2026-11-20',
      channel: 'portal',
    };
    const created = await viaProxy(hanoiEditor, 'POST', `${CM}/${ARTICLE}?locale=vi`, { ...article, title });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    hanoiArticle = created.body.data.documentId;
    expect((await hanoiEditor.put(`${CM}/${ARTICLE}/${hanoiArticle}?locale=vi`, { ...article, title: edited })).status).toBe(200);
    expect((await publish(hanoiArticle)).status).toBe(200);
    const other = await danangPublisher.post(`${CM}/${ARTICLE}?locale=vi`, { ...article, slug: 'trung-tam-doi-moi', title: danangTitle });
    expect(other.status).toBe(201);
    danangArticle = other.body.data.documentId;
    expect((await danangPublisher.delete(`${CM}/${ARTICLE}/${danangArticle}?locale=vi`)).status).toBe(200);
    const form = new FormData();
    form.append('files', new Blob([TINY_PNG], { type: 'image/png' }), 'anh-le-khai-giang.png');
    expect((await hanoiEditor.post('/upload', form)).status).toBe(201);
  }, 300_000);
  afterAll(() => cms?.stop());

  it('records who edited, published, deleted and uploaded what, from which address, with before and after', async () => {
    const entries = await entriesFor(admin);
    const on = (action: string, documentId: string) => entries.filter((e) => e.action === action && e.documentId === documentId);
    const [create] = on('create', hanoiArticle);
    expect(create).toMatchObject({ userEmail: 'bientap@hanoi.test', type: ARTICLE, locale: 'vi', title, address: CLIENT });
    expect(create.changes.title).toEqual({ before: null, after: title });
    const [update] = on('update', hanoiArticle);
    expect(update).toMatchObject({ userEmail: 'bientap@hanoi.test', title: edited });
    expect(update.changes.title).toEqual({ before: title, after: edited });
    expect(update.changes.summary, 'a field left as it was is not listed').toBeUndefined();
    expect(update.address).toMatch(/127\.0\.0\.1|::1/);
    expect(on('publish', hanoiArticle)[0]).toMatchObject({ userEmail: 'duyet@hanoi.test', title: edited });
    const [deleted] = on('delete', danangArticle);
    expect(deleted).toMatchObject({ userEmail: 'duyet@danang.test', title: danangTitle });
    expect(deleted.changes.title).toEqual({ before: danangTitle, after: null });
    const upload = entries.find((e) => e.action === 'upload');
    expect(upload).toMatchObject({ userEmail: 'bientap@hanoi.test', type: 'plugin::upload.file', title: 'anh-le-khai-giang.png' });
    expect(entries.filter((e) => e.action === 'login').map((e) => e.userEmail)).toEqual(
      expect.arrayContaining(['bientap@hanoi.test', 'duyet@hanoi.test', 'quantri@column57.test']),
    );
  });

  it("records an account's role and password changes, the password only as changed", async () => {
    const roles = await admin.get('/admin/roles');
    const publisherRole = roles.body.data.find((r: any) => r.code === 'column57-body-publisher');
    const me = await cms.strapi.db.query('admin::user').findOne({ where: { email: 'bientap@hanoi.test' } });
    const password = 'Mật-khẩu-mới-đủ-dài-2026';
    const changed = await admin.put(`/admin/users/${me.id}`, { roles: [publisherRole.id], password });
    expect(changed.status, JSON.stringify(changed.body).slice(0, 300)).toBe(200);
    const entries = await entriesFor(admin, `?type=admin::user&action=update`);
    const entry = entries.find((e) => e.documentId === String(me.id))!;
    expect(entry.userEmail).toBe('quantri@column57.test');
    expect(entry.changes.roles).toEqual({ before: ['column57-body-editor'], after: ['column57-body-publisher'] });
    expect(entry.changes.password).toEqual({ secret: true });
    const stored = await cms.strapi.db.connection('column57_audit_log').select('changes');
    expect(stored.map((r: any) => r.changes).join(''), 'no password or its hash is ever stored').not.toContain(password);
    expect(stored.map((r: any) => r.changes).join('')).not.toContain(me.password);
  });

  it('refuses to change or remove an entry, even through the database connection', async () => {
    const table = () => cms.strapi.db.connection('column57_audit_log');
    const count = Number((await table().count({ n: '*' }))[0].n);
    await expect(table().update({ title: 'Sửa trộm' })).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(table().del()).rejects.toThrow(/chỉ được ghi thêm/);
    expect(Number((await table().count({ n: '*' }))[0].n)).toBe(count);
    expect((await table().where({ title: 'Sửa trộm' })).length).toBe(0);
  });

  it("shows a body's publisher only that body's entries, the administrator all, and editors none", async () => {
    const hanoi = await entriesFor(hanoiPublisher);
    expect(hanoi.some((e) => e.documentId === hanoiArticle)).toBe(true);
    expect(hanoi.some((e) => e.documentId === danangArticle || e.userEmail === 'duyet@danang.test')).toBe(false);
    const danang = await entriesFor(danangPublisher);
    expect(danang.some((e) => e.documentId === danangArticle)).toBe(true);
    expect(danang.some((e) => e.documentId === hanoiArticle || e.title === 'anh-le-khai-giang.png')).toBe(false);
    const all = await entriesFor(admin);
    expect(all.some((e) => e.documentId === danangArticle) && all.some((e) => e.documentId === hanoiArticle)).toBe(true);
    const refused = await (await accountFor(cms, 'bientap@danang.test', 'body-editor', 'danang')).get('/column57/audit');
    expect(refused.status).toBe(403);
    const filtered = await entriesFor(admin, `?action=publish&type=${ARTICLE}`);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((e) => e.action === 'publish' && e.type === ARTICLE)).toBe(true);
    const bad = await admin.get('/column57/audit?month=11-2026');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^month: "11-2026" không phải một tháng/);
  });

  it("exports the month as CSV and XLSX holding that month's entries", async () => {
    // The month as Vietnam counts it, as the log files entries.
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const csv = await hanoiPublisher.bytes(`/column57/audit/export?month=${month}&format=csv`);
    expect(csv.status).toBe(200);
    const rows: string[][] = parseCsv(csv.body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0][0]).toMatch(/Thời điểm/);
    expect(rows.some((r) => r.includes(edited) && r.some((c) => c.includes('Sửa')))).toBe(true);
    expect(rows.some((r) => r.includes(danangTitle))).toBe(false);
    const xlsx = await admin.bytes(`/column57/audit/export?month=${month}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const values: string[] = [];
    workbook.worksheets[0].eachRow((row: any) => values.push(row.values.slice(1).map(String).join('|')));
    expect(values[0]).toContain(month);
    expect(values.some((v) => v.includes(danangTitle) && v.includes('Xoá'))).toBe(true);
    expect(values.some((v) => v.includes(edited) && v.includes('Xuất bản'))).toBe(true);
    const none = await admin.bytes(`/column57/audit/export?month=2025-01&format=xlsx`);
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(none.body);
    expect(empty.worksheets[0].rowCount, 'a month without entries has only the title and the header').toBe(2);
  });

  it('keeps every published version, compares two and restores one as the draft, for its own body only', async () => {
    const third = 'Hà Nội phủ sóng chuyển đổi số tới mọi trường học';
    const url = `${CM}/${ARTICLE}/${hanoiArticle}`;
    expect((await hanoiEditor.put(`${url}?locale=vi`, { title: third, content: 'Nội dung mới có số liệu.' })).status).toBe(200);
    expect((await publish(hanoiArticle)).status).toBe(200);
    const history = `/column57/history/${ARTICLE}/${hanoiArticle}`;
    const list = await hanoiEditor.get(`${history}?locale=vi`);
    expect(list.status, JSON.stringify(list.body).slice(0, 300)).toBe(200);
    expect(list.body.versions.map((v: any) => [v.version, v.title, v.userEmail])).toEqual([
      [1, edited, 'duyet@hanoi.test'],
      [2, third, 'duyet@hanoi.test'],
    ]);
    const compared = await hanoiEditor.get(`${history}/compare?locale=vi&from=1&to=2`);
    expect(compared.status).toBe(200);
    const titleDiff = compared.body.fields.find((f: any) => f.name === 'title');
    expect(titleDiff).toMatchObject({ before: edited, after: third });
    expect(titleDiff.parts.filter((p: any) => p.removed).map((p: any) => p.value.trim())).toContain('đẩy mạnh');
    expect(titleDiff.parts.filter((p: any) => p.added).map((p: any) => p.value.trim())).toContain('phủ sóng');
    expect(compared.body.fields.map((f: any) => f.name)).toEqual(['content', 'title']);

    const restored = await hanoiEditor.post(`${history}/restore?locale=vi`, { version: 1 });
    expect(restored.status, JSON.stringify(restored.body).slice(0, 300)).toBe(200);
    const draft = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: hanoiArticle, locale: 'vi', publishedAt: null } });
    const live = await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: hanoiArticle, locale: 'vi', publishedAt: { $notNull: true } } });
    expect([draft.title, draft.content]).toEqual([edited, 'Nội dung đầu.']);
    expect([live.title, live.content], 'the published version is left as it was').toEqual([third, 'Nội dung mới có số liệu.']);
    const restoreEntry = (await entriesFor(hanoiPublisher, '?action=restore')).find((e) => e.documentId === hanoiArticle);
    expect(restoreEntry).toMatchObject({ userEmail: 'bientap@hanoi.test', changes: { version: { before: null, after: 1 } } });

    // Another body's publisher is told the document does not exist, and nothing changes.
    for (const answer of [
      await danangPublisher.get(`${history}?locale=vi`),
      await danangPublisher.get(`${history}/compare?locale=vi&from=1&to=2`),
      await danangPublisher.post(`${history}/restore?locale=vi`, { version: 2 }),
    ])
      expect(answer.status).toBe(404);
    const after = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: hanoiArticle, locale: 'vi', publishedAt: null } });
    expect(after.title).toBe(edited);
    const missing = await hanoiEditor.post(`${history}/restore?locale=vi`, { version: 9 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^version: phiên bản "9" không có/);
  });
});
