import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyContent as bodyContentSchema } from '../../packages/snapshot/src/index.ts';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { accountFor } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { expectFieldError } from '../support/field-error.ts';
import { submitForReview } from '../support/review.ts';

// Radio bulletins in a real CMS: who may target which commune, who may read and change whose bulletins,
// "make a bulletin from this article", the export into the owner's and the communes' content, and the
// report's grassroots figures computed from what was published.

const BULLETIN = 'api::radio-bulletin.radio-bulletin';
const fromCms = createRequire(join(CMS_DIR, 'package.json'));
const period = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'period.js'));
const national = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'national.js'));

const expectDenied = (response: { status: number; body: any }, secret?: string) => {
  expect([401, 403, 404], JSON.stringify(response.body).slice(0, 300)).toContain(response.status);
  if (secret) expect(JSON.stringify(response.body)).not.toContain(secret);
};

/** A bulletin as the edit form sends it; the owner comes from the account. */
const form = (over: Record<string, unknown> = {}) => ({
  title: 'Lịch tiêm chủng và dịch vụ công trực tuyến tháng 12',
  level: 'normal',
  voice: 'central',
  script: 'Từ ngày 01/12/2026, bà con nộp hồ sơ trực tuyến được giảm 50% lệ phí theo Nghị quyết 57-NQ/TW.',
  broadcastFrom: '2026-11-20',
  broadcastTo: '2026-11-26',
  broadcastTimes: '06:30, 17:00',
  ...over,
});

describe.each(DATABASES)('radio bulletins (%s)', (database) => {
  let cms: RunningCms;
  let hueEditor: AdminSession, huePublisher: AdminSession, quangninhEditor: AdminSession, communeEditor: AdminSession;
  const ids: Record<string, string> = {};
  const secret = 'Bản tin nháp nội bộ của Huế về đợt tập huấn chuyển đổi số';

  /** A commune-level body of a province, as the demo seeds them (the official list of Huế and Quảng Ninh). */
  async function commune(slug: string, parent: string) {
    const row = await cms.strapi.db.query('api::body.body').findOne({ where: { slug }, populate: { parent: true } });
    expect(row?.parent?.slug, slug).toBe(parent);
    ids[slug] = row.documentId;
  }
  let hueCommunes = 0;

  beforeAll(async () => {
    cms = await startCms({ database, seedBodies: ['hue', 'quangninh'], env: { CRON_ENABLED: 'false' } });
    for (const slug of ['hue', 'quangninh', 'mst']) {
      ids[slug] = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug } })).documentId;
    }
    await commune('hue-thuan-hoa', 'hue');
    await commune('hue-kim-long', 'hue');
    await commune('quangninh-co-to', 'quangninh');
    hueCommunes = await cms.strapi.db.query('api::body.body').count({ where: { parent: { slug: 'hue' } } });
    [hueEditor, huePublisher, quangninhEditor, communeEditor] = await Promise.all([
      accountFor(cms, 'bientap@hue.test', 'body-editor', 'hue'),
      accountFor(cms, 'duyet@hue.test', 'body-publisher', 'hue'),
      accountFor(cms, 'bientap@quangninh.test', 'body-editor', 'quangninh'),
      accountFor(cms, 'bientap@thuanhoa.test', 'body-publisher', 'hue-thuan-hoa'),
    ]);
  }, 300_000);
  afterAll(() => cms?.stop());

  it('refuses a bad bulletin naming the field, in Vietnamese first', async () => {
    const create = (over: Record<string, unknown>) => hueEditor.post(`${CM}/${BULLETIN}`, form(over));
    expectFieldError(await create({ broadcastTimes: '06:30, 25:00' }), 'broadcastTimes', /Giờ phát "25:00" không hợp lệ/);
    expectFieldError(await create({ broadcastTo: '2026-11-10' }), 'broadcastTo', /trước ngày phát đầu/);
    expectFieldError(await create({ communes: [ids['quangninh-co-to']] }), 'communes', /"Đặc khu Cô Tô" không phải xã/);
    expectFieldError(await create({ communes: [ids.quangninh] }), 'communes', /không phải xã/);
    expectFieldError(await create({}), 'communes', /Chưa chọn xã nhận/);
    // A commune broadcasts its own bulletins, in itself only.
    expectFieldError(await communeEditor.post(`${CM}/${BULLETIN}`, form({ communes: [ids['hue-kim-long']] })), 'communes', /chính xã/);
    expectFieldError(await communeEditor.post(`${CM}/${BULLETIN}`, form({ allCommunes: true })), 'allCommunes', /Chỉ tỉnh/);
    expect(await cms.strapi.db.query(BULLETIN).count({ where: { title: form().title } })).toBe(0);
  });

  it("keeps each body's bulletins to its own editors", async () => {
    const made = await hueEditor.post(`${CM}/${BULLETIN}`, form({ title: secret, communes: [ids['hue-thuan-hoa']] }));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const documentId = made.body.data.documentId;
    ids.draft = documentId;
    const stored = await cms.strapi.db.query(BULLETIN).findOne({ where: { documentId } });
    expect(stored.slug, JSON.stringify(made.body.data)).toBe('ban-tin-nhap-noi-bo-cua-hue-ve-dot-tap-huan-chuyen-doi-so');
    for (const other of [quangninhEditor, communeEditor]) {
      expectDenied(await other.get(`${CM}/${BULLETIN}/${documentId}`), secret);
      expectDenied(await other.put(`${CM}/${BULLETIN}/${documentId}`, { title: 'Chiếm quyền' }));
      const list = await other.get(`${CM}/${BULLETIN}`);
      expect(JSON.stringify(list.body)).not.toContain(secret);
    }
    expectDenied(await hueEditor.post(`${CM}/${BULLETIN}/${documentId}/actions/publish`, {}));
    const row = await cms.strapi.db.query(BULLETIN).findOne({ where: { documentId }, populate: { body: true } });
    expect(row).toMatchObject({ title: secret, body: { slug: 'hue' } });
  });

  it('makes a draft bulletin from an article, with a script written for listening', async () => {
    const [article] = await cms.strapi
      .documents(ARTICLE)
      .findMany({ filters: { body: { slug: 'hue' } }, locale: 'vi', status: 'draft', limit: 1, sort: 'id' });
    expectDenied(await quangninhEditor.post(`/column57/bulletins/from-article/${article.documentId}`), article.title);
    const made = await hueEditor.post(`/column57/bulletins/from-article/${article.documentId}`);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const bulletin = await cms.strapi.db.query(BULLETIN).findOne({
      where: { documentId: made.body.data.documentId },
      populate: { body: true, sourceArticle: true },
    });
    expect(bulletin).toMatchObject({
      publishedAt: null,
      level: 'normal',
      voice: 'central', // Huế, code 46: the central provinces
      allCommunes: true,
      body: { slug: 'hue' },
      sourceArticle: { documentId: article.documentId },
    });
    const script: string = bulletin.script;
    expect(script.startsWith(article.title)).toBe(true);
    expect(script).toContain(article.summary.slice(0, 30));
    expect(script).not.toMatch(/\]\(|https?:|!\[|\||\*\*|^#/m);
    const longest = Math.max(...script.split(/(?<=[.!?])\s+/).map((s) => s.split(' ').length));
    // Cut where a clause opens, or at a comma in the middle of a very long one; never inside a list.
    expect(longest).toBeLessThanOrEqual(45);
  });

  it('previews what will be read, and for how long', async () => {
    const answer = await hueEditor.post('/column57/bulletins/speech-preview', { script: 'Theo Nghị quyết 57-NQ/TW, 80% người dân.' });
    expect(answer.status).toBe(200);
    expect(answer.body.data.text).toMatch(/năm mươi bảy/);
    expect(answer.body.data.text).toMatch(/tám mươi phần trăm/);
    expect(answer.body.data.seconds).toBeGreaterThan(2);
  });

  it("exports a bulletin in its owner's content and, shared, in each commune it is broadcast in", async () => {
    await submitForReview(hueEditor, BULLETIN, ids.draft);
    expect((await huePublisher.post(`${CM}/${BULLETIN}/${ids.draft}/actions/publish`, {})).status).toBe(200);
    const service = cms.strapi.service('api::snapshot.snapshot');
    const content = async (slug: string) => {
      const { data } = await service.bodyContent(slug);
      return bodyContentSchema.parse(data);
    };
    const hue = await content('hue');
    const own = hue.bulletins.find((b) => b.id === ids.draft)!;
    expect(own).toMatchObject({ communes: ['hue-thuan-hoa'], sharedFrom: null, broadcast: { times: ['06:30', '17:00'] } });
    // The demo's bulletins go to all of Huế's communes.
    expect(hue.bulletins.filter((b) => b.communes.length === hueCommunes).length).toBeGreaterThanOrEqual(3);
    const ward = await content('hue-thuan-hoa');
    expect(ward.bulletins.find((b) => b.id === ids.draft)).toMatchObject({ sharedFrom: 'hue', title: secret });
    const village = await content('hue-kim-long');
    expect(village.bulletins.map((b) => b.id)).not.toContain(ids.draft);
    expect(village.bulletins.every((b) => b.sharedFrom === 'hue')).toBe(true);
    expect((await content('quangninh-co-to')).bulletins.every((b) => b.sharedFrom === 'quangninh')).toBe(true);
    // What is present, for an incremental export, in the commune too.
    const { data: since } = await service.bodyContent('hue-thuan-hoa', new Date().toISOString());
    expect(since.bulletins).toEqual([]);
    expect(since.present.bulletins).toContain(ids.draft);
  });

  it("computes the report's grassroots figures from the bulletins published", async () => {
    const month = '2026-12'; // 2026-11-15 .. 2026-12-14: every demo bulletin is on air in it
    const published = await cms.strapi.db.query(BULLETIN).findMany({
      where: { publishedAt: { $notNull: true }, body: { slug: 'hue' } },
      populate: { communes: true },
    });
    const { row } = await national.bodyReport(cms.strapi, 'hue', month);
    const g = row.figures.grassroots;
    expect(g.communesTotal).toBe(hueCommunes);
    expect(g.communesCovered).toBe(hueCommunes);
    expect(g.coveragePercent).toBe(100);
    expect(g.coverageBasis).toBe('count');
    expect(g.audioMinutes).toBeGreaterThan(0);
    // Days × times × communes of every bulletin, worked out here from the rows themselves.
    const days = (from: string, to: string) => {
      const [a, b] = [from > '2026-11-15' ? from : '2026-11-15', to < '2026-12-14' ? to : '2026-12-14'];
      return b < a ? 0 : (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;
    };
    const expected = published.reduce((sum: number, b: any) => {
      const times = String(b.broadcastTimes).split(',').length;
      const communes = b.allCommunes ? hueCommunes : b.communes.length;
      return sum + days(String(b.broadcastFrom), String(b.broadcastTo)) * times * communes;
    }, 0);
    expect(g.broadcastsPlanned).toBe(expected);
    const thisPeriod = period.periodOf(period.vnMonth(new Date()));
    const publishedNow = published.filter((b: any) => {
      const day = new Date(b.publishedAt).toISOString().slice(0, 10);
      return day >= thisPeriod.from && day <= thisPeriod.to;
    }).length;
    expect((await national.bodyReport(cms.strapi, 'hue', period.vnMonth(new Date()))).row.figures.grassroots.bulletins).toBe(publishedNow);
    // The national target counts provinces only, from communes covered.
    const picture = await national.nationalPicture(cms.strapi, month);
    const reach = picture.targets.find((t: any) => t.key === 'grassrootsReach');
    expect(reach.bodies.map((b: any) => b.slug)).not.toContain('hue-thuan-hoa');
    expect(reach.bodies.find((b: any) => b.slug === 'hue')).toMatchObject({ value: 100, basis: 'count' });
    expect(reach.vi).toMatch(/theo dân số/);
  });
});
