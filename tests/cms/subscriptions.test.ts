import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { type CaughtMail, type MailCatcher, startMailCatcher } from '../../scripts/lib/mail-catcher.ts';
import { accountFor } from '../support/accounts.ts';
import { dom } from '../support/html.ts';
import type { AdminSession } from '../support/admin-api.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { mailEnv } from '../support/mail.ts';
import { arf, dsn } from '../support/mail-reports.ts';

// Subscriptions by mail against a real CMS and a real SMTP server (the catcher `npm start` runs): the
// column's form, the confirmation link, news as it is published and digests at their time (the clock is the
// test's), one-click unsubscribe, each body's list its own, and the form's defences.
const fromCms = createRequire(join(CMS_DIR, 'package.json'));
const dist = (path: string) => fromCms(join(CMS_DIR, 'dist', 'src', path));
const { mailQueue } = dist('notifications/index.js');
const { runSubscriptionCycle } = dist('subscriptions/dispatch.js');
const { subscriptionLinks } = dist('subscriptions/routes.js');

const ARTICLE = 'api::article.article';
const SUBSCRIPTION = 'api::subscription.subscription';
const REFUSED = 'khong-ton-tai@vi-du.vn';
const REPORTS_SECRET = 'thu-tra-ve-bi-mat-57';

describe.each(DATABASES)('subscriptions by mail (%s)', (database) => {
  let cms: RunningCms;
  let catcher: MailCatcher;
  let mailDir: string;
  let hanoiPublisher: AdminSession, hanoiEditor: AdminSession, mstPublisher: AdminSession;
  let topic: string;

  const settled = async () => {
    for (let i = 0; i < 300 && (await mailQueue().pending()).length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await mailQueue().pending()).toEqual([]);
  };
  const mailsTo = async (address: string) => (await catcher.messages()).filter((m) => m.to.includes(address));
  const linkIn = (mail: CaughtMail, kind: 'confirm' | 'unsubscribe') => {
    const found = mail.text.match(new RegExp(`https?://\\S+/api/column57/subscriptions/${kind}\\?token=[\\w-]+`));
    expect(found, `a ${kind} link in "${mail.subject}"`).toBeTruthy();
    return found![0];
  };
  const subscribe = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${cms.url}/api/column57/subscriptions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ body: 'hanoi', language: 'vi', ...fields }),
    });
  const rowsOf = (email: string) => cms.strapi.db.query(SUBSCRIPTION).findMany({ where: { email } });
  const tick = () => new Promise((r) => setTimeout(r, 20));
  const cycle = (now: Date) => runSubscriptionCycle(cms.strapi, mailQueue(), subscriptionLinks(cms.strapi), now, 0);
  /** A pass at the real now, a moment after what the test just did. */
  const cycleNow = async () => {
    await tick();
    return cycle(new Date());
  };

  async function publishArticle(title: string, slug: string, bodySlug = 'hanoi', summary = `Tóm tắt: ${title}.`) {
    const hanoi = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: bodySlug } });
    const topicRow = await cms.strapi.db.query('api::topic.topic').findOne({ where: { slug: topic } });
    const created = await cms.strapi.documents(ARTICLE).create({
      locale: 'vi',
      data: {
        title,
        slug,
        summary,
        content: `## ${title}\n\nĐổi mới sáng tạo và chuyển đổi số ở Thủ đô.`,
        publishDate: new Date().toISOString().slice(0, 10),
        channel: 'portal',
        body: hanoi.documentId,
        topics: [topicRow.documentId],
      } as any,
    });
    await cms.strapi.documents(ARTICLE).publish({ documentId: created.documentId, locale: 'vi' });
    return created.documentId as string;
  }

  /** Subscribes, confirms from the mail, and returns the address's confirmed row. */
  async function confirmedReader(email: string, fields: Record<string, string>) {
    expect((await subscribe({ email, ...fields })).status).toBe(200);
    await settled();
    const [mail] = await mailsTo(email);
    const confirmed = await fetch(linkIn(mail, 'confirm'));
    expect(confirmed.status).toBe(200);
    const [row] = await rowsOf(email);
    expect(row.confirmed).toBe(true);
    return row;
  }

  beforeAll(async () => {
    mailDir = mkdtempSync(join(tmpdir(), 'column57-subscriptions-'));
    catcher = await startMailCatcher({ dir: mailDir, refuse: (address) => address === REFUSED });
    cms = await startCms({
      database,
      // Huế brings its communes: a commune's subscribers also get what the province shares with it.
      seedBodies: ['hanoi', 'hue'],
      env: {
        ...mailEnv(catcher),
        CRON_ENABLED: 'false',
        COLUMN57_SUBSCRIBE_PER_CLIENT: '40',
        COLUMN57_SUBSCRIBE_PER_ADDRESS: '3',
        COLUMN57_MAIL_REPORTS_SECRET: REPORTS_SECRET,
      },
    });
    [hanoiPublisher, hanoiEditor, mstPublisher] = await Promise.all([
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@mst.test', 'body-publisher', 'mst'),
    ]);
    topic = (await cms.strapi.db.query('api::topic.topic').findOne({ where: {}, orderBy: { id: 'asc' } })).slug;
  });
  afterAll(async () => {
    await cms?.stop();
    await catcher?.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it('double opt-in: the form asks, the mail confirms, and only then does news come', async () => {
    const email = 'ban.doc@vi-du.vn';
    const asked = await subscribe({ email: 'Ban.Doc@Vi-Du.vn', scope: 'topic', topic, frequency: 'immediate' });
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain('<html lang="vi"');
    expect(page).toContain('Hãy kiểm tra hộp thư');
    await settled();
    const [confirmation] = await mailsTo(email);
    expect(confirmation.subject).toMatch(/^Xác nhận đăng ký nhận tin: .*Hà Nội/);
    expect(confirmation.text).toContain('Một chủ đề');
    expect((await rowsOf(email))[0].confirmed).toBe(false);
    // Nothing is sent to an address that has not confirmed.
    await publishArticle('Hà Nội mở trung tâm đổi mới sáng tạo', 'ha-noi-mo-trung-tam-doi-moi-sang-tao');
    await cycleNow();
    await settled();
    expect(await mailsTo(email)).toHaveLength(1);

    const confirmed = await fetch(linkIn(confirmation, 'confirm'));
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Đã xác nhận đăng ký');
    await new Promise((r) => setTimeout(r, 20));
    const documentId = await publishArticle('Đề án chuyển đổi số của Thủ đô được đưa vào thực hiện', 'de-an-chuyen-doi-so-thu-do');
    expect((await cycleNow()).mails).toBe(1);
    await settled();
    const news = (await mailsTo(email)).at(-1)!;
    expect(news.subject).toContain('Đề án chuyển đổi số của Thủ đô được đưa vào thực hiện');
    // The news published before the confirmation is not sent late.
    expect(news.text).not.toContain('trung tâm đổi mới sáng tạo');
    expect(news.text).toContain('https://');
    expect(news.html).toContain('<html lang="vi"');
    expect(news.headers['list-unsubscribe']).toBe(`<${linkIn(news, 'unsubscribe')}>`);
    expect(news.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // A second pass has nothing new to send, nor has an edit of the article published again.
    expect((await cycleNow()).mails).toBe(0);
    await cms.strapi.documents(ARTICLE).update({ documentId, locale: 'vi', data: { summary: 'Tóm tắt đã sửa lỗi chính tả.' } as any });
    await cms.strapi.documents(ARTICLE).publish({ documentId, locale: 'vi' });
    expect((await cycleNow()).mails).toBe(0);
  });

  it('a daily digest comes at 07:00 in Vietnam with what was published since the last one', async () => {
    const email = 'tong-hop.hang-ngay@vi-du.vn';
    await confirmedReader(email, { scope: 'column', frequency: 'daily' });
    await new Promise((r) => setTimeout(r, 20));
    await publishArticle('Sở Khoa học và Công nghệ Hà Nội công bố quỹ đổi mới', 'so-khcn-ha-noi-cong-bo-quy');
    await publishArticle('Hà Nội số hoá thủ tục hành chính cấp xã', 'ha-noi-so-hoa-thu-tuc-cap-xa');
    const now = new Date();
    // Before the next 07:00 (00:00 UTC) nothing is due; at it, one digest of both.
    const nextMoment = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 0, 1));
    await cycle(new Date(now.getTime() + 1000));
    await settled();
    expect(await mailsTo(email)).toHaveLength(1);
    await cycle(nextMoment);
    await settled();
    const digest = (await mailsTo(email)).at(-1)!;
    expect(digest.subject).toMatch(/: 2 tin mới$/);
    expect(digest.text).toContain('Sở Khoa học và Công nghệ Hà Nội công bố quỹ đổi mới');
    expect(digest.text).toContain('Hà Nội số hoá thủ tục hành chính cấp xã');
    expect(digest.text).toContain('Tóm tắt hằng ngày');
    // The next day has nothing new: no mail.
    await cycle(new Date(nextMoment.getTime() + 86_400_000));
    await settled();
    expect(await mailsTo(email)).toHaveLength(2);
  });

  it("one click unsubscribes: the mail programs' POST, and the page the link opens", async () => {
    const email = 'huy.dang-ky@vi-du.vn';
    const row = await confirmedReader(email, { scope: 'documents', frequency: 'weekly' });
    const link = subscriptionLinks(cms.strapi).unsubscribe(row.token);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hủy đăng ký');
    // What Gmail's and Outlook's button sends (RFC 8058).
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Đã hủy đăng ký');
    expect(await rowsOf(email)).toEqual([]);
    expect((await fetch(link)).status).toBe(404);
  });

  it("a body's list is its publisher's alone: not another body's, not an editor's", async () => {
    const email = 'danh-sach@vi-du.vn';
    await confirmedReader(email, { scope: 'audience', audience: 'enterprises', frequency: 'immediate' });
    const own = await hanoiPublisher.get('/column57/subscribers');
    expect(own.status).toBe(200);
    expect(own.body.data.map((r: any) => r.email)).toContain(email);
    const csv = await fetch(`${cms.url}/column57/subscribers?format=csv`, { headers: { Authorization: `Bearer ${hanoiPublisher.token}` } });
    expect(await csv.text()).toContain(email);
    const other = await mstPublisher.get('/column57/subscribers');
    expect(other.status).toBe(200);
    expect(JSON.stringify(other.body)).not.toContain('vi-du.vn');
    const otherCsv = await fetch(`${cms.url}/column57/subscribers?format=csv&body=hanoi`, {
      headers: { Authorization: `Bearer ${mstPublisher.token}` },
    });
    expect(await otherCsv.text()).not.toContain('vi-du.vn');
    expect((await hanoiEditor.get('/column57/subscribers')).status).toBe(403);
    expect((await fetch(`${cms.url}/column57/subscribers`)).status).toBe(401);
  });

  it("the national hub's subscribers get every column's new articles in one digest, each named by its column", async () => {
    const email = 'toan-quoc@vi-du.vn';
    // The hub's form names no body: its list is the programme office's (MST's).
    expect((await subscribe({ email, body: '', scope: 'hub', frequency: 'weekly' })).status).toBe(200);
    await settled();
    expect((await fetch(linkIn((await mailsTo(email))[0], 'confirm'))).status).toBe(200);
    const [row] = await cms.strapi.db.query(SUBSCRIPTION).findMany({ where: { email }, populate: ['body'] });
    expect(row.body.slug).toBe('mst');
    expect(JSON.stringify((await mstPublisher.get('/column57/subscribers')).body)).toContain(email);
    expect(JSON.stringify((await hanoiPublisher.get('/column57/subscribers')).body)).not.toContain(email);
    await tick();
    await publishArticle('Hà Nội thí điểm cơ chế thử nghiệm có kiểm soát', 'ha-noi-thi-diem-sandbox');
    await publishArticle('Bộ Khoa học và Công nghệ công bố chỉ số đổi mới sáng tạo', 'bo-khcn-cong-bo-chi-so', 'mst');
    const now = new Date();
    const nextMonday = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ((8 - now.getUTCDay()) % 7 || 7), 0, 5),
    );
    await cycle(nextMonday);
    await settled();
    const digest = (await mailsTo(email)).at(-1)!;
    expect(digest.subject).toMatch(/^Các chuyên mục Nghị quyết 57 trên cả nước: \d+ tin mới$/);
    expect(digest.text).toContain('Tóm tắt hằng tuần');
    expect(digest.text).toMatch(/\[Thành phố Hà Nội\]\nHà Nội thí điểm cơ chế thử nghiệm có kiểm soát/);
    expect(digest.text).toMatch(/\[Bộ Khoa học và Công nghệ\]\nBộ Khoa học và Công nghệ công bố chỉ số đổi mới sáng tạo/);
  });

  it('bad input is refused with the field named in Vietnamese, and abuse gets nothing', async () => {
    const bad = await subscribe({ email: 'khong-phai-dia-chi', scope: 'topic', topic: 'khong-co-chu-de' });
    expect(bad.status).toBe(400);
    // What the reader reads on the page, entities decoded.
    const text = dom(await bad.text()).body.textContent ?? '';
    expect(text).toContain('Trường "email"');
    expect(text).toContain('Trường "topic"');
    const unknown = await subscribe({ email: 'a@vi-du.vn', body: 'khong-co-co-quan' });
    expect(unknown.status).toBe(400);
    expect(dom(await unknown.text()).body.textContent).toContain('Trường "body"');
    // The honeypot: told what a person is told, nothing stored, nothing sent.
    const robot = await subscribe({ email: 'robot@vi-du.vn', website: 'http://spam.example' });
    expect(robot.status).toBe(200);
    await settled();
    expect(await rowsOf('robot@vi-du.vn')).toEqual([]);
    expect(await mailsTo('robot@vi-du.vn')).toEqual([]);
    // One inbox cannot be flooded: three confirmations an hour at most.
    for (let i = 0; i < 6; i++) expect((await subscribe({ email: 'nan-nhan@vi-du.vn' })).status).toBe(200);
    await settled();
    expect(await mailsTo('nan-nhan@vi-du.vn')).toHaveLength(3);
    // The form sends only its own confirmation: no header or address smuggled in by the field.
    const smuggled = await subscribe({ email: 'a@vi-du.vn\r\nBcc: nhieu@vi-du.vn' });
    expect(smuggled.status).toBe(400);
    // A client that keeps asking is slowed down.
    const answers = await Promise.all(Array.from({ length: 45 }, (_, i) => subscribe({ email: `lien-tuc-${i}@vi-du.vn` })));
    expect(answers.some((a) => a.status === 429)).toBe(true);
  });

  it('an address the mail server refuses for good loses its subscriptions (a hard bounce)', async () => {
    const hanoi = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    await cms.strapi.db.query(SUBSCRIPTION).create({
      data: {
        email: REFUSED,
        scope: 'column',
        frequency: 'immediate',
        language: 'vi',
        confirmed: true,
        token: 'tra-lai-vinh-vien-0123456789',
        body: hanoi.id,
        confirmedAt: new Date(Date.now() - 3_600_000),
        lastSentAt: new Date(Date.now() - 3_600_000),
      },
    });
    expect(await rowsOf(REFUSED)).toHaveLength(1);
    await publishArticle('Hà Nội trao giải sáng tạo trẻ', 'ha-noi-trao-giai-sang-tao-tre');
    await cycle(new Date(Date.now() + 60_000));
    await settled();
    expect(await rowsOf(REFUSED)).toEqual([]);
    expect(await mailsTo(REFUSED)).toEqual([]);
  });

  it('a commune’s subscribers get what its province shares with its communes, as the commune’s column shows it', async () => {
    const hue = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hue' } });
    const commune = await cms.strapi.db.query('api::body.body').findOne({
      where: { parent: { id: hue.id }, publicBaseUrl: { $notNull: true } },
      orderBy: { id: 'asc' },
    });
    const email = 'ban.doc.xa@vi-du.vn';
    const hourAgo = new Date(Date.now() - 3_600_000);
    await cms.strapi.db.query(SUBSCRIPTION).create({
      data: {
        email,
        scope: 'column',
        frequency: 'immediate',
        language: 'vi',
        confirmed: true,
        token: 'xa-cua-hue-0123456789',
        body: commune.id,
        confirmedAt: hourAgo,
        lastSentAt: hourAgo,
      },
    });
    const topicRow = await cms.strapi.db.query('api::topic.topic').findOne({ where: { slug: topic } });
    const shared = await cms.strapi.documents(ARTICLE).create({
      locale: 'vi',
      data: {
        title: 'Huế hướng dẫn các xã, phường lập kế hoạch chuyển đổi số',
        slug: 'hue-huong-dan-xa-phuong-chuyen-doi-so',
        summary: 'Tỉnh gửi hướng dẫn chung cho mọi xã, phường.',
        content: '## Hướng dẫn\n\nMỗi xã, phường lập kế hoạch chuyển đổi số của mình.',
        publishDate: new Date().toISOString().slice(0, 10),
        channel: 'portal',
        body: hue.documentId,
        topics: [topicRow.documentId],
        sharedToAllCommunes: true,
      } as any,
    });
    await cms.strapi.documents(ARTICLE).publish({ documentId: shared.documentId, locale: 'vi' });
    await cycle(new Date(Date.now() + 60_000));
    await settled();
    const [news] = await mailsTo(email);
    expect(news.subject).toContain('Huế hướng dẫn các xã, phường lập kế hoạch chuyển đổi số');
    // The link is the copy in the commune's own column.
    expect(news.text).toContain(`${commune.publicBaseUrl}${commune.basePath}bai-viet/hue-huong-dan-xa-phuong-chuyen-doi-so/`);
  });

  it('a complaint or a bounce that comes back later drops what it is about', async () => {
    const report = (raw: string, secret = REPORTS_SECRET) =>
      fetch(`${cms.url}/api/column57/subscriptions/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'message/rfc822', Authorization: `Bearer ${secret}` },
        body: raw,
      });
    const email = 'khieu.nai@vi-du.vn';
    const hanoi = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const frequency of ['immediate', 'weekly'])
      await cms.strapi.db.query(SUBSCRIPTION).create({
        data: {
          email,
          scope: 'column',
          frequency,
          language: 'vi',
          confirmed: true,
          token: `khieu-nai-${frequency}-0123456789`,
          body: hanoi.id,
          confirmedAt: hourAgo,
          lastSentAt: hourAgo,
        },
      });
    // Its summary embeds a programme block: the mail, read from the snapshot, says the block's words.
    await publishArticle(
      'Hà Nội số hoá hồ sơ đất đai',
      'ha-noi-so-hoa-ho-so-dat-dai',
      'hanoi',
      'Báo cáo kết quả {{khoi:han-bao-cao-thang}}.',
    );
    await cycle(new Date(Date.now() + 60_000));
    await settled();
    const [news] = await mailsTo(email);
    expect(news.text).toContain('Báo cáo kết quả vào ngày 20 hằng tháng.');
    expect(news.html).not.toContain('{{');
    expect(news.headers['list-unsubscribe']).toContain('token=khieu-nai-immediate-0123456789');

    // Refused without the mail server's secret; a mail that reports nothing changes nothing.
    expect((await report(arf(readFileSync(join(mailDir, news.file), 'utf8'), email), 'sai-bi-mat')).status).toBe(401);
    const nothing = await report('From: khieu.nai@vi-du.vn\r\nSubject: Vắng mặt\r\n\r\nTôi nghỉ phép đến thứ Hai.');
    expect(await nothing.json()).toEqual({ data: { kind: 'ignored', dropped: 0 } });
    expect(await rowsOf(email)).toHaveLength(2);

    // The reader marks the news mail as spam: the feedback loop sends it back whole, and that subscription goes.
    const complaint = await report(arf(readFileSync(join(mailDir, news.file), 'utf8'), email));
    expect(complaint.status).toBe(202);
    expect(await complaint.json()).toEqual({ data: { kind: 'complaint', dropped: 1 } });
    expect((await rowsOf(email)).map((r: any) => r.frequency)).toEqual(['weekly']);

    // Later the mailbox is closed: a delivery failure for good drops every subscription of the address;
    // a delay does not.
    expect(await (await report(dsn('delayed', '4.4.1', email))).json()).toEqual({ data: { kind: 'ignored', dropped: 0 } });
    expect(await rowsOf(email)).toHaveLength(1);
    expect(await (await report(dsn('failed', '5.1.1', email))).json()).toEqual({ data: { kind: 'bounce', dropped: 1 } });
    expect(await rowsOf(email)).toEqual([]);
  });
});
