import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';

// "Soạn từ Word" against a real Strapi: a .docx written with the `docx` package (the converter's own
// ecosystem) goes through the real route and becomes a draft article of the editor's body, with its
// headings, table and pictures (stored as the body's media); another body cannot read it; a file that is
// not a .docx is refused by name, Vietnamese first; a picture without alt text blocks publishing.

const IMPORT = '/column57/word/import';

async function picture(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 24, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** A report as a commune office writes it in Word: title, a heading, bold text, a table and two pictures. */
async function wordReport(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Huế số hoá hồ sơ đất đai năm 2025', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Sở Khoa học và Công nghệ đã '),
              new TextRun({ text: 'hoàn thành', bold: true }),
              new TextRun(' đợt một.'),
            ],
          }),
          new Paragraph({ text: 'Kết quả từng đơn vị', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Đơn vị'), cell('Hồ sơ đã số hoá')] }),
              new TableRow({ children: [cell('Phường Thuận Hóa'), cell('12.500')] }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: await picture('#1f6f8b'),
                transformation: { width: 40, height: 24 },
                altText: { name: 'anh-1', title: 'Lễ bàn giao', description: 'Lễ bàn giao dữ liệu đất đai tại Huế' },
              }),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: await picture('#d94f30'), transformation: { width: 40, height: 24 } })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const upload = (session: AdminSession, bytes: Buffer, name: string) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return session.post(IMPORT, form);
};

const expectDenied = (response: { status: number; body: any }, secret?: string) => {
  expect([401, 403, 404], JSON.stringify(response.body).slice(0, 300)).toContain(response.status);
  if (secret) expect(JSON.stringify(response.body)).not.toContain(secret);
};

describe.each(DATABASES)("compose from Word: a .docx becomes a draft of the editor's body (%s)", (database) => {
  let cms: RunningCms;
  let hueEditor: AdminSession, huePublisher: AdminSession, qnEditor: AdminSession;
  let docx: Buffer;

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hue', 'quangninh'] });
    [hueEditor, huePublisher, qnEditor] = await Promise.all([
      accountFor(cms, 'bientap@hue.test', 'body-editor', 'hue'),
      accountFor(cms, 'duyet@hue.test', 'body-publisher', 'hue'),
      accountFor(cms, 'bientap@quangninh.test', 'body-editor', 'quangninh'),
    ]);
    docx = await wordReport();
  });
  afterAll(async () => cms?.stop());

  let documentId: string;

  it("makes a draft with the title, heading, bold text, table and pictures as the body's media", async () => {
    const response = await upload(hueEditor, docx, 'Báo cáo số hoá đất đai.docx');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const result = response.body.data;
    expect(result).toMatchObject({ title: 'Huế số hoá hồ sơ đất đai năm 2025', pictures: 2, altMissing: 1 });
    expect(result.notes.map((n: { vi: string }) => n.vi)).toEqual([expect.stringMatching(/^1 ảnh chưa có mô tả thay thế/)]);
    documentId = result.documentId;

    const draft = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'vi' }, populate: { body: true } });
    expect(draft.publishedAt).toBeNull();
    expect(draft.body.slug).toBe('hue');
    expect(draft.slug).toBe('hue-so-hoa-ho-so-dat-dai-nam-2025');
    expect(draft.summary).toBe('Sở Khoa học và Công nghệ đã hoàn thành đợt một.');
    expect(draft.content).toContain('Sở Khoa học và Công nghệ đã **hoàn thành** đợt một.');
    expect(draft.content).toMatch(/^## Kết quả từng đơn vị$/m);
    expect(draft.content).toMatch(/^\| Đơn vị \| Hồ sơ đã số hoá \|\n\| --- \| --- \|\n\| Phường Thuận Hóa \| 12\.500 \|$/m);
    const images = [...draft.content.matchAll(/!\[([^\]]*)\]\((\/uploads\/[^)]+)\)/g)];
    expect(images.map((m) => m[1])).toEqual(['Lễ bàn giao dữ liệu đất đai tại Huế', '']);

    // Each picture is a file of the media library, created by the editor (so it is the body's media).
    for (const [, alt, url] of images) {
      const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { url }, populate: { createdBy: true } });
      expect(file.createdBy.email).toBe('bientap@hue.test');
      expect(file.alternativeText ?? '').toBe(alt);
    }
    // The editor sees it in the edit view as any draft.
    const seen = await hueEditor.get(`${CM}/${ARTICLE}/${documentId}?locale=vi`);
    expect(seen.status).toBe(200);
    expect(seen.body.data.title).toBe('Huế số hoá hồ sơ đất đai năm 2025');
  });

  it("another body's editor cannot read the draft, and an import of theirs lands in their own body", async () => {
    expectDenied(await qnEditor.get(`${CM}/${ARTICLE}/${documentId}?locale=vi`), 'Huế số hoá hồ sơ');
    const list = await qnEditor.get(`${CM}/${ARTICLE}?locale=vi&pageSize=100`);
    expect(JSON.stringify(list.body)).not.toContain('Huế số hoá hồ sơ');
    const theirs = await upload(qnEditor, docx, 'bao-cao.docx');
    expect(theirs.status).toBe(200);
    const draft = await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: theirs.body.data.documentId }, populate: { body: true } });
    expect(draft.body.slug).toBe('quangninh');
    // The same title is free in another body; the Huế editor's second import gets its own slug.
    expect(draft.slug).toBe('hue-so-hoa-ho-so-dat-dai-nam-2025');
    const again = await upload(hueEditor, docx, 'Báo cáo số hoá đất đai.docx');
    const second = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: again.body.data.documentId } });
    expect(second.slug).toBe('hue-so-hoa-ho-so-dat-dai-nam-2025-2');
    // A national editor has no body to compose for: refused with the reason.
    const national = await accountFor(cms, 'toanquoc@word.test', 'national-editor');
    const refused = await upload(national, docx, 'bao-cao.docx');
    expect(refused.status).toBe(403);
    expect(await cms.strapi.db.query(ARTICLE).count({ where: { slug: { $startsWith: 'hue-so-hoa' } } })).toBe(3);
  });

  it('refuses a file that is not a .docx by name, Vietnamese first, and saves nothing', async () => {
    const before = await cms.strapi.db.query(ARTICLE).count();
    const oldWord = await upload(hueEditor, Buffer.from('Báo cáo tháng 11 (Word 97)', 'utf8'), 'bao-cao-cu.doc');
    expect(oldWord.status).toBe(400);
    const message = JSON.stringify(oldWord.body.error);
    expect(message).toContain('bao-cao-cu.doc');
    const renamed = await upload(hueEditor, Buffer.from('Không phải tệp Word', 'utf8'), 'gia-mao.docx');
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toMatch(/gia-mao\.docx/);
    expect(await cms.strapi.db.query(ARTICLE).count()).toBe(before);
  });

  it('a picture without alt text keeps the draft from being published until it is described', async () => {
    const publish = () => huePublisher.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=vi`, {});
    // Sent for review first, so the refusal is the picture's, not the review rule's.
    await submitForReview(hueEditor, ARTICLE, documentId);
    const refused = await publish();
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/1 ảnh trong nội dung chưa có mô tả thay thế \(alt\)/);
    const draft = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'vi', publishedAt: null } });
    const content = draft.content.replace('![](', '![Bản đồ hồ sơ đã số hoá](');
    expect((await hueEditor.put(`${CM}/${ARTICLE}/${documentId}?locale=vi`, { content })).status).toBe(200);
    await submitForReview(hueEditor, ARTICLE, documentId);
    const published = await publish();
    expect(published.status, JSON.stringify(published.body).slice(0, 400)).toBe(200);

    // The column carries both pictures of the text as its own files (the snapshot names them by content).
    const exported = await cms.strapi.service('api::snapshot.snapshot').bodyContent('hue', null);
    const text = exported.data.articles.find((a: { id: string }) => a.id === documentId).locales.vi;
    expect(text.pictures).toHaveLength(2);
    for (const picture of text.pictures) {
      expect(text.content).toContain(`](${picture.src})`);
      expect(picture.file).toMatchObject({ mime: 'image/png', width: 40, height: 24 });
    }

    // A published article of a body whose text names this upload by its absolute address, as "copy link" writes it.
    const address = `${cms.url}${text.pictures[0].src}`;
    const publishedWithPicture = async (body: string, title: string, slug: string) => {
      const owner = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: body } })).documentId;
      const data = { title, slug, summary: 'Bài thử.', content: `Ảnh: ![Bản đồ](${address})`, publishDate: '2026-12-01' };
      const created = await cms.strapi
        .documents(ARTICLE)
        .create({ data: { ...data, channel: 'portal', body: owner }, locale: 'vi' } as any);
      await cms.strapi.documents(ARTICLE).publish({ documentId: created.documentId, locale: 'vi' } as any);
      return created;
    };
    // Quảng Ninh's text naming Huế's upload carries nothing; the same address in a text of Huế's own is carried.
    const theirs = await publishedWithPicture('quangninh', 'Quảng Ninh mượn ảnh của Huế', 'muon-anh-cua-hue');
    const ours = await publishedWithPicture('hue', 'Huế dùng lại ảnh bản đồ', 'dung-lai-anh-ban-do');
    const hue = await cms.strapi.service('api::snapshot.snapshot').bodyContent('hue', null);
    expect(hue.data.articles.find((a: { id: string }) => a.id === ours.documentId).locales.vi.pictures).toEqual([
      { src: address, file: text.pictures[0].file },
    ]);
    const qn = await cms.strapi.service('api::snapshot.snapshot').bodyContent('quangninh', null);
    const borrowed = qn.data.articles.find((a: { id: string }) => a.id === theirs.documentId).locales.vi;
    expect(borrowed.pictures).toBeUndefined();
    expect(Object.keys(qn.media)).toEqual(expect.not.arrayContaining([text.pictures[0].file.hash]));
  });
});
