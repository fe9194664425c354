import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaughtMail, type MailCatcher, startMailCatcher } from '../../scripts/lib/mail-catcher.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { accountFor, TEST_PASSWORD } from '../support/accounts.ts';
import { ARTICLE, CM, type AdminSession } from '../support/admin-api.ts';
import { launchBrowser } from '../support/browser.ts';
import { type RunningCms, startCms } from '../support/cms.ts';
import { mailEnv } from '../support/mail.ts';
import { submitForReview } from '../support/review.ts';

// The editors' desk from end to end, as people use it, in Chromium against a real CMS and a real SMTP server
// on loopback: a Hanoi editor makes a draft from a .docx and pastes a passage from Word into it, submits it;
// the publisher finds it in "Chờ duyệt" and returns it with a comment; the editor reads the comment, fixes the
// title and submits again; the publisher publishes. The mail catcher holds each notice, the audit page shows
// every step with what changed, and an older published version restored from the history panel becomes the
// draft while the live version stays. Huế's publisher sees none of it. (SQLite: the flow is the same on
// PostgreSQL, where review.test.ts, audit.test.ts and notifications.test.ts run the same steps over HTTP.)

const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const WORD_HTML = readFileSync(join(ROOT, 'tests', 'fixtures', 'office-html', 'word.html'), 'utf8');
const DOCX_TITLE = 'Hà Nội đưa dịch vụ công trực tuyến về 30 phường';
const FIXED_TITLE = 'Hà Nội đưa dịch vụ công trực tuyến toàn trình về 30 phường';
const SECOND_TITLE = 'Hà Nội đưa dịch vụ công trực tuyến toàn trình về 126 xã, phường';
const NOTE = 'Nhờ anh chị duyệt trước 16 giờ để kịp đăng.';
const COMMENT = 'Tiêu đề cần nói rõ là dịch vụ công toàn trình; sửa rồi gửi lại giúp.';

/** A report as a ward office writes it in Word: the title as a heading, a bold phrase and a table. */
function wordDocument(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: DOCX_TITLE, heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun('Từ tháng 12, người dân '),
                new TextRun({ text: 'nộp hồ sơ đất đai', bold: true }),
                new TextRun(' trực tuyến.'),
              ],
            }),
            new Table({
              rows: [
                new TableRow({ children: [cell('Đơn vị'), cell('Thủ tục trực tuyến')] }),
                new TableRow({ children: [cell('Phường Hoàn Kiếm'), cell('126')] }),
              ],
            }),
          ],
        },
      ],
    }),
  );
}

describe('the editors’ desk end to end (sqlite, Chromium, a real SMTP server)', () => {
  let cms: RunningCms;
  let catcher: MailCatcher;
  let mailDir: string;
  let browser: Browser;
  let publisher: AdminSession, editor: AdminSession, huePublisher: AdminSession;
  let id = '';

  const row = (published: boolean) =>
    cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: id, locale: 'vi', publishedAt: published ? { $notNull: true } : { $null: true } } });
  const mailAbout = (mails: CaughtMail[], subject: string) => mails.filter((m) => m.subject.includes(subject));

  async function signIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' })).newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${cms.url}/admin/auth/login`);
    // The panel's first load is a large bundle: slow on a busy machine.
    await page.waitForSelector('input[name="email"]', { timeout: 120_000 });
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', TEST_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    return page;
  }
  const editView = () => `${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${id}?plugins[i18n][locale]=vi`;

  /** The ⋯ menu of the entry's document actions, then one of them, confirmed in its dialog. */
  async function documentAction(page: Page, name: RegExp, fill?: { field: string; text: string }) {
    await page.getByRole('button', { name: /Thao tác khác với mục|More document actions/ }).click();
    await page.getByRole('menuitem', { name }).click();
    if (fill) await page.fill(`textarea[name="${fill.field}"]`, fill.text);
    await page.getByRole('alertdialog').getByRole('button', { name }).click();
  }

  async function save(page: Page) {
    await page.getByRole('button', { name: /^Lưu$/ }).click();
    await page.getByText('Đã lưu').first().waitFor();
  }

  beforeAll(async () => {
    mailDir = mkdtempSync(join(tmpdir(), 'column57-desk-mail-'));
    catcher = await startMailCatcher({ dir: mailDir });
    cms = await startCms({
      database: 'sqlite',
      seedBodies: ['hanoi', 'hue'],
      serveAdminPanel: true,
      env: {
        CRON_ENABLED: 'false',
        ...mailEnv(catcher),
      },
    });
    [publisher, editor, huePublisher] = await Promise.all([
      accountFor(cms, 'duyet@hanoi.test', 'body-publisher', 'hanoi'),
      accountFor(cms, 'bientap@hanoi.test', 'body-editor', 'hanoi'),
      accountFor(cms, 'duyet@hue.test', 'body-publisher', 'hue'),
    ]);
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
    await catcher?.close();
    rmSync(mailDir, { recursive: true, force: true });
  });

  it('a .docx becomes a draft, a Word passage pastes as Markdown, review goes round once, and it is published', async () => {
    const editorPage = await signIn('bientap@hanoi.test');
    // "Soạn từ Word" beside a new article: the .docx becomes the body's draft, opened from the panel.
    await editorPage.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=vi`);
    await editorPage.setInputFiles('#column57-word-file', {
      name: 'Báo cáo dịch vụ công.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await wordDocument(),
    });
    await editorPage.getByText(`Đã tạo bài nháp "${DOCX_TITLE}".`).waitFor();
    await editorPage.getByRole('button', { name: 'Mở bài nháp' }).click();
    await editorPage.waitForURL((url) => /\/api::article\.article\/[a-z0-9]{20,}/.test(url.pathname));
    id = new URL(editorPage.url()).pathname.split('/').pop()!;
    const imported = await row(false);
    expect(imported.title).toBe(DOCX_TITLE);
    expect(imported.content).toContain('**nộp hồ sơ đất đai**');
    expect(imported.content).toMatch(/\| Phường Hoàn Kiếm \| 126 \|/);

    // A passage copied from Word is pasted at the end of the text: it arrives as Markdown, not as Word's HTML.
    const editorBox = editorPage.locator('.CodeMirror').first();
    await editorBox.click();
    await editorPage.keyboard.press('Control+End');
    // A paste goes to the focused element, whatever CodeMirror uses for input.
    await editorPage.evaluate((html) => {
      const target = document.activeElement!;
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Hà Nội đẩy mạnh chuyển đổi số');
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_HTML);
    // Word's pictures are its temporary files, which no web page can read: the editor is told, not misled.
    await editorPage
      .getByText(/ảnh nằm trên máy của bạn \(file:\)/)
      .first()
      .waitFor();
    await save(editorPage);
    const pasted = (await row(false)).content as string;
    // Pasted at the end of the table's last row, it still starts a block of its own.
    expect(pasted).toMatch(/^\| Phường Hoàn Kiếm \| 126 \|\n\n# Hà Nội đẩy mạnh chuyển đổi số$/m);
    expect(pasted).toMatch(/^## Kết quả quý III$/m);
    expect(pasted).toContain('**hoàn thành**');
    expect(pasted).toMatch(/^- Đường truyền đến 100% xã$/m);
    expect(pasted).not.toMatch(/mso-|MsoNormal|<o:p>/);

    // "Gửi duyệt" with a note.
    await documentAction(editorPage, /^Gửi duyệt$/, { field: 'reviewNote', text: NOTE });
    await editorPage.locator('[data-review-state="submitted"]').waitFor();

    // The publisher finds it in "Chờ duyệt": who, the note, and the whole text as new; returns it with a comment.
    const publisherPage = await signIn('duyet@hanoi.test');
    await publisherPage.goto(`${cms.url}/admin/column57/review`);
    const item = publisherPage.locator(`[data-queue-item="${id}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(NOTE);
    expect(await item.locator('[data-diff-field="title"] ins').textContent()).toContain(DOCX_TITLE);
    await publisherPage.screenshot({ path: join(SCREENSHOTS, 'review-queue.png'), fullPage: true });
    await item.getByRole('button', { name: /^Trả lại$/ }).click();
    await item.locator('textarea[name="returnComment"]').fill(COMMENT);
    await item.getByRole('button', { name: /Trả lại kèm lời nhắn/ }).click();
    await item.waitFor({ state: 'detached' });

    // The editor reads the comment beside the form (and the list says "Bị trả lại"), fixes the title, submits.
    await editorPage.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=vi`);
    expect(await editorPage.locator('[data-review-state="returned"]').first().textContent()).toBe('Bị trả lại');
    await editorPage.goto(editView());
    expect(await editorPage.locator('[data-review-comment]').textContent()).toContain(COMMENT);
    await editorPage.screenshot({ path: join(SCREENSHOTS, 'review-returned.png') });
    await editorPage.fill('input[name="title"]', FIXED_TITLE);
    await save(editorPage);
    await documentAction(editorPage, /^Gửi duyệt$/, { field: 'reviewNote', text: 'Đã sửa tiêu đề.' });
    await editorPage.locator('[data-review-state="submitted"]').waitFor();

    // The queue shows the new title word by word against nothing published yet; "Đăng" puts it live.
    await publisherPage.reload();
    await item.waitFor();
    await item.getByRole('button', { name: /^Đăng$/ }).click();
    await item.waitFor({ state: 'detached' });
    expect((await row(true))?.title).toBe(FIXED_TITLE);
    expect((await row(true))?.reviewState).toBe('approved');

    // The notices, each to whom it concerns: the publisher twice, the editor of the return and of the publish.
    const mails = await catcher.waitFor((m) => m.subject.includes('Đã xuất bản'), 1, 30_000).then(() => catcher.messages());
    const to = (subject: string) => mailAbout(mails, subject).flatMap((m) => m.to);
    expect(to(`Cần duyệt: ${DOCX_TITLE}`)).toEqual(['duyet@hanoi.test']);
    expect(to(`Cần duyệt: ${FIXED_TITLE}`)).toEqual(['duyet@hanoi.test']);
    expect(to(`Bài bị trả lại: ${DOCX_TITLE}`)).toEqual(['bientap@hanoi.test']);
    expect(mailAbout(mails, `Bài bị trả lại: ${DOCX_TITLE}`)[0].text).toContain(COMMENT);
    expect(to(`Đã xuất bản: ${FIXED_TITLE}`)).toEqual(['bientap@hanoi.test']);

    // The audit page, as the publisher reads it: each step, and the title's change before → after.
    await publisherPage.goto(`${cms.url}/admin/column57/audit`);
    const table = publisherPage.locator('table');
    await table.waitFor();
    const steps = await table
      .locator('tbody tr')
      .evaluateAll(
        (rows, titles) => rows.filter((r) => titles.some((t) => r.textContent?.includes(t))).map((r) => r.children[2].textContent ?? ''),
        [DOCX_TITLE, FIXED_TITLE],
      );
    // Each action reads "Vietnamese (English)".
    expect(steps.map((s) => s.split(' (')[0])).toEqual(expect.arrayContaining(['Tạo mới', 'Sửa', 'Gửi duyệt', 'Trả lại', 'Xuất bản']));
    const titleChange = table.locator('tbody tr', { hasText: 'Sửa' }).filter({ hasText: FIXED_TITLE }).first();
    expect(await titleChange.locator('del').allTextContents()).toContain(DOCX_TITLE);
    expect(await titleChange.locator('ins').allTextContents()).toContain(FIXED_TITLE);
    expect(await table.textContent()).not.toContain('api::');
    await publisherPage.screenshot({ path: join(SCREENSHOTS, 'review-audit.png'), fullPage: true });
    await publisherPage.context().close();
    await editorPage.context().close();
  }, 600_000);

  it('a version restored from the history panel becomes the draft; the live version stays', async () => {
    // A second published version, made as in the first test but over HTTP.
    const updated = await editor.put(`${CM}/${ARTICLE}/${id}?locale=vi`, { title: SECOND_TITLE });
    expect(updated.status).toBe(200);
    await submitForReview(editor, ARTICLE, id);
    expect((await publisher.post(`${CM}/${ARTICLE}/${id}/actions/publish?locale=vi`, {})).status).toBe(200);

    const page = await signIn('bientap@hanoi.test');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(editView());
    await page.getByText('Lịch sử phiên bản').first().waitFor();
    const first = page.locator('li', { hasText: FIXED_TITLE }).first();
    await first.getByRole('button', { name: 'Khôi phục thành bản nháp' }).click();
    await page
      .getByText(/Đã ghi phiên bản 1 vào bản nháp/)
      .first()
      .waitFor();
    // The form shows the restored title without a reload; the column still shows the second version.
    await expect.poll(() => page.inputValue('input[name="title"]')).toBe(FIXED_TITLE);
    expect((await row(false)).title).toBe(FIXED_TITLE);
    expect((await row(true)).title).toBe(SECOND_TITLE);
    await page.context().close();
  }, 300_000);

  it('the publisher publishes an unsubmitted entry only with a reason, from the ⋯ menu, and "Duyệt" clears the mark', async () => {
    const created = await editor.post(`${CM}/${ARTICLE}?locale=vi`, {
      title: 'Hà Nội cảnh báo lừa đảo cài ứng dụng giả mạo',
      slug: 'canh-bao-ung-dung-gia-mao',
      summary: 'Cảnh báo khẩn cho người dân.',
      content: 'Không cài ứng dụng theo đường link lạ.',
      publishDate: '2026-12-05',
      channel: 'portal',
    });
    const urgent = created.body.data.documentId as string;
    const page = await signIn('duyet@hanoi.test');
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${urgent}?plugins[i18n][locale]=vi`);
    const reason = 'Cảnh báo khẩn của Công an thành phố, cần đăng ngay trong ngày.';
    await documentAction(page, /^Đăng không qua duyệt$|^Đăng kèm lý do$/, { field: 'reviewReason', text: reason });
    await page.getByText('Đã đăng').first().waitFor();
    await page.locator('[data-review-state="unreviewed"]').waitFor();
    expect(await page.locator('[data-review-state="unreviewed"]').textContent()).toContain(reason);
    const live = await cms.strapi.db
      .query(ARTICLE)
      .findOne({ where: { documentId: urgent, locale: 'vi', publishedAt: { $notNull: true } } });
    expect(live).toMatchObject({ reviewState: 'unreviewed', reviewReason: reason });

    await documentAction(page, /^Duyệt$/);
    await page.locator('[data-review-state="approved"]').waitFor();
    const rows = await cms.strapi.db.query(ARTICLE).findMany({ where: { documentId: urgent } });
    expect(rows.map((r: { reviewState: string }) => r.reviewState)).toEqual(rows.map(() => 'approved'));
    await page.context().close();
  }, 300_000);

  it("Huế's publisher sees none of it: not the queue, the history, the audit entries nor the mail", async () => {
    expect(JSON.stringify((await huePublisher.get('/column57/review/queue')).body)).not.toContain(id);
    expect([403, 404]).toContain((await huePublisher.get(`/column57/history/${ARTICLE}/${id}?locale=vi`)).status);
    // The log's months are Vietnam's.
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const audit = await huePublisher.get(`/column57/audit?month=${month}`);
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).not.toContain(id);
    expect((await catcher.messages()).filter((m) => m.to.some((to) => to.endsWith('@hue.test')))).toEqual([]);
  }, 120_000);
});
