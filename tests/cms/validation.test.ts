import { crc32, deflateSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { expectFieldError } from '../support/field-error.ts';
import { submitForReview } from '../support/review.ts';

const DOCUMENT = 'api::resolution-document.resolution-document';
const CAMPAIGN = 'api::campaign.campaign';

const article = (slug: string, extra: Record<string, unknown> = {}) => ({
  title: 'Hà Nội mở lớp "Bình dân học vụ số" cho người cao tuổi',
  slug,
  summary: 'Tóm tắt ngắn.',
  content: '## Nội dung\n\nNgười dân được hướng dẫn dùng dịch vụ công trực tuyến.',
  publishDate: '2026-11-21',
  channel: 'grassroots',
  ...extra,
});

/** A valid greyscale PNG of one colour: 1 bit a pixel, so huge dimensions deflate to a few kilobytes. */
function flatPng(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter set, no interlace
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height); // each row: filter byte 0, then zeros
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe.each(DATABASES)('bad input is refused with the field named, and nothing saved is lost (%s)', (database) => {
  let cms: RunningCms;
  let editor: AdminSession, otherEditor: AdminSession, national: AdminSession, admin: AdminSession;
  let existingSlug: string, existingId: string;

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hanoi', 'mst'] });
    admin = await accountFor(cms, 'quantri@column57.test', 'administrator');
    editor = await accountFor(cms, 'bientap@hanoi.test', 'body-publisher', 'hanoi');
    otherEditor = await accountFor(cms, 'bientap@mst.test', 'body-editor', 'mst');
    national = await accountFor(cms, 'toanquoc@column57.test', 'national-editor');
    const existing = await cms.strapi.documents(ARTICLE).findFirst({ filters: { body: { slug: 'hanoi' } }, locale: 'vi', status: 'draft' });
    existingSlug = existing.slug;
    existingId = existing.documentId;
  });
  afterAll(async () => cms?.stop());

  it('a slug already used in the same body, with the fix; the same slug in another body is fine', async () => {
    expectFieldError(await editor.post(`${CM}/${ARTICLE}?locale=vi`, article(existingSlug)), 'slug', /slug|đường dẫn/i);
    const elsewhere = await otherEditor.post(`${CM}/${ARTICLE}?locale=vi`, article(existingSlug));
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201);
  });

  it('a failed edit leaves the saved article as it was', async () => {
    const before = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: existingId, locale: 'vi', publishedAt: null } });
    const other = await cms.strapi
      .documents(ARTICLE)
      .findMany({ filters: { body: { slug: 'hanoi' }, documentId: { $ne: existingId } }, locale: 'vi', status: 'draft', limit: 1 });
    const res = await editor.put(`${CM}/${ARTICLE}/${existingId}?locale=vi`, { slug: other[0].slug, title: 'Tiêu đề mới không được lưu' });
    expectFieldError(res, 'slug', /đã được dùng/);
    const after = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: existingId, locale: 'vi', publishedAt: null } });
    expect(after.title).toBe(before.title);
    expect(after.slug).toBe(before.slug);
    expect(after.content).toBe(before.content);
  });

  it('a cover image without alt text', async () => {
    const cover = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { name: { $startsWith: 'cover-' } } });
    expectFieldError(await editor.post(`${CM}/${ARTICLE}?locale=vi`, article('anh-khong-mo-ta', { cover: cover.id })), 'coverAlt', /alt/);
  });

  it('a malformed document number, and a well-formed one', async () => {
    const doc = {
      number: '57 NQ TW',
      docType: 'resolution',
      title: 'Văn bản thử',
      issuer: 'Bộ Chính trị',
      summary: 'Về đột phá phát triển khoa học, công nghệ.',
      legalStatus: 'in-force',
    };
    expectFieldError(await national.post(`${CM}/${DOCUMENT}?locale=vi`, doc), 'number', /57-NQ\/TW/);
    const ok = await national.post(`${CM}/${DOCUMENT}?locale=vi`, {
      ...doc,
      number: '39/2017/TT-BTTTT',
      title: 'Thông tư về cổng thông tin điện tử',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.data.slug).toBe('39-2017-tt-btttt'); // derived from the number
  });

  it('a campaign that ends before it starts', async () => {
    const res = await editor.post(`${CM}/${CAMPAIGN}?locale=vi`, {
      title: 'Tuần lễ dữ liệu mở',
      slug: 'tuan-le-du-lieu-mo-thu',
      description: 'Mô tả.',
      startDate: '2026-12-10',
      endDate: '2026-12-01',
    });
    expectFieldError(res, 'endDate', /2026-12-01/);
  });

  it('an executable renamed .pdf', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);
    const form = new FormData();
    form.append('files', new Blob([elf], { type: 'application/pdf' }), 'ke-hoach-truyen-thong.pdf');
    const res = await editor.post('/upload', form);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.message).toMatch(/ke-hoach-truyen-thong\.pdf/);
    expect(await cms.strapi.db.query('plugin::upload.file').count({ where: { name: 'ke-hoach-truyen-thong.pdf' } })).toBe(0);
  });

  it('a document renamed to another type is refused too', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1');
    const form = new FormData();
    form.append('files', new Blob([pdf], { type: 'image/jpeg' }), 'anh-dai-dien.jpg');
    const res = await editor.post('/upload', form);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/application\/pdf.*\.jpg/s);
  });

  it('an oversized image', async () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452000003e8000003e80806000000', 'hex');
    const big = Buffer.concat([header, Buffer.alloc(6 * 1024 * 1024, 7)]);
    const form = new FormData();
    form.append('files', new Blob([big], { type: 'image/png' }), 'anh-qua-lon.png');
    const res = await editor.post('/upload', form);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/5\.0 MB/);
  });

  it('a body with a malformed base path and embedding origin', async () => {
    const body = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    const res = await national.put(`${CM}/api::body.body/${body.documentId}`, {
      basePath: 'nghi quyet 57',
      embedOrigins: 'https://hanoi.gov.vn\nkhông-phải-origin',
    });
    expect(res.status).toBe(400);
    const fields = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['basePath', 'embedOrigins']));
    expect((await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } })).basePath).toBe('/nghi-quyet-57/');
  });

  it("addresses that become links must be web addresses: a portal URL, a campaign asset's link", async () => {
    const body = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    for (const portalUrl of [
      'javascript:alert(document.domain)//https://hanoi.gov.vn',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'java\tscript:alert(1)',
      '//evil.example',
      'hanoi.gov.vn',
      'https://hanoi.gov.vn/"><script>alert(1)</script>',
    ]) {
      expectFieldError(await national.put(`${CM}/api::body.body/${body.documentId}`, { portalUrl }), 'portalUrl', /không phải địa chỉ web/);
    }
    expect((await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } })).portalUrl).toBe(body.portalUrl);
    const fine = await national.put(`${CM}/api::body.body/${body.documentId}`, { portalUrl: 'https://hanoi.gov.vn/chuyen-muc' });
    expect(fine.status, JSON.stringify(fine.body)).toBe(200);
    const campaign = await editor.post(`${CM}/${CAMPAIGN}?locale=vi`, {
      title: 'Video về chuyển đổi số',
      slug: 'video-chuyen-doi-so',
      description: 'Mô tả.',
      startDate: '2026-12-01',
      endDate: '2026-12-10',
      assets: [{ kind: 'video-link', url: 'javascript:alert(1)', caption: 'Video' }],
    });
    expectFieldError(campaign, 'assets.0.url', /không phải địa chỉ web/);
    expect(await cms.strapi.db.query(CAMPAIGN).count({ where: { slug: 'video-chuyen-doi-so' } })).toBe(0);
  });

  it('uploading from a web address is refused before the CMS fetches anything', async () => {
    let fetched = 0;
    const bait = createServer((_req, res) => {
      fetched++;
      res.end('<svg onload="alert(1)"/>');
    });
    await new Promise<void>((done) => bait.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(bait.address() as AddressInfo).port}/anh.svg`;
    const before = await cms.strapi.db.query('plugin::upload.file').count();
    const res = await editor.post('/upload/actions/upload-from-urls', { urls: [url] });
    bait.close();
    expectFieldError(res, 'urls', /tải tệp về máy/);
    expect(fetched).toBe(0);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(before);
  });

  it('an image over the pixel limit (a decompression bomb) is refused before anything is stored', async () => {
    const bomb = flatPng(20000, 20000);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const filesBefore = await cms.strapi.db.query('plugin::upload.file').count();
    const form = new FormData();
    form.append('files', new Blob([bomb], { type: 'image/png' }), 'ban-do-khong-lo.png');
    const res = await editor.post('/upload', form);
    expectFieldError(res, 'files', /ban-do-khong-lo\.png.*20000 × 20000.*thu nhỏ/s);
    expect(res.body.error.details.errors[0].message).toMatch(/megapixels/);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(filesBefore);
  });

  it('an image within the pixel limit is stored', async () => {
    const form = new FormData();
    form.append('files', new Blob([flatPng(4000, 3000)], { type: 'image/png' }), 'so-do-vua-phai.png');
    const res = await editor.post('/upload', form);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body[0]).toMatchObject({ width: 4000, height: 3000 });
  });

  describe('a campaign with a document asset can be published', () => {
    async function uploadPdf(session: AdminSession, name: string): Promise<number> {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1');
      const form = new FormData();
      form.append('files', new Blob([pdf], { type: 'application/pdf' }), name);
      const res = await session.post('/upload', form);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body[0].id;
    }
    const campaign = (slug: string, file: number, extra: Record<string, unknown> = {}) => ({
      title: 'Tuần lễ chuyển đổi số',
      slug,
      description: 'Tài liệu tuyên truyền cho cơ sở.',
      startDate: '2026-12-01',
      endDate: '2026-12-10',
      assets: [{ kind: 'document', file, caption: 'Tài liệu hỏi đáp', downloadable: true }],
      ...extra,
    });

    async function createAndPublish(session: AdminSession, slug: string, extra: Record<string, unknown> = {}) {
      const file = await uploadPdf(session, `${slug}.pdf`);
      const created = await session.post(`${CM}/${CAMPAIGN}?locale=vi`, campaign(slug, file, extra));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.data.documentId;
      await submitForReview(session, CAMPAIGN, id);
      const published = await session.post(`${CM}/${CAMPAIGN}/${id}/actions/publish?locale=vi`, {});
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      const live = await cms.strapi.documents(CAMPAIGN).findOne({
        documentId: id,
        locale: 'vi',
        status: 'published',
        populate: { assets: { populate: ['file'] } },
      });
      expect(live.assets[0].file.id).toBe(file);
      return id;
    }

    it('by the administrator (a national campaign)', async () => {
      await createAndPublish(admin, 'tai-lieu-toan-quoc', { national: true });
    });

    it("by a body's publisher", async () => {
      await createAndPublish(editor, 'tai-lieu-ha-noi');
    });

    it('and publishing still refuses a document asset without its file', async () => {
      const incomplete = { ...campaign('thieu-tep', 0), assets: [{ kind: 'document', caption: 'Chưa có tệp' }] };
      const created = await editor.post(`${CM}/${CAMPAIGN}?locale=vi`, incomplete);
      expectFieldError(created, 'assets.0.file', /tệp/);
    });
  });
});
