import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';

const DOCUMENT = 'api::resolution-document.resolution-document';
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Refused: 403 or 404, and nothing of the entry in the answer. */
function expectDenied(response: { status: number; body: any }, secret?: string) {
  expect([401, 403, 404], JSON.stringify(response.body).slice(0, 300)).toContain(response.status);
  if (secret) expect(JSON.stringify(response.body)).not.toContain(secret);
}

describe.each(DATABASES)('editors of one body cannot touch another body (%s)', (database) => {
  let cms: RunningCms;
  let hanoiEditor: AdminSession, hanoiPublisher: AdminSession, mstEditor: AdminSession, mstPublisher: AdminSession, national: AdminSession;
  let hanoiBody: string, mstBody: string;
  let mstPublishedId: string, mstDraftId: string, hanoiArticleIds: Set<string>;
  const mstDraftTitle = 'Bản nháp mật của Bộ Khoa học và Công nghệ về đổi mới sáng tạo';

  const bodyOf = async (documentId: string) => {
    const row = await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId, locale: 'vi' }, populate: { body: { select: ['slug'] } } });
    return row?.body?.slug;
  };
  const rows = (documentId: string) => cms.strapi.db.query(ARTICLE).findMany({ where: { documentId } });

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hanoi', 'mst'] });
    [hanoiEditor, hanoiPublisher, mstEditor, mstPublisher, national] = await Promise.all([
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@mst.test', 'body-editor', 'mst'),
      accountFor(cms, 'duyet@mst.test', 'body-publisher', 'mst'),
      accountFor(cms, 'toanquoc@column57.test', 'national-editor'),
    ]);
    hanoiBody = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } })).documentId;
    mstBody = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'mst' } })).documentId;
    const mstArticles = await cms.strapi
      .documents(ARTICLE)
      .findMany({ filters: { body: { slug: 'mst' } }, locale: 'en', status: 'published' });
    mstPublishedId = mstArticles[0].documentId; // has both a Vietnamese and an English version
    const hanoi = await cms.strapi.documents(ARTICLE).findMany({ filters: { body: { slug: 'hanoi' } }, locale: 'vi' });
    hanoiArticleIds = new Set(hanoi.map((a: any) => a.documentId));
    const created = await mstEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: mstDraftTitle,
      slug: 'ban-nhap-mat',
      summary: 'Chưa công bố.',
      content: 'Nội dung nháp.',
      publishDate: '2026-11-20',
      channel: 'portal',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    mstDraftId = created.body.data.documentId;
  });
  afterAll(async () => cms?.stop());

  describe('list views', () => {
    it("lists only the own body's articles, in every locale", async () => {
      for (const locale of ['vi', 'en']) {
        const res = await hanoiEditor.get(`${CM}/${ARTICLE}?page=1&pageSize=100&locale=${locale}`);
        expect(res.status).toBe(200);
        expect(res.body.results.length).toBeGreaterThan(0);
        for (const entry of res.body.results) expect(hanoiArticleIds.has(entry.documentId), entry.title).toBe(true);
        expect(JSON.stringify(res.body)).not.toContain(mstDraftTitle);
      }
    });

    it('a filter or search aimed at another body finds nothing', async () => {
      // The body field is not the editor's to filter on: the filter is dropped, and the list stays their own.
      const filtered = await hanoiEditor.get(`${CM}/${ARTICLE}?page=1&pageSize=100&locale=vi&filters[$and][0][body][slug][$eq]=mst`);
      if (filtered.status === 200) {
        for (const entry of filtered.body.results) expect(hanoiArticleIds.has(entry.documentId)).toBe(true);
      } else expectDenied(filtered);
      const searched = await hanoiEditor.get(`${CM}/${ARTICLE}?page=1&pageSize=100&locale=vi&_q=${encodeURIComponent('Bản nháp mật')}`);
      expect(searched.status).toBe(200);
      expect(searched.body.results).toEqual([]);
    });

    it("the other body's editor sees its own draft", async () => {
      const res = await mstEditor.get(`${CM}/${ARTICLE}?page=1&pageSize=100&locale=vi`);
      expect(res.body.results.map((r: any) => r.documentId)).toContain(mstDraftId);
    });
  });

  describe('edit view and locales', () => {
    it("cannot open another body's published article or its draft, in any locale", async () => {
      expectDenied(await hanoiEditor.get(`${CM}/${ARTICLE}/${mstPublishedId}?locale=vi`));
      expectDenied(await hanoiEditor.get(`${CM}/${ARTICLE}/${mstPublishedId}?locale=en`));
      expectDenied(await hanoiEditor.get(`${CM}/${ARTICLE}/${mstDraftId}?locale=vi&status=draft`), mstDraftTitle);
      expectDenied(await hanoiPublisher.get(`${CM}/${ARTICLE}/${mstDraftId}?locale=vi&status=published`), mstDraftTitle);
      expectDenied(await hanoiEditor.get(`${CM}/${ARTICLE}/${mstDraftId}/actions/countDraftRelations?locale=vi`));
    });

    it("cannot edit another body's article, nor add a locale to it", async () => {
      const before = JSON.stringify(await rows(mstPublishedId));
      expectDenied(await hanoiEditor.put(`${CM}/${ARTICLE}/${mstPublishedId}?locale=vi`, { title: 'Đã bị sửa trái phép' }));
      expectDenied(await hanoiPublisher.put(`${CM}/${ARTICLE}/${mstPublishedId}?locale=en`, { title: 'Changed without leave' }));
      expect(JSON.stringify(await rows(mstPublishedId))).toBe(before);
      expectDenied(
        await hanoiEditor.put(`${CM}/${ARTICLE}/${mstDraftId}?locale=en`, {
          title: 'New English locale',
          slug: 'x',
          summary: 'x',
          content: 'x',
          publishDate: '2026-11-20',
        }),
      );
      expect((await rows(mstDraftId)).map((r: any) => r.locale)).toEqual(['vi']);
    });

    it("cannot clone another body's article", async () => {
      expectDenied(await hanoiEditor.post(`${CM}/${ARTICLE}/clone/${mstPublishedId}?locale=vi`, { slug: 'ban-sao' }));
    });
  });

  describe('publishing and deleting', () => {
    it('a body editor cannot publish, even their own draft', async () => {
      const own = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
        title: 'Bài nháp của Hà Nội',
        slug: 'bai-nhap-ha-noi',
        summary: 'Tóm tắt.',
        content: 'Nội dung.',
        publishDate: '2026-11-21',
        channel: 'portal',
      });
      expect(own.status).toBe(201);
      expectDenied(await hanoiEditor.post(`${CM}/${ARTICLE}/${own.body.data.documentId}/actions/publish?locale=vi`, {}));
      await submitForReview(hanoiEditor, ARTICLE, own.body.data.documentId);
      const published = await hanoiPublisher.post(`${CM}/${ARTICLE}/${own.body.data.documentId}/actions/publish?locale=vi`, {});
      expect(published.status, JSON.stringify(published.body)).toBe(200);
    });

    it("a publisher cannot publish, unpublish, discard or delete another body's content", async () => {
      expectDenied(await hanoiPublisher.post(`${CM}/${ARTICLE}/${mstDraftId}/actions/publish?locale=vi`, {}));
      expectDenied(await hanoiPublisher.post(`${CM}/${ARTICLE}/${mstPublishedId}/actions/unpublish?locale=vi`, {}));
      expectDenied(await hanoiPublisher.post(`${CM}/${ARTICLE}/${mstPublishedId}/actions/discard?locale=vi`, {}));
      expectDenied(await hanoiPublisher.delete(`${CM}/${ARTICLE}/${mstPublishedId}?locale=vi`));
      const published = await cms.strapi.db
        .query(ARTICLE)
        .count({ where: { documentId: mstPublishedId, publishedAt: { $notNull: true } } });
      expect(published).toBe(2); // vi and en still published
      expect(await cms.strapi.db.query(ARTICLE).count({ where: { documentId: mstDraftId, publishedAt: { $notNull: true } } })).toBe(0);
    });

    it("bulk actions skip another body's entries", async () => {
      for (const action of ['bulkDelete', 'bulkPublish', 'bulkUnpublish']) {
        const res = await hanoiPublisher.post(`${CM}/${ARTICLE}/actions/${action}?locale=vi`, {
          documentIds: [mstPublishedId, mstDraftId],
        });
        if (res.status === 200) expect(res.body.count ?? res.body.data?.count ?? 0).toBe(0);
        else expectDenied(res);
      }
      expect((await rows(mstPublishedId)).length).toBe(4); // draft + published, in vi and en
      expect(await cms.strapi.db.query(ARTICLE).count({ where: { documentId: mstDraftId, publishedAt: { $notNull: true } } })).toBe(0);
    });
  });

  describe('ownership comes from the account', () => {
    it("a new article belongs to the editor's body whatever the request says", async () => {
      const res = await hanoiEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
        title: 'Thử gán cho Bộ Khoa học và Công nghệ',
        slug: 'thu-gan-cho-bo',
        summary: 'Thử.',
        content: 'Thử.',
        publishDate: '2026-11-21',
        channel: 'portal',
        body: { connect: [{ documentId: mstBody }] },
      });
      expect(res.status).toBe(201);
      expect(await bodyOf(res.body.data.documentId)).toBe('hanoi');
    });

    it('an edit cannot move an article to another body', async () => {
      const own = [...hanoiArticleIds][0];
      const res = await hanoiPublisher.put(`${CM}/${ARTICLE}/${own}?locale=vi`, {
        body: { connect: [{ documentId: mstBody }] },
        byline: 'Phóng viên',
      });
      expect([200, 400, 403]).toContain(res.status);
      expect(await bodyOf(own)).toBe('hanoi');
      expect(hanoiBody).toBeTruthy();
    });
  });

  describe('relation pickers', () => {
    it("offer only the own body's articles and never another body's drafts", async () => {
      const res = await hanoiEditor.get(`/content-manager/relations/${ARTICLE}/relatedArticles?locale=vi&pageSize=100`);
      expect(res.status).toBe(200);
      expect(res.body.results.length).toBeGreaterThan(0);
      for (const entry of res.body.results)
        expect(hanoiArticleIds.has(entry.documentId) || (await bodyOf(entry.documentId)) === 'hanoi').toBe(true);
      const searched = await hanoiEditor.get(
        `/content-manager/relations/${ARTICLE}/relatedArticles?locale=vi&pageSize=100&_q=${encodeURIComponent('Bản nháp mật')}`,
      );
      expect(searched.body.results ?? []).toEqual([]);
    });

    it("do not reveal another body's existing relations", async () => {
      const res = await hanoiEditor.get(`/content-manager/relations/${ARTICLE}/${mstPublishedId}/relatedDocuments?locale=vi`);
      if (res.status === 200) {
        for (const entry of res.body.results) expect(entry.title).toBeUndefined();
      } else expectDenied(res);
    });

    it('offer national documents to link to', async () => {
      const resolution57 = await cms.strapi.db.query(DOCUMENT).findOne({ where: { slug: '57-nq-tw' } });
      const res = await hanoiEditor.get(`/content-manager/relations/${ARTICLE}/relatedDocuments?locale=vi&pageSize=100`);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: any) => r.documentId)).toContain(resolution57.documentId);
    });
  });

  describe('media library', () => {
    it('a body sees and edits only files uploaded by its own people', async () => {
      const form = new FormData();
      form.append('files', new Blob([TINY_PNG], { type: 'image/png' }), 'anh-ha-noi.png');
      form.append('fileInfo', JSON.stringify({ name: 'anh-ha-noi.png', alternativeText: 'Ảnh thử của Hà Nội' }));
      const uploaded = await hanoiEditor.post('/upload', form);
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
      const fileId = uploaded.body[0].id;
      const mine = await hanoiPublisher.get('/upload/files?pageSize=100');
      expect(mine.body.results.map((f: any) => f.id)).toContain(fileId);
      const theirs = await mstEditor.get('/upload/files?pageSize=100');
      expect((theirs.body.results ?? []).map((f: any) => f.id)).not.toContain(fileId);
      expectDenied(await mstEditor.get(`/upload/files/${fileId}`));
      const rename = new FormData();
      rename.append('fileInfo', JSON.stringify({ name: 'doi-ten.png', alternativeText: 'x' }));
      expectDenied(await mstEditor.post(`/upload?id=${fileId}`, rename));
      expect((await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } })).name).toBe('anh-ha-noi.png');
    });

    it("cannot attach media to another body's article", async () => {
      const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { name: { $startsWith: 'cover-' } } });
      expectDenied(await hanoiEditor.put(`${CM}/${ARTICLE}/${mstPublishedId}?locale=vi`, { cover: file.id }));
    });
  });

  describe('national content', () => {
    it('body editors read national documents but cannot change them', async () => {
      const doc = await cms.strapi.db.query(DOCUMENT).findOne({ where: { slug: '57-nq-tw', locale: 'vi', publishedAt: { $null: true } } });
      const read = await hanoiEditor.get(`${CM}/${DOCUMENT}/${doc.documentId}?locale=vi`);
      expect(read.status).toBe(200);
      expectDenied(await hanoiEditor.put(`${CM}/${DOCUMENT}/${doc.documentId}?locale=vi`, { summary: 'Sửa trái phép' }));
      expectDenied(await hanoiPublisher.post(`${CM}/${DOCUMENT}/${doc.documentId}/actions/unpublish?locale=vi`, {}));
    });

    it("the national editor edits national documents but not a body's articles", async () => {
      const doc = await cms.strapi.db
        .query(DOCUMENT)
        .findOne({ where: { slug: '1169-qd-ttg', locale: 'vi', publishedAt: { $null: true } } });
      const res = await national.put(`${CM}/${DOCUMENT}/${doc.documentId}?locale=vi`, { signer: 'Nguyễn Chí Dũng' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expectDenied(await national.get(`${CM}/${ARTICLE}/${mstPublishedId}?locale=vi`));
      expectDenied(await national.put(`${CM}/${ARTICLE}/${mstPublishedId}?locale=vi`, { title: 'x' }));
      const list = await national.get(`${CM}/${ARTICLE}?page=1&pageSize=10&locale=vi`);
      if (list.status === 200) expect(list.body.results).toEqual([]);
      else expectDenied(list);
    });
  });

  describe('Content API', () => {
    it('serves content only through the snapshot endpoint, and only to API tokens', async () => {
      const noAuth = await fetch(`${cms.url}/api/column57/snapshot/mst`);
      expect([401, 403]).toContain(noAuth.status);
      const withAdminJwt = await fetch(`${cms.url}/api/column57/snapshot/mst`, {
        headers: { Authorization: `Bearer ${mstPublisher.token}` },
      });
      expect([401, 403]).toContain(withAdminJwt.status);
      for (const path of ['/api/articles', '/api/articles?status=draft', `/api/articles/${mstDraftId}`]) {
        const res = await fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${hanoiPublisher.token}` } });
        expect([401, 403, 404, 405]).toContain(res.status);
        expect(await res.text()).not.toContain(mstDraftTitle);
      }
    });

    it('the snapshot never carries drafts', async () => {
      const { accessKey } = await cms.strapi
        .service('admin::api-token')
        .create({ name: 'thử snapshot', type: 'read-only', lifespan: null });
      const res = await fetch(`${cms.url}/api/column57/snapshot/mst`, { headers: { Authorization: `Bearer ${accessKey}` } });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain(mstDraftTitle);
      expect(JSON.parse(text).data.articles.length).toBeGreaterThanOrEqual(12);
    });
  });
});
