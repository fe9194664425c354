import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';

// The paths a review found open, each tried as the attacker did it: a new locale on a foreign document,
// relations to foreign drafts and secret tasks, media and folders of another body, the i18n endpoint.

const DOCUMENT = 'api::resolution-document.resolution-document';
const CAMPAIGN = 'api::campaign.campaign';
const TASK = 'api::st-task.st-task';
const FILE = 'plugin::upload.file';
const FOLDER = 'plugin::upload.folder';
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function expectRefused(response: { status: number; body: any }, ...secrets: string[]) {
  expect([400, 401, 403, 404], JSON.stringify(response.body).slice(0, 300)).toContain(response.status);
  for (const secret of secrets) expect(JSON.stringify(response.body)).not.toContain(secret);
}

const upload = async (session: AdminSession, name: string, fileInfo: Record<string, unknown> = {}) => {
  const form = new FormData();
  form.append('files', new Blob([TINY_PNG], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText: `Ảnh ${name}`, ...fileInfo }));
  return session.post('/upload', form);
};

describe.each(DATABASES)('attacks across bodies are refused (%s)', (database) => {
  let cms: RunningCms;
  let admin: AdminSession, hanoiEditor: AdminSession, hanoiPublisher: AdminSession, mstEditor: AdminSession, national: AdminSession;
  let mstDraftId: string, ownArticleId: string;
  let secretTask: { id: number; documentId: string; title: string; code: string };
  const mstDraftTitle = 'Dự thảo riêng của Bộ về đề án đổi mới sáng tạo đặc biệt';

  /** Every row of a document, as stored: locale, owner and whether published. */
  const stored = async (uid: string, documentId: string) => {
    const rows = await cms.strapi.db.query(uid as any).findMany({
      where: { documentId },
      populate: { body: { select: ['slug'] } },
      orderBy: [{ locale: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r: any) => ({
      locale: r.locale,
      body: r.body?.slug ?? null,
      national: r.national ?? null,
      title: r.title,
      published: !!r.publishedAt,
    }));
  };

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hanoi', 'mst'] });
    [admin, hanoiEditor, hanoiPublisher, mstEditor, national] = await Promise.all([
      accountFor(cms, 'quantri@column57.test', 'administrator'),
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@mst.test', 'body-editor', 'mst'),
      accountFor(cms, 'toanquoc@column57.test', 'national-editor'),
    ]);
    const draft = await mstEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: mstDraftTitle,
      slug: 'du-thao-rieng',
      summary: 'Chưa công bố.',
      content: 'Nội dung nháp.',
      publishDate: '2026-11-20',
      channel: 'portal',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    mstDraftId = draft.body.data.documentId;
    const own = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Bài của Hà Nội về chuyển đổi số',
      slug: 'bai-cua-ha-noi',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-21',
      channel: 'portal',
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    ownArticleId = own.body.data.documentId;
    const task = await cms.strapi.db.query(TASK).findOne({ where: { secret: true, body: { slug: 'mst' }, publishedAt: { $null: true } } });
    expect(task, 'the demo seed has a secret task of MST').toBeTruthy();
    // Every body of the demo has the same tasks: MST's secret one gets words of its own.
    await cms.strapi.db.query(TASK).updateMany({
      where: { documentId: task.documentId },
      data: { title: 'Nhiệm vụ mật về mã hoá', code: 'MẬT.57' },
    });
    secretTask = { ...task, title: 'Nhiệm vụ mật về mã hoá', code: 'MẬT.57' };
  });
  afterAll(async () => cms?.stop());

  describe("a new locale on another body's document", () => {
    const takeOver = async (actor: AdminSession, uid: string, documentId: string, data: Record<string, unknown>) => {
      const before = await stored(uid, documentId);
      const created = await actor.post(`${CM}/${uid}?locale=en`, { ...data, documentId });
      expectRefused(created);
      const vi = await actor.put(`${CM}/${uid}/${documentId}?locale=vi`, { title: 'Đã bị chiếm' });
      expectRefused(vi);
      expectRefused(await actor.post(`${CM}/${uid}/${documentId}/actions/publish?locale=vi`, {}));
      expect(await stored(uid, documentId)).toEqual(before);
    };

    it("a publisher cannot take another body's article by adding a locale", async () => {
      await takeOver(hanoiPublisher, ARTICLE, mstDraftId, {
        title: 'Takeover',
        slug: 'takeover',
        summary: 'x',
        content: 'x',
        publishDate: '2026-11-20',
        channel: 'portal',
      });
      const published = await cms.strapi.db.query(ARTICLE).findOne({
        where: { body: { slug: 'mst' }, locale: 'vi', publishedAt: { $notNull: true } },
      });
      await takeOver(hanoiPublisher, ARTICLE, published.documentId, {
        title: 'Takeover',
        slug: 'takeover-2',
        summary: 'x',
        content: 'x',
        publishDate: '2026-11-20',
        channel: 'portal',
      });
    });

    it('a publisher cannot take a national document by adding a locale', async () => {
      const created = await national.post(`${CM}/${DOCUMENT}?locale=vi`, {
        number: '99/QĐ-BKHCN',
        title: 'Quyết định thử về đổi mới',
        slug: '99-qd-bkhcn',
        docType: 'decision',
        issuer: 'Bộ Khoa học và Công nghệ',
        issueDate: '2026-10-01',
        legalStatus: 'in-force',
        summary: 'Trích yếu thử.',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      await takeOver(hanoiPublisher, DOCUMENT, created.body.data.documentId, {
        number: '99/QĐ-BKHCN',
        title: 'Taken',
        slug: '99-qd-bkhcn',
        docType: 'decision',
        issuer: 'x',
        issueDate: '2026-10-01',
        legalStatus: 'in-force',
        summary: 'x',
      });
    });

    it("the national editor cannot take a body's campaign by adding a locale", async () => {
      const created = await hanoiPublisher.post(`${CM}/${CAMPAIGN}?locale=vi`, {
        title: 'Chiến dịch của Hà Nội',
        slug: 'chien-dich-ha-noi-thu',
        description: 'Mô tả.',
        startDate: '2026-11-01',
        endDate: '2026-12-31',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      await takeOver(national, CAMPAIGN, created.body.data.documentId, {
        title: 'Taken',
        slug: 'chien-dich-ha-noi-thu',
        description: 'x',
        startDate: '2026-11-01',
        endDate: '2026-12-31',
      });
    });

    it('the owner still adds an English locale to their own article, and it stays theirs', async () => {
      const res = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=en`, {
        documentId: ownArticleId,
        title: 'Hanoi on digital transformation',
        slug: 'hanoi-digital',
        summary: 'Summary.',
        content: 'Text.',
        publishDate: '2026-11-21',
        channel: 'portal',
      });
      expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
      expect((await stored(ARTICLE, ownArticleId)).map((r: any) => [r.locale, r.body])).toEqual([
        ['en', 'hanoi'],
        ['vi', 'hanoi'],
      ]);
    });
  });

  describe('relations to content the editor may not read', () => {
    const draftRow = () => cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: mstDraftId, locale: 'vi' } });

    it("cannot connect another body's draft or secret task, by documentId or by numeric id", async () => {
      const attempts = [
        { relatedArticles: { connect: [{ documentId: mstDraftId, locale: 'vi' }] } },
        { relatedArticles: { connect: [{ id: (await draftRow()).id }] } },
        { relatedArticles: [(await draftRow()).id] },
        { relatedTasks: { connect: [{ documentId: secretTask.documentId, locale: 'vi' }] } },
        { relatedTasks: { set: [{ id: secretTask.id }] } },
      ];
      for (const data of attempts) {
        const res = await hanoiEditor.put(`${CM}/${ARTICLE}/${ownArticleId}?locale=vi`, data);
        expectRefused(res, mstDraftTitle, secretTask.title);
      }
      const row = await cms.strapi.db.query(ARTICLE).findOne({
        where: { documentId: ownArticleId, locale: 'vi', publishedAt: { $null: true } },
        populate: ['relatedArticles', 'relatedTasks'],
      });
      expect(row.relatedArticles).toEqual([]);
      expect(row.relatedTasks).toEqual([]);
    });

    it("a new article cannot be created pointing at another body's draft", async () => {
      const res = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
        title: 'Bài trỏ sang bản nháp',
        slug: 'bai-tro-sang',
        summary: 'x',
        content: 'x',
        publishDate: '2026-11-21',
        channel: 'portal',
        relatedArticles: { connect: [{ documentId: mstDraftId, locale: 'vi' }] },
      });
      expectRefused(res, mstDraftTitle);
      expect(await cms.strapi.db.query(ARTICLE).count({ where: { slug: 'bai-tro-sang' } })).toBe(0);
    });

    it('relations made by someone else are not readable through populate, the edit view or the relations endpoint', async () => {
      // The administrator may link anything; what a Hanoi editor then reads must still be filtered.
      const linked = await admin.put(`${CM}/${ARTICLE}/${ownArticleId}?locale=vi`, {
        relatedArticles: { connect: [{ documentId: mstDraftId, locale: 'vi' }] },
        relatedTasks: { connect: [{ documentId: secretTask.documentId, locale: 'vi' }] },
      });
      expect(linked.status, JSON.stringify(linked.body)).toBe(200);
      const reads = [
        `${CM}/${ARTICLE}/${ownArticleId}?locale=vi`,
        `${CM}/${ARTICLE}/${ownArticleId}?locale=vi&populate=*`,
        `${CM}/${ARTICLE}/${ownArticleId}?locale=vi&populate[relatedArticles]=true&populate[relatedTasks]=true`,
        `${CM}/${ARTICLE}?page=1&pageSize=100&locale=vi&populate=*`,
        `/content-manager/relations/${ARTICLE}/${ownArticleId}/relatedArticles?locale=vi`,
        `/content-manager/relations/${ARTICLE}/${ownArticleId}/relatedTasks?locale=vi`,
        `/content-manager/relations/${ARTICLE}/${ownArticleId}/relatedArticles?locale=vi&status=draft`,
      ];
      for (const path of reads) {
        const res = await hanoiEditor.get(path);
        const text = JSON.stringify(res.body);
        expect(text, path).not.toContain(mstDraftTitle);
        expect(text, path).not.toContain(secretTask.title);
        expect(text, path).not.toContain(secretTask.code);
        expect(text, path).not.toContain(mstDraftId);
      }
    });

    it('nor through the relations of a related article, however deep the populate', async () => {
      // Article A links to the editor's own article B; the administrator linked MST's secret task to B.
      const b = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
        title: 'Bài liên quan của Hà Nội',
        slug: 'bai-lien-quan',
        summary: 'Tóm tắt.',
        content: 'Nội dung.',
        publishDate: '2026-11-22',
        channel: 'portal',
      });
      expect(b.status, JSON.stringify(b.body)).toBe(201);
      const bId = b.body.data.documentId;
      expect(
        (
          await admin.put(`${CM}/${ARTICLE}/${bId}?locale=vi`, {
            relatedTasks: { connect: [{ documentId: secretTask.documentId, locale: 'vi' }] },
          })
        ).status,
      ).toBe(200);
      const a = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
        title: 'Bài dẫn sang bài khác',
        slug: 'bai-dan-sang',
        summary: 'Tóm tắt.',
        content: 'Nội dung.',
        publishDate: '2026-11-22',
        channel: 'portal',
        relatedArticles: { connect: [{ documentId: bId, locale: 'vi' }] },
      });
      expect(a.status, JSON.stringify(a.body)).toBe(201);
      const deep = `${CM}/${ARTICLE}/${a.body.data.documentId}?locale=vi&populate[relatedArticles][populate][relatedTasks]=true`;
      const res = await hanoiEditor.get(deep);
      expect(JSON.stringify(res.body)).toContain('Bài liên quan của Hà Nội');
      expect(JSON.stringify(res.body)).not.toContain(secretTask.title);
      expect(JSON.stringify(res.body)).not.toContain(secretTask.code);
    });

    it("another body's secret task is not readable through its inverse relation", async () => {
      const res = await hanoiEditor.get(`/content-manager/relations/${TASK}/${secretTask.documentId}/articles?locale=vi`);
      expectRefused(res, secretTask.title);
    });
  });

  describe("the CMS's mail server", () => {
    it("is not an editor's to send from", async () => {
      for (const session of [hanoiEditor, hanoiPublisher, national]) {
        const res = await session.post('/email', {
          to: 'nguoi-nhan@example.com',
          subject: 'Thông báo giả mạo của Bộ',
          text: 'Hãy bấm vào liên kết.',
        });
        // Without the guard the CMS tried to deliver it (a 500 here, where no mail server is reachable).
        expect(res.status, JSON.stringify(res.body)).toBe(403);
      }
    });
  });

  describe('the i18n endpoint', () => {
    it("does not return the fields of another body's draft or secret task", async () => {
      const draft = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: mstDraftId, locale: 'vi' } });
      const a = await hanoiEditor.post('/i18n/content-manager/actions/get-non-localized-fields', {
        model: ARTICLE,
        id: draft.id,
        locale: 'en',
      });
      expectRefused(a, '2026-11-20');
      const t = await hanoiEditor.post('/i18n/content-manager/actions/get-non-localized-fields', {
        model: TASK,
        id: secretTask.id,
        locale: 'en',
      });
      expectRefused(t, secretTask.code);
    });
  });

  describe('media and folders belong to a body', () => {
    it("bulk-delete removes nobody else's files", async () => {
      const mstFile = await upload(mstEditor, 'anh-cua-bo.png');
      const adminFile = await upload(admin, 'anh-quan-tri.png');
      expect(mstFile.status).toBe(201);
      expect(adminFile.status).toBe(201);
      const ids = [mstFile.body[0].id, adminFile.body[0].id];
      const res = await hanoiEditor.post('/upload/actions/bulk-delete', { fileIds: ids });
      if (res.status === 200) expect(res.body.data?.files ?? []).toEqual([]);
      else expectRefused(res);
      expect(await cms.strapi.db.query(FILE).count({ where: { id: { $in: ids } } })).toBe(2);
      // The bytes too: the storage provider is asked to delete before the database row goes.
      for (const file of [mstFile.body[0], adminFile.body[0]]) expect((await fetch(`${cms.url}${file.url}`)).status, file.url).toBe(200);
      expectRefused(await hanoiEditor.delete(`/upload/files/${ids[0]}`));
      expect(await cms.strapi.db.query(FILE).count({ where: { id: ids[0] } })).toBe(1);
    });

    it("another body's folders cannot be listed, renamed, uploaded into, moved into or deleted", async () => {
      const made = await mstEditor.post('/upload/folders', { name: 'Ảnh hội thảo của Bộ', parent: null });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      const folder = made.body.data;
      const inside = await upload(mstEditor, 'trong-thu-muc.png', { folder: folder.id });
      expect(inside.status).toBe(201);
      const fileId = inside.body[0].id;

      for (const path of [
        '/upload/folders',
        '/upload/folder-structure',
        `/upload/folders/${folder.id}`,
        `/upload/files?folder=${folder.id}`,
      ]) {
        const res = await hanoiEditor.get(path);
        expect(JSON.stringify(res.body), path).not.toContain('Ảnh hội thảo của Bộ');
        expect(JSON.stringify(res.body), path).not.toContain('trong-thu-muc');
      }
      expectRefused(await hanoiEditor.put(`/upload/folders/${folder.id}`, { name: 'Đổi tên trái phép', parent: null }));
      const into = await upload(hanoiEditor, 'chen-vao.png', { folder: folder.id });
      if (into.status === 201) expect(into.body[0].folder?.id ?? null).not.toBe(folder.id);
      else expectRefused(into);
      const child = await hanoiEditor.post('/upload/folders', { name: 'Thư mục con chen vào', parent: folder.id });
      expectRefused(child);
      const own = await upload(hanoiEditor, 'anh-ha-noi.png');
      const moved = await hanoiEditor.post('/upload/actions/bulk-move', { fileIds: [own.body[0].id], destinationFolderId: folder.id });
      if (moved.status !== 200) expectRefused(moved);
      const taken = await hanoiEditor.post('/upload/actions/bulk-move', {
        fileIds: [fileId],
        folderIds: [folder.id],
        destinationFolderId: null,
      });
      if (taken.status !== 200) expectRefused(taken);
      expect((await cms.strapi.db.query(FILE).findOne({ where: { id: fileId } })).folderPath).toBe(folder.path);
      const bulk = await hanoiEditor.post('/upload/actions/bulk-delete', { folderIds: [folder.id] });
      if (bulk.status !== 200) expectRefused(bulk);

      const after = await cms.strapi.db.query(FOLDER).findOne({ where: { id: folder.id }, populate: ['files', 'children'] });
      expect(after.name).toBe('Ảnh hội thảo của Bộ');
      expect(after.files.map((f: any) => f.id)).toEqual([fileId]);
      expect(after.children).toEqual([]);
    });
  });
});
