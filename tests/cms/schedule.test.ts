import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { ARTICLE } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';

const CAMPAIGN = 'api::campaign.campaign';
// The scheduler as the CMS runs it (compiled into cms/dist), called at a chosen "now".
const { runSchedule } = createRequire(join(CMS_DIR, 'package.json'))(join(CMS_DIR, 'dist', 'src', 'publishing', 'schedule.js'));

// The build-service side is tested in tests/publishing; here the cron's queries meet both databases.
describe.each(DATABASES)('scheduled publishing on %s', (database) => {
  let cms: RunningCms;
  let hanoi: string;
  const hour = 3600_000;
  const isLive = async (uid: string, documentId: string) =>
    Boolean(await cms.strapi.db.query(uid).findOne({ where: { documentId, publishedAt: { $notNull: true } } }));
  /** What a publisher's "Duyệt" stores (review/actions.ts approve; its route is tested in review.test.ts). */
  const approve = (uid: string, documentId: string) =>
    cms.strapi.db.query(uid).updateMany({ where: { documentId }, data: { reviewState: 'approved' } });

  beforeAll(async () => {
    // No cron ticks of its own during the test: each run is called with the time it should see.
    cms = await startCms({ database, seedBodies: ['hanoi'], env: { CRON_ENABLED: 'false' } });
    hanoi = (await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } })).documentId;
  }, 240_000);
  afterAll(() => cms?.stop());

  it('publishes when the time comes, unpublishes later, and leaves a manual undo alone', async () => {
    const at = new Date('2026-12-01T01:00:00.000Z');
    const draft = await cms.strapi.documents(ARTICLE).create({
      data: {
        title: 'Hà Nội công bố kết quả thí điểm phố đi bộ số',
        slug: 'pho-di-bo-so',
        summary: 'Tóm tắt.',
        content: 'Nội dung.',
        publishDate: '2026-12-01',
        channel: 'portal',
        body: hanoi,
        publishAt: at.toISOString(),
        unpublishAt: new Date(at.getTime() + 48 * hour).toISOString(),
      },
      locale: 'vi',
    } as any);
    expect((await runSchedule(cms.strapi, new Date(at.getTime() - hour))).published).toEqual([]);
    expect(await isLive(ARTICLE, draft.documentId)).toBe(false);

    // Its time comes before anyone reviewed it: it stays down, and the run says why, in Vietnamese first.
    const held = await runSchedule(cms.strapi, new Date(at.getTime() + 30_000));
    expect(held.published).toEqual([]);
    expect(held.failed).toEqual([
      { what: `${ARTICLE} ${draft.documentId} (vi)`, error: expect.stringMatching(/^Bài đã đến giờ đăng .*chưa được duyệt/) },
    ]);
    expect(await isLive(ARTICLE, draft.documentId)).toBe(false);

    // A publisher approves it: the next run publishes it.
    await approve(ARTICLE, draft.documentId);
    const fired = await runSchedule(cms.strapi, new Date(at.getTime() + 60_000));
    expect(fired.published).toEqual([`${ARTICLE} ${draft.documentId} (vi)`]);
    expect(await isLive(ARTICLE, draft.documentId)).toBe(true);
    // The same moment again: nothing to do.
    expect((await runSchedule(cms.strapi, new Date(at.getTime() + 120_000))).published).toEqual([]);

    // An editor takes it down by hand before its unpublish time: the publish time is not replayed.
    await cms.strapi.documents(ARTICLE).unpublish({ documentId: draft.documentId, locale: 'vi' } as any);
    expect((await runSchedule(cms.strapi, new Date(at.getTime() + hour))).published).toEqual([]);
    expect(await isLive(ARTICLE, draft.documentId)).toBe(false);
  }, 60_000);

  it("publishes a national campaign at its time without a body's review (national content has no second person)", async () => {
    const campaign = await cms.strapi.documents(CAMPAIGN).create({
      data: {
        title: 'Tuần lễ đổi mới sáng tạo quốc gia',
        slug: 'tuan-le-doi-moi-sang-tao',
        description: 'Chiến dịch toàn quốc.',
        startDate: '2026-12-10',
        endDate: '2026-12-20',
        national: true,
        publishAt: '2026-12-09T01:00:00.000Z',
      },
      locale: 'vi',
    } as any);
    const run = await runSchedule(cms.strapi, new Date('2026-12-09T01:01:00.000Z'));
    expect(run.failed).toEqual([]);
    expect(run.published).toEqual([`${CAMPAIGN} ${campaign.documentId} (vi)`]);
    expect(await isLive(CAMPAIGN, campaign.documentId)).toBe(true);
  }, 60_000);

  it('unpublishes a campaign whose time in the column is over', async () => {
    const campaign = await cms.strapi.documents(CAMPAIGN).create({
      data: {
        title: 'Tháng hành động chuyển đổi số',
        slug: 'thang-hanh-dong-cds',
        description: 'Chiến dịch thử nghiệm.',
        startDate: '2026-10-01',
        endDate: '2026-10-31',
        body: hanoi,
        unpublishAt: '2026-11-01T00:00:00.000Z',
      },
      locale: 'vi',
    } as any);
    await cms.strapi.documents(CAMPAIGN).publish({ documentId: campaign.documentId, locale: 'vi' } as any);
    const run = await runSchedule(cms.strapi, new Date('2026-11-01T00:05:00.000Z'));
    expect(run.unpublished).toEqual([`${CAMPAIGN} ${campaign.documentId} (vi)`]);
    expect(await isLive(CAMPAIGN, campaign.documentId)).toBe(false);
    // Scheduled again after it was taken down: the later time wins over the old unpublish.
    await cms.strapi.documents(CAMPAIGN).update({
      documentId: campaign.documentId,
      locale: 'vi',
      data: { publishAt: '2026-11-10T00:00:00.000Z', unpublishAt: null, endDate: '2026-11-30' },
    } as any);
    await approve(CAMPAIGN, campaign.documentId);
    expect((await runSchedule(cms.strapi, new Date('2026-11-10T00:01:00.000Z'))).published).toEqual([
      `${CAMPAIGN} ${campaign.documentId} (vi)`,
    ]);
    expect(await isLive(CAMPAIGN, campaign.documentId)).toBe(true);
  }, 60_000);
});
