import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';
import { CMS_DIR } from '../../scripts/lib/paths.ts';

// Communes as bodies, against a real Strapi seeded with the demo's two provinces and their official
// communes: the import of a province's list (CSV and XLSX, dry run then apply, broken files refused with
// row and column), who manages which communes, a commune editor's isolation, and shared articles in the
// communes' snapshot content.

const BODY = 'api::body.body';
const IMPORT = '/column57/communes/import';
const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64');

/** An XLSX workbook written by exceljs (the CMS's own writer of reports), read back by the import's reader. */
async function xlsx(rows: unknown[][]): Promise<string> {
  const ExcelJS = createRequire(join(CMS_DIR, 'package.json'))('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe.each(DATABASES)('communes: import, management and sharing (%s)', (database) => {
  let cms: RunningCms;
  let huePublisher: AdminSession, hueEditor: AdminSession, qnPublisher: AdminSession;
  let thuanHoaEditor: AdminSession, phuXuanEditor: AdminSession;
  const body = (slug: string) => cms.strapi.db.query(BODY).findOne({ where: { slug }, populate: { parent: true, kindHistory: true } });
  const communeCount = (province: string) => cms.strapi.db.query(BODY).count({ where: { parent: { slug: province } } });
  const snapshot = () => cms.strapi.service('api::snapshot.snapshot');

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hue', 'quangninh'] });
    [huePublisher, hueEditor, qnPublisher, thuanHoaEditor, phuXuanEditor] = await Promise.all([
      accountFor(cms, 'duyet@hue.test', 'body-publisher', 'hue'),
      accountFor(cms, 'bientap@hue.test', 'body-editor', 'hue'),
      accountFor(cms, 'duyet@quangninh.test', 'body-publisher', 'quangninh'),
      accountFor(cms, 'bientap@thuanhoa.test', 'body-editor', 'hue-thuan-hoa'),
      accountFor(cms, 'bientap@phuxuan.test', 'body-editor', 'hue-phu-xuan'),
    ]);
  });
  afterAll(async () => cms?.stop());

  it('seeds the official communes of Huế and Quảng Ninh under their province, named by the rule', async () => {
    expect(await communeCount('hue')).toBe(40);
    expect(await communeCount('quangninh')).toBe(54);
    const thuanHoa = await body('hue-thuan-hoa');
    expect(thuanHoa).toMatchObject({ nameVi: 'Phường Thuận Hóa', nameEn: 'Thuan Hoa Ward', administrativeCode: '19789' });
    expect(thuanHoa.parent.slug).toBe('hue');
    expect(thuanHoa.basePath).toBe('/nghi-quyet-57/thuan-hoa/');
    expect((await body('quangninh-van-don')).kindHistory[0].kind).toBe('special-zone');
    const [manifest] = [(await snapshot().manifest()).data];
    expect(manifest.bodies.find((b: any) => b.slug === 'quangninh-co-to')).toMatchObject({ kind: 'special-zone', parent: 'quangninh' });
  });

  it('a province publisher imports a CSV list: a dry run changes nothing, applying does, twice changes nothing more', async () => {
    const file = csv(
      [
        'Mã;Tên;Loại;Dân số',
        '19789;Phường Thuận Hóa;Phường;',
        '19753;Phú Xuân;phuong;',
        '20056;Xã A Lưới Một;Xã;',
        '99901;Xã Thử Nghiệm Một;Xã;12.500',
        '99902;Thử Nghiệm Đảo;Đặc khu;',
      ].join('\r\n'),
    );
    const before = await cms.strapi.db.query(BODY).count();
    const dry = await huePublisher.post(IMPORT, { filename: 'danh-sach-xa.csv', content: file });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body.problems).toEqual([]);
    expect(dry.body.create.map((u: any) => [u.code, u.nameVi, u.kind, u.population])).toEqual([
      ['99901', 'Xã Thử Nghiệm Một', 'commune', 12500],
      ['99902', 'Đặc khu Thử Nghiệm Đảo', 'special-zone', null],
    ]);
    expect(dry.body.change.map((u: any) => [u.code, u.before.nameVi, u.nameVi])).toEqual([['20056', 'Xã A Lưới 1', 'Xã A Lưới Một']]);
    expect(dry.body.unchanged.map((u: any) => u.slug)).toEqual(['hue-thuan-hoa', 'hue-phu-xuan']);
    expect(dry.body.notInFile).toHaveLength(37);
    expect(dry.body.applied).toBe(false);
    expect(await cms.strapi.db.query(BODY).count()).toBe(before);

    const applied = await huePublisher.post(IMPORT, { filename: 'danh-sach-xa.csv', content: file, apply: true });
    expect(applied.body.applied).toBe(true);
    expect(await cms.strapi.db.query(BODY).count()).toBe(before + 2);
    const created = await body('hue-thu-nghiem-dao');
    expect(created).toMatchObject({
      administrativeCode: '99902',
      nameEn: 'Thu Nghiem Dao Special Zone',
      basePath: '/nghi-quyet-57/thu-nghiem-dao/',
    });
    expect(created.parent.slug).toBe('hue');
    const renamed = await body('hue-a-luoi-1');
    expect(renamed.nameVi).toBe('Xã A Lưới Một');

    const stamp = (await cms.strapi.db.query(BODY).findMany({ where: { parent: { slug: 'hue' } }, select: ['slug', 'updatedAt'] }))
      .map((b: any) => `${b.slug}@${new Date(b.updatedAt).toISOString()}`)
      .sort();
    const again = await huePublisher.post(IMPORT, { filename: 'danh-sach-xa.csv', content: file, apply: true });
    expect(again.body).toMatchObject({ create: [], change: [], problems: [], applied: false });
    expect(again.body.unchanged).toHaveLength(5);
    const after = (await cms.strapi.db.query(BODY).findMany({ where: { parent: { slug: 'hue' } }, select: ['slug', 'updatedAt'] }))
      .map((b: any) => `${b.slug}@${new Date(b.updatedAt).toISOString()}`)
      .sort();
    expect(after).toEqual(stamp);
  });

  it('imports an XLSX list with English headers and a title row, restoring the zeros Excel drops from codes', async () => {
    const content = await xlsx([
      ['Quang Ninh communes, 2025'],
      ['code', 'name', 'kind'],
      [6652, 'Phường Hà Tu', 'ward'],
      ['99911', 'Đảo Thử', 'special-zone'],
    ]);
    const dry = await qnPublisher.post(IMPORT, { filename: 'communes.xlsx', content });
    expect(dry.body.problems).toEqual([]);
    expect(dry.body.unchanged.map((u: any) => u.slug)).toEqual(['quangninh-ha-tu']);
    expect(dry.body.create.map((u: any) => u.nameVi)).toEqual(['Đặc khu Đảo Thử']);
    const applied = await qnPublisher.post(IMPORT, { filename: 'communes.xlsx', content, apply: true });
    expect(applied.body.applied).toBe(true);
    expect((await body('quangninh-dao-thu')).parent.slug).toBe('quangninh');
  });

  it('refuses a broken file with each row and column named, and changes nothing', async () => {
    const file = csv(
      [
        'Mã,Tên,Loại',
        '1234,Phường Sai Mã,Phường',
        '99921,Thôn Lạ,Thôn',
        '99922,,Xã',
        '99923,Xã Trùng Một,Xã',
        '99923,Xã Trùng Hai,Xã',
        '06994,Đặc khu Vân Đồn,Đặc khu',
      ].join('\n'),
    );
    const before = await cms.strapi.db.query(BODY).count();
    const answer = await huePublisher.post(IMPORT, { filename: 'loi.csv', content: file, apply: true });
    expect(answer.body.applied).toBe(false);
    expect(answer.body.problems.map((p: any) => p.vi)).toEqual([
      'Dòng 2, cột «Mã»: mã phải có 5 chữ số (đang là "1234"), ví dụ 19789',
      'Dòng 3, cột «Loại»: loại "Thôn" không rõ; chỉ dùng Xã, Phường hoặc Đặc khu',
      'Dòng 4, cột «Tên»: thiếu tên; hãy ghi tên đơn vị, ví dụ "Phường Thuận Hóa"',
      'Dòng 6, cột «Mã»: mã này đã có ở dòng 5; mỗi đơn vị chỉ ghi một dòng',
      'Dòng 7, cột «Mã»: mã này đã thuộc Đặc khu Vân Đồn, không phải đơn vị của tỉnh, thành phố này; hãy kiểm tra lại mã',
    ]);
    expect(answer.body.problems[0].en).toBe('Row 2, column "Mã": a code has five digits (found "1234"), e.g. 19789');
    expect(await cms.strapi.db.query(BODY).count()).toBe(before);
    const noColumns = await huePublisher.post(IMPORT, { filename: 'x.csv', content: csv('STT,Tên\n1,Xã A\n'), apply: true });
    expect(noColumns.body.problems.map((p: any) => p.vi)).toEqual([
      'Tệp: không tìm thấy cột «Mã»; dòng tiêu đề cần có các cột Mã, Tên, Loại (hoặc code, name, kind)',
      'Tệp: không tìm thấy cột «Loại»; dòng tiêu đề cần có các cột Mã, Tên, Loại (hoặc code, name, kind)',
    ]);
    const notAList = await huePublisher.post(IMPORT, { filename: 'x.pdf', content: csv('%PDF') });
    expect(notAList.body.problems[0].vi).toContain('không phải tệp .csv hay .xlsx');
  });

  it("only a province's publishers import and manage its communes", async () => {
    // An editor (not a publisher) of the province may not import.
    expect((await hueEditor.post(IMPORT, { filename: 'a.csv', content: csv('Mã,Tên,Loại\n99931,Xã Mới,Xã') })).status).toBe(403);
    // Another province's publisher imports only into their own province, whatever they name.
    const foreign = await qnPublisher.post(IMPORT, {
      province: 'hue',
      filename: 'a.csv',
      content: csv('Mã,Tên,Loại\n19789,Phường Thuận Hóa,Phường'),
    });
    expect(foreign.body.province.slug).toBe('quangninh');
    expect(foreign.body.problems[0].vi).toContain('đã thuộc Phường Thuận Hóa');
    // Nor edit them in the content manager.
    const thuanHoa = await body('hue-thuan-hoa');
    const edit = await qnPublisher.put(`${CM}/${BODY}/${thuanHoa.documentId}`, { population: 1 });
    expect([403, 404]).toContain(edit.status);
    expect((await body('hue-thuan-hoa')).population).toBeNull();
    // The province's publisher may.
    const own = await huePublisher.put(`${CM}/${BODY}/${thuanHoa.documentId}`, { population: 45210 });
    expect(own.status, JSON.stringify(own.body).slice(0, 300)).toBe(200);
    expect((await body('hue-thuan-hoa')).population).toBe(45210);
    // A code of the national list names one unit: another province's code is refused (it would block that
    // province's next import of its list), naming the field and the unit that holds it.
    const taken = await huePublisher.put(`${CM}/${BODY}/${thuanHoa.documentId}`, { administrativeCode: '06994' });
    expect(taken.status).toBe(400);
    expect(JSON.stringify(taken.body)).toContain('administrativeCode');
    expect(JSON.stringify(taken.body)).toContain('Mã \\"06994\\" đã là mã của Đặc khu Vân Đồn');
    expect((await body('hue-thuan-hoa')).administrativeCode).toBe('19789');
    // Never a central body or the province itself.
    const mstLike = await body('quangninh');
    expect([403, 404]).toContain((await huePublisher.put(`${CM}/${BODY}/${mstLike.documentId}`, { population: 1 })).status);
    // A body a publisher creates is a commune of their own province, whatever the form said; what the form
    // leaves empty (as the admin's form may: only the name and kind are asked) it takes from the province.
    const quangNinh = await body('quangninh');
    const made = await qnPublisher.post(`${CM}/${BODY}`, {
      nameVi: 'Xã Thử Tạo',
      administrativeCode: '99941',
      kindHistory: [{ kind: 'commune', effectiveFrom: '2025-07-01' }],
      parent: thuanHoa.parent.documentId,
    });
    expect(made.status, JSON.stringify(made.body).slice(0, 400)).toBe(201);
    const madeBody = await cms.strapi.db
      .query(BODY)
      .findOne({ where: { documentId: made.body.data.documentId }, populate: { parent: true } });
    expect(madeBody.parent.slug).toBe('quangninh');
    expect(madeBody.slug).toBe('quangninh-thu-tao');
    expect([madeBody.shortNameVi, madeBody.nameEn, madeBody.publicBaseUrl, madeBody.basePath]).toEqual([
      'Xã Thử Tạo',
      'Thu Tao Commune',
      quangNinh.publicBaseUrl,
      `${quangNinh.basePath}thu-tao/`,
    ]);
    // The administrator's new commune of any province fills the same way, from the province it names.
    const administrator = await accountFor(cms, 'quantri@column57.test', 'administrator');
    const byAdministrator = await administrator.post(`${CM}/${BODY}`, {
      nameVi: 'Phường Thử Nghiệm',
      kindHistory: [{ kind: 'ward', effectiveFrom: '2025-07-01' }],
      parent: thuanHoa.parent.documentId,
    });
    expect(byAdministrator.status, JSON.stringify(byAdministrator.body).slice(0, 400)).toBe(201);
    const administered = await body(byAdministrator.body.data.slug);
    expect([administered.slug, administered.parent.slug, administered.publicBaseUrl]).toEqual([
      'hue-thu-nghiem',
      'hue',
      thuanHoa.parent.publicBaseUrl,
    ]);
    // A body that is not a commune still needs them, each named with how to fix it.
    const bare = await administrator.post(`${CM}/${BODY}`, {
      nameVi: 'Bộ Thử Nghiệm',
      kindHistory: [{ kind: 'ministry', effectiveFrom: '2025-07-01' }],
    });
    expect(bare.status).toBe(400);
    for (const field of ['nameEn', 'shortNameVi', 'shortNameEn', 'slug', 'publicBaseUrl'])
      expect(JSON.stringify(bare.body)).toContain(field);
    expect(JSON.stringify(bare.body)).toContain('Trường này bắt buộc');
    // A commune-level kind without a parent, or a parent that is not a province, is refused naming the field.
    const orphan = await cms.strapi
      .documents(BODY)
      .create({
        data: {
          nameVi: 'Xã Mồ Côi',
          nameEn: 'x',
          shortNameVi: 'x',
          shortNameEn: 'x',
          slug: 'xa-mo-coi',
          publicBaseUrl: 'https://a.gov.vn',
          kindHistory: [{ kind: 'commune', effectiveFrom: '2025-07-01' }],
        },
      })
      .catch((e: any) => e);
    // The toast names the field by its label in the form, not by its key.
    expect(String(orphan.message)).toContain('Tỉnh, thành phố quản lý (parent): Xã, phường, đặc khu cần tỉnh, thành phố quản lý');
  });

  it('manages the accounts of its own communes only', async () => {
    const invited = await huePublisher.post('/column57/communes/hue-kim-long/editors', {
      email: 'Can.Bo@KimLong.test',
      firstname: 'Hà',
      lastname: 'Lê Thu',
      role: 'body-editor',
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    expect(invited.body.data.registrationToken).toBeTruthy();
    const membership = await cms.strapi.db
      .query('api::membership.membership')
      .findOne({ where: { user: { email: 'can.bo@kimlong.test' } }, populate: { body: true } });
    expect(membership.body.slug).toBe('hue-kim-long');
    expect(
      (await qnPublisher.post('/column57/communes/hue-kim-long/editors', { email: 'x@y.test', firstname: 'A', lastname: 'B' })).status,
    ).toBe(403);
    expect(
      (await hueEditor.post('/column57/communes/hue-kim-long/editors', { email: 'x@y.test', firstname: 'A', lastname: 'B' })).status,
    ).toBe(403);
    expect(
      (await huePublisher.post('/column57/communes/quangninh-co-to/editors', { email: 'x@y.test', firstname: 'A', lastname: 'B' })).status,
    ).toBe(403);
    const mine = await huePublisher.get('/column57/communes');
    expect(mine.body.provinces.map((p: any) => p.slug)).toEqual(['hue']);
    const kimLong = mine.body.provinces[0].communes.find((c: any) => c.slug === 'hue-kim-long');
    expect(kimLong.editors.map((e: any) => e.email)).toEqual(['can.bo@kimlong.test']);
    const withdrawn = await huePublisher.delete(`/column57/communes/hue-kim-long/editors/${invited.body.data.id}`);
    expect(withdrawn.status).toBe(200);
    expect(await cms.strapi.db.query('api::membership.membership').count({ where: { body: { slug: 'hue-kim-long' } } })).toBe(0);
  });

  it("a commune editor has a body editor's isolation: not the province's content, not another commune's", async () => {
    const hueArticle = await cms.strapi.db.query(ARTICLE).findOne({ where: { body: { slug: 'hue' }, locale: 'vi' } });
    const made = await phuXuanEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Bản nháp riêng của Phường Phú Xuân',
      slug: 'ban-nhap-phu-xuan',
      summary: 'Chưa công bố.',
      content: 'Nội dung nháp của phường.',
      publishDate: '2026-11-20',
      channel: 'grassroots',
    });
    expect(made.status, JSON.stringify(made.body).slice(0, 300)).toBe(201);
    const phuXuanDraft = made.body.data.documentId;
    for (const documentId of [hueArticle.documentId, phuXuanDraft]) {
      const read = await thuanHoaEditor.get(`${CM}/${ARTICLE}/${documentId}?locale=vi`);
      expect([403, 404]).toContain(read.status);
      expect(JSON.stringify(read.body)).not.toContain('Bản nháp riêng');
      const write = await thuanHoaEditor.put(`${CM}/${ARTICLE}/${documentId}?locale=vi`, { title: 'Sửa trái phép' });
      expect([403, 404]).toContain(write.status);
    }
    const list = await thuanHoaEditor.get(`${CM}/${ARTICLE}?locale=vi&pageSize=100`);
    expect(JSON.stringify(list.body)).not.toContain('Bản nháp riêng');
    expect(list.body.results.every((a: any) => !a.body || a.body.slug === 'hue-thuan-hoa')).toBe(true);
    // Nor the commune's own record, nor the province's.
    expect([403, 404]).toContain(
      (await thuanHoaEditor.put(`${CM}/${BODY}/${(await body('hue-thuan-hoa')).documentId}`, { population: 2 })).status,
    );
    // What the editor writes is the commune's.
    const own = await thuanHoaEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Tin của phường',
      slug: 'tin-cua-phuong',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-20',
      channel: 'grassroots',
    });
    const row = await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId: own.body.data.documentId }, populate: { body: true } });
    expect(row.body.slug).toBe('hue-thuan-hoa');
  });

  it("shares a province's articles into its communes' snapshot content, with sharedFrom, and only its own communes", async () => {
    const thuanHoa = (await snapshot().bodyContent('hue-thuan-hoa', null)).data;
    const kimLong = (await snapshot().bodyContent('hue-kim-long', null)).data;
    const coTo = (await snapshot().bodyContent('quangninh-co-to', null)).data;
    const slugs = (content: any, from: string | null) =>
      content.articles
        .filter((a: any) => a.sharedFrom === from)
        .map((a: any) => a.locales.vi.slug)
        .sort();
    expect(slugs(thuanHoa, 'hue')).toEqual(['huong-dan-chuyen-doi-so-cap-xa', 'tap-huan-bien-tap-vien-co-so']);
    expect(slugs(kimLong, 'hue')).toEqual(['huong-dan-chuyen-doi-so-cap-xa']);
    expect(slugs(thuanHoa, null)).toEqual(['diem-ho-tro-dich-vu-cong-so-tai-phuong', 'loa-thong-minh-tai-to-dan-pho']);
    expect(slugs(coTo, 'quangninh')).toEqual(['ke-hoach-thong-tin-co-so-nghi-quyet-57', 'ket-noi-so-cac-dao']);
    // The province's own column carries them once, as its own.
    const hue = (await snapshot().bodyContent('hue', null)).data;
    expect(hue.articles.filter((a: any) => a.locales.vi.slug === 'huong-dan-chuyen-doi-so-cap-xa').map((a: any) => a.sharedFrom)).toEqual([
      null,
    ]);

    // A new share reaches an incremental export too, and the removal of one leaves `present`.
    const since = new Date(Date.now() - 1000).toISOString();
    const shared = await huePublisher.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Thông báo chung cho một phường',
      slug: 'thong-bao-chung',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-21',
      channel: 'portal',
      sharedTo: [(await body('hue-phu-xuan')).documentId],
    });
    expect(shared.status, JSON.stringify(shared.body).slice(0, 300)).toBe(201);
    const id = shared.body.data.documentId;
    await submitForReview(huePublisher, ARTICLE, id);
    expect((await huePublisher.post(`${CM}/${ARTICLE}/${id}/actions/publish?locale=vi`, {})).status).toBe(200);
    const delta = (await snapshot().bodyContent('hue-phu-xuan', since)).data;
    expect(delta.articles.map((a: any) => [a.id, a.sharedFrom])).toEqual([[id, 'hue']]);
    expect(delta.present.articles).toContain(id);
    expect((await snapshot().bodyContent('hue-thuan-hoa', since)).data.present.articles).not.toContain(id);
    // A shared copy whose slug the commune's own article already has stays out of that commune (one
    // address, one article: the commune's own), and reaches the others.
    const clash = await huePublisher.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Loa thông minh cho mọi tổ dân phố của thành phố',
      slug: 'loa-thong-minh-tai-to-dan-pho',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-21',
      channel: 'grassroots',
      sharedToAllCommunes: true,
    });
    expect(clash.status, JSON.stringify(clash.body).slice(0, 300)).toBe(201);
    const clashId = clash.body.data.documentId;
    await submitForReview(huePublisher, ARTICLE, clashId);
    expect((await huePublisher.post(`${CM}/${ARTICLE}/${clashId}/actions/publish?locale=vi`, {})).status).toBe(200);
    const mine = (await snapshot().bodyContent('hue-thuan-hoa', since)).data;
    expect(mine.articles.map((a: any) => a.id)).not.toContain(clashId);
    expect(mine.present.articles).not.toContain(clashId);
    expect((await snapshot().bodyContent('hue-kim-long', since)).data.articles.map((a: any) => a.id)).toContain(clashId);

    // The commune cannot edit it: it is the province's entry.
    expect([403, 404]).toContain((await phuXuanEditor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, { title: 'Sửa' })).status);

    // Sharing to another province's commune, or by a body that is not a province, is refused naming the field.
    const wrong = await huePublisher.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Chia sẻ sai',
      slug: 'chia-se-sai',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-21',
      channel: 'portal',
      sharedTo: [(await body('quangninh-co-to')).documentId],
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('Đặc khu Cô Tô không thuộc tỉnh, thành phố của bài viết');
    const byCommune = await thuanHoaEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Phường chia sẻ',
      slug: 'phuong-chia-se',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-21',
      channel: 'portal',
      sharedToAllCommunes: true,
    });
    expect(byCommune.status).toBe(400);
    expect(JSON.stringify(byCommune.body)).toContain('Chỉ tỉnh, thành phố mới chia sẻ bài viết');
  });

  it("lets a province's editor pick its communes to share to, and gives a commune created later what all receive", async () => {
    // The form's relation picker, searched by name as an editor (not a publisher) types it.
    const picker = await hueEditor.get(
      `/content-manager/relations/${ARTICLE}/sharedTo?locale=vi&pageSize=20&_q=${encodeURIComponent('Thuận Hóa')}`,
    );
    expect(picker.status, JSON.stringify(picker.body).slice(0, 300)).toBe(200);
    const offered = picker.body.results.find((r: any) => r.nameVi === 'Phường Thuận Hóa');
    expect(offered).toBeTruthy();
    const shared = await hueEditor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Biên tập viên chia sẻ cho phường',
      slug: 'bien-tap-vien-chia-se',
      summary: 'Tóm tắt.',
      content: 'Nội dung.',
      publishDate: '2026-11-22',
      channel: 'portal',
      sharedTo: [offered.documentId],
    });
    expect(shared.status, JSON.stringify(shared.body).slice(0, 300)).toBe(201);
    const stored = await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: shared.body.data.documentId }, populate: { sharedTo: { select: ['slug'] } } });
    expect(stored.sharedTo.map((b: any) => b.slug)).toEqual(['hue-thuan-hoa']);

    // A commune the province creates after its articles and bulletins went to "all communes" has them in its
    // first export, like the communes that were there.
    const before = (await snapshot().bodyContent('hue-kim-long', null)).data;
    const toAll = (content: any) => ({
      articles: content.articles
        .filter((a: any) => a.sharedFrom === 'hue')
        .map((a: any) => a.id)
        .sort(),
      bulletins: content.bulletins
        .filter((b: any) => b.sharedFrom === 'hue')
        .map((b: any) => b.id)
        .sort(),
    });
    const made = await huePublisher.post(`${CM}/${BODY}`, {
      nameVi: 'Xã Đồng Mới',
      administrativeCode: '99951',
      kindHistory: [{ kind: 'commune', effectiveFrom: '2026-12-01' }],
    });
    expect(made.status, JSON.stringify(made.body).slice(0, 400)).toBe(201);
    const late = (await snapshot().bodyContent(made.body.data.slug, null)).data;
    expect(late.body).toBe('hue-dong-moi');
    // Kim Long is named in no share of its own: it receives exactly what goes to every commune.
    expect(toAll(late).articles.length).toBeGreaterThan(0);
    expect(toAll(late).articles).toEqual(toAll(before).articles);
    expect(toAll(late).bulletins.length).toBeGreaterThan(0);
    expect(toAll(late).bulletins).toEqual(toAll(before).bulletins);
  });
});
