import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { type CaughtMail, type MailCatcher, startMailCatcher } from '../../scripts/lib/mail-catcher.ts';
import { accountFor, TEST_PASSWORD } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { mailEnv } from '../support/mail.ts';
import { approveForSchedule, submitForReview } from '../support/review.ts';

// Notifications by mail against a real CMS and a real SMTP server (the catcher `npm start` runs): desk
// events become mails to the right people of the right body, each person's choice is respected, and a
// mail the SMTP server could not take is sent once it is back.
const fromCms = createRequire(join(CMS_DIR, 'package.json'));
const dist = (path: string) => fromCms(join(CMS_DIR, 'dist', 'src', path));
const { DESK_EVENT, emitDeskEvent } = dist('desk/events.js');
const { mailQueue } = dist('notifications/index.js');
const { runSchedule } = dist('publishing/schedule.js');
const { runReportReminders } = dist('reporting/reminders.js');

const ADMIN = 'http://cms.test/admin';

describe.each(DATABASES)('notifications by mail on %s', (database) => {
  let cms: RunningCms;
  let catcher: MailCatcher;
  let mailDir: string;
  let hanoi: string;
  let hue: string;
  const people: Record<string, { id: number; email: string; name: string; session: AdminSession }> = {};

  const ids = async (email: string) => (await cms.strapi.db.query('admin::user').findOne({ where: { email } })).id as number;
  /** Every mail is out of the queue: what the catcher holds is all there will be. */
  const settled = async () => {
    for (let i = 0; i < 300 && (await mailQueue().pending()).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await mailQueue().pending()).toEqual([]);
  };
  const recipientsOf = (mails: CaughtMail[]) => mails.flatMap((m) => m.to).sort();
  const about = async (words: string) => (await catcher.messages()).filter((m) => m.subject.includes(words));
  const entry = (title: string, body: string) => ({
    uid: ARTICLE,
    documentId: `tai-lieu-${title.length}`,
    locale: 'vi',
    title,
    bodyDocumentId: body,
  });

  beforeAll(async () => {
    mailDir = mkdtempSync(join(tmpdir(), 'column57-mail-'));
    catcher = await startMailCatcher({ dir: mailDir });
    cms = await startCms({
      database,
      seedBodies: ['hanoi'],
      // The preferences page is checked in Chromium once, on SQLite.
      serveAdminPanel: database === 'sqlite',
      env: {
        // No cron ticks of their own: the scheduler and the reminders are run at a chosen "now".
        CRON_ENABLED: 'false',
        ...mailEnv(catcher),
        COLUMN57_ADMIN_URL: ADMIN,
      },
    });
    const body = (slug: string) => cms.strapi.db.query('api::body.body').findOne({ where: { slug } });
    hanoi = (await body('hanoi')).documentId;
    hue = (await body('hue')).documentId;
    const accounts = [
      ['duyet1', 'duyet1@hanoi.test', 'body-publisher', 'hanoi'],
      ['duyet2', 'duyet2@hanoi.test', 'body-publisher', 'hanoi'],
      ['bientap', 'bientap@hanoi.test', 'body-editor', 'hanoi'],
      ['hueDuyet', 'duyet@hue.test', 'body-publisher', 'hue'],
      ['hueBientap', 'bientap@hue.test', 'body-editor', 'hue'],
    ] as const;
    for (const [key, email, role, slug] of accounts) {
      const session = await accountFor(cms, email, role, slug);
      people[key] = { id: await ids(email), email, name: `Nghiệm Thử ${key}`, session };
    }
  }, 480_000);
  afterAll(async () => {
    await cms?.stop();
    await catcher?.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  const person = (key: string) => ({ id: people[key].id, email: people[key].email, name: people[key].name });

  it("a draft sent for review mails its body's publishers, and no one of another body", async () => {
    const title = 'Hà Nội số hoá hồ sơ đất đai ở 30 phường';
    await emitDeskEvent(cms.strapi, DESK_EVENT.reviewSubmitted, {
      entry: entry(title, hanoi),
      by: person('bientap'),
      at: new Date().toISOString(),
      note: 'Nhờ anh chị xem giúp đoạn số liệu.',
    });
    await settled();
    const mails = await about(title);
    expect(recipientsOf(mails)).toEqual(['duyet1@hanoi.test', 'duyet2@hanoi.test']);
    const [mail] = mails;
    // Vietnamese first, then English, with the link to the entry in the admin panel.
    expect(mail.subject).toBe(`[column57] Cần duyệt: ${title} / Review requested: ${title}`);
    expect(mail.text.indexOf('đã gửi bài')).toBeLessThan(mail.text.indexOf('submitted'));
    expect(mail.text).toContain('Nhờ anh chị xem giúp đoạn số liệu.');
    expect(mail.text).toContain(`${ADMIN}/content-manager/collection-types/${ARTICLE}/tai-lieu-${title.length}?plugins[i18n][locale]=vi`);
    expect(mail.html).toContain('<a href=');

    // Huế's draft goes to Huế's publisher alone.
    const hueTitle = 'Huế số hoá bản đồ di sản Cố đô';
    await emitDeskEvent(cms.strapi, DESK_EVENT.reviewSubmitted, {
      entry: entry(hueTitle, hue),
      by: person('hueBientap'),
      at: new Date().toISOString(),
    });
    await settled();
    expect(recipientsOf(await about(hueTitle))).toEqual(['duyet@hue.test']);

    // A return names its editors: one of another body slipped into `to` is not mailed.
    const returned = 'Hà Nội mở rộng dịch vụ công trực tuyến toàn trình';
    await emitDeskEvent(cms.strapi, DESK_EVENT.reviewReturned, {
      entry: entry(returned, hanoi),
      by: person('duyet1'),
      at: new Date().toISOString(),
      comment: 'Cần bổ sung nguồn số liệu đầu đoạn.',
      to: [person('bientap'), person('hueBientap')],
    });
    await settled();
    const back = await about(returned);
    expect(recipientsOf(back)).toEqual(['bientap@hanoi.test']);
    expect(back[0].text).toContain('Cần bổ sung nguồn số liệu đầu đoạn.');
  }, 60_000);

  it('a kind turned off on "Thông báo của tôi" is no longer mailed to that person only', async () => {
    const mine = await people.duyet2.session.get('/column57/notification-preferences');
    expect(mine.status).toBe(200);
    expect(mine.body.preferences.reviewSubmitted).toBe(true);
    expect(mine.body.kinds.map((k: { label: { vi: string } }) => k.label.vi)).toContain('Có bài gửi duyệt (cho người duyệt)');

    const refused = await people.duyet2.session.put('/column57/notification-preferences', { preferences: { reviewSubmitted: 'tắt' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^preferences\.reviewSubmitted: "Có bài gửi duyệt \(cho người duyệt\)" nhận true/);
    expect((await people.duyet2.session.put('/column57/notification-preferences', { preferences: { bogus: true } })).status).toBe(400);

    const saved = await people.duyet2.session.put('/column57/notification-preferences', { preferences: { reviewSubmitted: false } });
    expect(saved.status).toBe(200);
    expect(saved.body.preferences).toMatchObject({ reviewSubmitted: false, published: true });
    // Each account reads its own choice only: the other publishers keep theirs.
    expect((await people.duyet1.session.get('/column57/notification-preferences')).body.preferences.reviewSubmitted).toBe(true);
    expect((await people.hueDuyet.session.get('/column57/notification-preferences')).body.preferences.reviewSubmitted).toBe(true);

    const title = 'Hà Nội thí điểm trợ lý ảo cho cán bộ một cửa';
    await emitDeskEvent(cms.strapi, DESK_EVENT.reviewSubmitted, {
      entry: entry(title, hanoi),
      by: person('bientap'),
      at: new Date().toISOString(),
    });
    await settled();
    expect(recipientsOf(await about(title))).toEqual(['duyet1@hanoi.test']);
    await people.duyet2.session.put('/column57/notification-preferences', { preferences: { reviewSubmitted: true } });
  }, 60_000);

  it('a publish mails the author; the scheduler mails who scheduled it', async () => {
    const create = async (title: string, slug: string, extra: Record<string, unknown> = {}) => {
      const draft = await cms.strapi.documents(ARTICLE).create({
        data: {
          title,
          slug,
          summary: 'Tóm tắt.',
          content: 'Nội dung.',
          publishDate: '2026-12-01',
          channel: 'portal',
          body: hanoi,
          ...extra,
        },
        locale: 'vi',
      } as any);
      // Written by the body's editor, as if through the admin panel.
      await cms.strapi.db.query(ARTICLE).updateMany({
        where: { documentId: draft.documentId },
        data: { createdBy: people.bientap.id, updatedBy: people.bientap.id },
      });
      return draft.documentId as string;
    };
    const title = 'Đà Nẵng và Hà Nội chia sẻ nền tảng dữ liệu mở';
    const documentId = await create(title, 'chia-se-du-lieu-mo');
    // The editor sends it for review; the publisher publishes what was submitted.
    await submitForReview(people.bientap.session, ARTICLE, documentId);
    const publish = await people.duyet1.session.post(`${CM}/${ARTICLE}/${documentId}/actions/publish?locale=vi`, {});
    expect(publish.status).toBe(200);
    await settled();
    const published = await about(`Đã xuất bản: ${title}`);
    // The author hears; the publisher who did it is not told of their own act; no one of Huế hears.
    expect(recipientsOf(published)).toEqual(['bientap@hanoi.test']);
    expect(published[0].text).toContain('(Nghiệm Thử)');

    const at = new Date('2026-12-02T01:00:00.000Z');
    const scheduledTitle = 'Hà Nội công bố bản đồ số di tích đường phố';
    const scheduled = await create(scheduledTitle, 'ban-do-so-di-tich', { publishAt: at.toISOString() });
    // Due before anyone reviewed it: held back; whoever set the time and the body's publishers are told why.
    expect((await runSchedule(cms.strapi, new Date(at.getTime() + 30_000))).published).toEqual([]);
    await settled();
    const held = await about(`Lịch không thực hiện được: ${scheduledTitle}`);
    expect(recipientsOf(held)).toEqual(expect.arrayContaining(['bientap@hanoi.test', 'duyet1@hanoi.test']));
    expect(recipientsOf(held).join(' ')).not.toMatch(/hue/);
    expect(held[0].text).toContain('chưa được duyệt');
    await approveForSchedule(people.duyet1.session, ARTICLE, scheduled);
    const run = await runSchedule(cms.strapi, new Date(at.getTime() + 60_000));
    expect(run.published).toEqual([`${ARTICLE} ${scheduled} (vi)`]);
    await settled();
    const fired = await about(`Đã thực hiện theo lịch: ${scheduledTitle}`);
    expect(recipientsOf(fired)).toEqual(['bientap@hanoi.test']);
    expect(fired[0].text).toContain('đã được xuất bản theo lịch');
  }, 90_000);

  it("the daily reminder mails each body's publishers of their own report, once", async () => {
    // 17 March 2027 in Vietnam: the March report is due on the 20th, February's is past due.
    const now = new Date('2027-03-17T02:00:00.000Z');
    const run = await runReportReminders(cms.strapi, now);
    expect(run.due).toContain('hanoi 2027-03');
    expect(run.overdue).toContain('hue 2027-02');
    await settled();
    const due = await about('Báo cáo tháng 03/2027 sắp đến hạn');
    const hanoiDue = due.filter((m) => m.to.includes('duyet1@hanoi.test'));
    expect(hanoiDue).toHaveLength(1);
    expect(hanoiDue[0].text).toMatch(/Báo cáo tháng 03\/2027 của .*Hà Nội.* đến hạn ngày 20\/03\/2027/);
    expect(hanoiDue[0].text).not.toMatch(/Huế/);
    // Huế's publisher hears of Huế's report only.
    const hueMails = (await catcher.messages()).filter((m) => m.to.includes('duyet@hue.test') && m.subject.includes('2027'));
    expect(hueMails.length).toBe(2);
    for (const mail of hueMails) expect(mail.text).not.toMatch(/Hà Nội/);
    expect((await about('Báo cáo tháng 02/2027 đã quá hạn')).some((m) => m.to.includes('duyet2@hanoi.test'))).toBe(true);
    // Editors are not reminded; a second run the same day tells no one again.
    expect(recipientsOf(due)).not.toContain('bientap@hanoi.test');
    const again = await runReportReminders(cms.strapi, new Date(now.getTime() + 3600_000));
    expect(again).toEqual({ due: [], overdue: [] });
  }, 120_000);

  it('tells no body it is late with a report that fell due before the body joined (a first start mails nobody)', async () => {
    // The bodies were made when this test's CMS started: last month's report fell due before they existed.
    const today = await runReportReminders(cms.strapi, new Date());
    expect(today.overdue).toEqual([]);
  }, 120_000);

  it.runIf(database === 'sqlite')(
    '"Thông báo của tôi" in the admin panel turns a kind off for the signed-in account',
    async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(`${cms.url}/admin/auth/login`);
        await page.fill('input[name="email"]', people.hueDuyet.email);
        await page.fill('input[name="password"]', TEST_PASSWORD);
        await page.click('button[type="submit"]');
        await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
        await page.goto(`${cms.url}/admin/column57/notifications`);
        await page.getByRole('heading', { name: 'Thông báo của tôi' }).waitFor({ timeout: 60_000 });
        const overdue = page.getByLabel('Báo cáo tháng quá hạn (the monthly report is overdue)');
        expect(await overdue.isChecked()).toBe(true);
        await overdue.uncheck();
        await page.getByRole('button', { name: 'Lưu (Save)' }).click();
        await page.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor({ timeout: 30_000 });
      } finally {
        await browser.close();
      }
      const saved = (await people.hueDuyet.session.get('/column57/notification-preferences')).body.preferences;
      expect(saved).toMatchObject({ reportOverdue: false, reportDue: true });
      // Another account's choice is untouched.
      expect((await people.duyet1.session.get('/column57/notification-preferences')).body.preferences.reportOverdue).toBe(true);
    },
    180_000,
  );

  it('a mail the SMTP server could not take is sent once it is back', async () => {
    const port = catcher.smtpPort;
    await catcher.close();
    const title = 'Hà Nội đưa 100% thủ tục hành chính lên môi trường số';
    await emitDeskEvent(cms.strapi, DESK_EVENT.reviewSubmitted, {
      entry: entry(title, hanoi),
      by: person('bientap'),
      at: new Date().toISOString(),
    });
    // Tried and failed, kept in the database with its attempts counted.
    let waiting: Array<{ attempts: number; to: string }> = [];
    for (let i = 0; i < 100; i++) {
      waiting = await mailQueue().pending();
      if (waiting.length === 2 && waiting.every((m) => m.attempts >= 1)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(waiting.map((m) => m.to).sort()).toEqual(['duyet1@hanoi.test', 'duyet2@hanoi.test']);
    expect(waiting.every((m) => m.attempts >= 1)).toBe(true);
    catcher = await startMailCatcher({ dir: mailDir, smtpPort: port });
    const arrived = await catcher.waitFor((m) => m.subject.includes(title), 2, 30_000);
    expect(recipientsOf(arrived)).toEqual(['duyet1@hanoi.test', 'duyet2@hanoi.test']);
    await settled();
  }, 60_000);
});
