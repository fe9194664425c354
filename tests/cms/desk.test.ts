import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { accountFor, TEST_PASSWORD } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { DATABASES, type RunningCms, startCms } from '../support/cms.ts';
import { submitForReview } from '../support/review.ts';

// The editor's desk against a real Strapi: slugs proposed from the title and kept unique per body, the live
// link after publishing, a report's figures computed when opened, and the home's widgets, each showing the
// caller's own body only. On SQLite, Chromium opens the home and the reporting page as Hanoi's people do.

const REPORT = 'api::monthly-report.monthly-report';
const fromCms = createRequire(join(CMS_DIR, 'package.json'));
const reports = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'reports.js'));
const period = fromCms(join(CMS_DIR, 'dist', 'src', 'reporting', 'period.js'));

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Tóm tắt: người dân được hướng dẫn dùng dịch vụ công trực tuyến.',
  content: '## Nội dung\n\nPhường tổ chức lớp "Bình dân học vụ số" cho người cao tuổi.',
  channel: 'grassroots',
  ...extra,
});

describe.each(DATABASES)("the editor's desk (%s)", (database) => {
  let cms: RunningCms;
  let hanoiEditor: AdminSession, hanoiPublisher: AdminSession, danangEditor: AdminSession, danangPublisher: AdminSession;
  const thisMonth = period.vnMonth(new Date());
  const inPeriod = period.periodOf(thisMonth).from;
  const created = async (session: AdminSession, data: Record<string, unknown>, locale = 'vi') => {
    const response = await session.post(`${CM}/${ARTICLE}?locale=${locale}`, data);
    expect(response.status, JSON.stringify(response.body).slice(0, 400)).toBe(201);
    return stored(response.body.data.documentId, locale);
  };
  /** The draft as saved (the database's row, whatever the answer chose to show). */
  const stored = (documentId: string, locale = 'vi') =>
    cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale, publishedAt: null } });
  const linkOf = (session: AdminSession, documentId: string, locale = 'vi') =>
    session.get(`/column57/desk/live-link/${ARTICLE}/${documentId}?locale=${locale}`);
  const figureOf = async (session: AdminSession, documentId: string, key: string) => {
    const response = await session.get(`/column57/reporting/reports/${documentId}/figures`);
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
    return response.body.data.lines.find((l: any) => l.key === key);
  };
  const hanoiReport = () =>
    cms.strapi.db.query(REPORT).findOne({ where: { month: thisMonth, body: { slug: 'hanoi' } }, orderBy: { version: 'desc' } });

  beforeAll(async () => {
    cms = await startCms({
      database,
      seedBodies: ['hanoi', 'danang'],
      env: { CRON_ENABLED: 'false' },
      serveAdminPanel: database === 'sqlite',
    });
    [hanoiEditor, hanoiPublisher, danangEditor, danangPublisher] = await Promise.all([
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@danang.test', 'body-editor', 'danang'),
      accountFor(cms, 'duyet@danang.test', 'body-publisher', 'danang'),
    ]);
    // This month's drafts, as the daily cycle makes them.
    await reports.prepareReports(cms.strapi);
  }, 600_000);
  afterAll(async () => cms?.stop());

  it('proposes a slug from the title (diacritics folded, đ→d), numbers a clash in the body, normalises a typed one', async () => {
    const title = 'Đà Nẵng: Hội nghị đổi mới sáng tạo và chuyển đổi số';
    const first = await created(hanoiEditor, article(title));
    expect(first.slug).toBe('da-nang-hoi-nghi-doi-moi-sang-tao-va-chuyen-doi-so');
    const second = await created(hanoiEditor, article(title));
    expect(second.slug).toBe('da-nang-hoi-nghi-doi-moi-sang-tao-va-chuyen-doi-so-2');
    // Unique per body: another body's column may use the same address.
    const danang = await created(danangEditor, article(title));
    expect(danang.slug).toBe('da-nang-hoi-nghi-doi-moi-sang-tao-va-chuyen-doi-so');
    // Typed with accents and spaces: normalised, not refused with "does not match the regular expression".
    const typed = await created(hanoiEditor, article('Lớp học số cho người cao tuổi', { slug: 'Lớp Học Số Đông Anh' }));
    expect(typed.slug).toBe('lop-hoc-so-dong-anh');
    // Per locale: the English version gets its slug from its own title.
    const english = await hanoiEditor.put(`${CM}/${ARTICLE}/${first.documentId}?locale=en`, {
      ...article('Da Nang: a conference on innovation'),
      summary: 'Summary in English.',
    });
    expect(english.status, JSON.stringify(english.body).slice(0, 300)).toBe(200);
    expect((await stored(first.documentId, 'en')).slug).toBe('da-nang-a-conference-on-innovation');
    // Saving again keeps the slug it has.
    const again = await hanoiEditor.put(`${CM}/${ARTICLE}/${first.documentId}?locale=vi`, { summary: 'Tóm tắt mới.' });
    expect(again.status).toBe(200);
    expect((await stored(first.documentId)).slug).toBe(first.slug);
  });

  it('gives the live page once published, to its own body only; fresh report figures count it at once', async () => {
    const draft = await created(hanoiEditor, article('Hà Nội đưa trợ lý số về từng tổ dân phố', { publishDate: inPeriod }));
    expect((await linkOf(hanoiEditor, draft.documentId)).body.data).toMatchObject({ live: false, url: null });
    const report = await hanoiReport();
    const before = await figureOf(hanoiPublisher, report.documentId, 'articles');
    expect(before.vi).toMatch(/[Bb]ài viết/);

    await submitForReview(hanoiEditor, ARTICLE, draft.documentId);
    const published = await hanoiPublisher.post(`${CM}/${ARTICLE}/${draft.documentId}/actions/publish?locale=vi`, {});
    expect(published.status, JSON.stringify(published.body).slice(0, 300)).toBe(200);
    const body = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    const link = (await linkOf(hanoiEditor, draft.documentId)).body.data;
    expect(link.live).toBe(true);
    expect(link.url).toBe(`${body.publicBaseUrl}${body.basePath}bai-viet/ha-noi-dua-tro-ly-so-ve-tung-to-dan-pho/`);
    // Another body's editor learns nothing of it.
    expect((await linkOf(danangEditor, draft.documentId)).body.data).toEqual({ live: false, url: null, publishedAt: null });
    const wrongType = await hanoiEditor.get(`/column57/desk/live-link/api::honour.honour/${draft.documentId}`);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/không có trang riêng.* \/ .*has no page of its own/);

    // The stored figures are as the cycle left them; the panel's are computed now and count the new article.
    expect((await hanoiReport()).figures.articles).toBe(before.value);
    expect((await figureOf(hanoiEditor, report.documentId, 'articles')).value).toBe(before.value + 1);
    expect((await danangPublisher.get(`/column57/reporting/reports/${report.documentId}/figures`)).status).toBe(404);
  });

  it("shows each account its own drafts, its body's scheduled entries, its column and this month's report", async () => {
    const mine = await created(hanoiEditor, article('Bản nháp riêng của biên tập viên Hà Nội'));
    const later = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
    await created(hanoiEditor, article('Bài hẹn giờ đăng của Hà Nội', { publishAt: later }));
    await created(danangEditor, article('Bản nháp riêng của biên tập viên Đà Nẵng', { publishAt: later }));

    const titles = async (session: AdminSession, path: string) => {
      const response = await session.get(`/column57/desk/${path}`);
      expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200);
      return response.body.data.map((item: any) => item.title);
    };
    const hanoiDrafts = await titles(hanoiEditor, 'my-drafts');
    expect(hanoiDrafts[0]).toBe('Bài hẹn giờ đăng của Hà Nội');
    expect(hanoiDrafts).toContain(mine.title);
    expect(hanoiDrafts).not.toContain('Bản nháp riêng của biên tập viên Đà Nẵng');
    // The publisher saved none of them: the list is the caller's own.
    expect(await titles(hanoiPublisher, 'my-drafts')).not.toContain(mine.title);
    const [hanoiScheduled, danangScheduled] = [await titles(hanoiPublisher, 'scheduled'), await titles(danangPublisher, 'scheduled')];
    expect(hanoiScheduled).toContain('Bài hẹn giờ đăng của Hà Nội');
    expect(hanoiScheduled).not.toContain('Bản nháp riêng của biên tập viên Đà Nẵng');
    expect(danangScheduled).toContain('Bản nháp riêng của biên tập viên Đà Nẵng');
    expect(danangScheduled).not.toContain('Bài hẹn giờ đăng của Hà Nội');

    const home = (await hanoiEditor.get('/column57/desk/my-column')).body.data;
    const body = await cms.strapi.db.query('api::body.body').findOne({ where: { slug: 'hanoi' } });
    expect(home.column).toMatchObject({ nameVi: body.nameVi, url: `${body.publicBaseUrl}${body.basePath}` });
    expect(home.report).toMatchObject({ month: thisMonth, dueDay: `${thisMonth}-20`, status: 'draft' });
    expect(home.report.documentId).toBe((await hanoiReport()).documentId);
    const danangHome = (await danangEditor.get('/column57/desk/my-column')).body.data;
    expect(danangHome.column.nameVi).not.toBe(body.nameVi);
    expect(danangHome.report.documentId).not.toBe(home.report.documentId);
  });

  it.runIf(database === 'sqlite')(
    'in Chromium: the home shows the widgets in Vietnamese; the reporting page offers Submit only after the period',
    async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' });
        await page.goto(`${cms.url}/admin/auth/login`);
        await page.fill('input[name="email"]', 'duyet@hanoi.test');
        await page.fill('input[name="password"]', TEST_PASSWORD);
        await page.click('button[type="submit"]');
        for (const heading of ['Bản nháp của tôi', 'Đã lên lịch', 'Chuyên mục của tôi', 'Báo cáo tháng này']) {
          await page.getByText(heading, { exact: true }).first().waitFor({ timeout: 60_000 });
        }
        await page.getByText('Bài hẹn giờ đăng của Hà Nội').first().waitFor({ timeout: 30_000 });
        const home = await page.locator('body').innerText();
        expect(home).toContain('Hạn nộp: 20/');
        expect(home).not.toContain('Bản nháp riêng của biên tập viên Đà Nẵng');

        await page.goto(`${cms.url}/admin/column57/reporting`);
        await page.getByText('Nhập số liệu').first().waitFor({ timeout: 60_000 });
        const row = page.locator('tr', { hasText: thisMonth }).first();
        const closes = period.periodOf(thisMonth).closesAt.getTime();
        if (Date.now() < closes) {
          expect(await row.getByRole('button', { name: /^Nộp/ }).count()).toBe(0);
          expect(await row.innerText()).toContain('Nộp được từ');
        } else {
          // From the 15th the month's period is over, and Submit is offered.
          expect(await row.getByRole('button', { name: /^Nộp/ }).count()).toBe(1);
        }
      } finally {
        await browser.close();
      }
    },
    240_000,
  );
});
