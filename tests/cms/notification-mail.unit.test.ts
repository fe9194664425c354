import { describe, expect, it } from 'vitest';
import { renderMail } from '../../cms/src/notifications/templates.ts';
import { smtpConfigFromEnv } from '../../cms/src/notifications/queue.ts';

// The notification mails as people read them: Vietnamese first, then English, text and HTML alike, with
// the links, and people's words escaped in the HTML.
const links = {
  open: 'https://cms.example.vn/admin/content-manager/collection-types/api::article.article/abc',
  preferences: 'https://cms.example.vn/admin/column57/notifications',
};

describe('notification mails', () => {
  it('a returned draft says who returned it and why, in Vietnamese and then in English', () => {
    const mail = renderMail(
      { kind: 'reviewReturned', title: 'Đồng Nai số hoá <hồ sơ> "đất đai"', by: 'Trần Thị Đào', comment: 'Thiếu nguồn & số liệu' },
      links,
    );
    expect(mail.subject).toBe(
      '[column57] Bài bị trả lại: Đồng Nai số hoá <hồ sơ> "đất đai" / Returned to you: Đồng Nai số hoá <hồ sơ> "đất đai"',
    );
    const vi = mail.text.indexOf('Trần Thị Đào đã trả lại bài');
    const en = mail.text.indexOf('Trần Thị Đào returned');
    expect(vi).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(vi);
    expect(mail.text).toContain('Nhận xét: Thiếu nguồn & số liệu');
    expect(mail.text).toContain('Comment: Thiếu nguồn & số liệu');
    expect(mail.text.split(links.open)).toHaveLength(3);
    expect(mail.text).toContain(`Thông báo của tôi":`);
    // Markup in a title or a comment stays text.
    expect(mail.html).toContain('&lt;hồ sơ&gt; &quot;đất đai&quot;');
    expect(mail.html).toContain('Thiếu nguồn &amp; số liệu');
    expect(mail.html).not.toContain('<hồ sơ>');
    expect(mail.html.indexOf('lang="vi"')).toBeLessThan(mail.html.indexOf('lang="en"'));
    expect(mail.html).toContain(`<a href="${links.open}">Mở trong trang quản trị</a>`);
  });

  it('the scheduler, when no person did it, is named as the system; an empty note is left out', () => {
    const mail = renderMail({ kind: 'published', title: 'Hội thảo chuyển đổi số', by: null }, links);
    expect(mail.text).toContain('Bài "Hội thảo chuyển đổi số" đã được xuất bản (hệ thống).');
    expect(mail.text).toContain('"Hội thảo chuyển đổi số" is now published (the system).');
    const submitted = renderMail({ kind: 'reviewSubmitted', title: 'Hội thảo', by: 'Lê Văn Đức', note: '  ' }, links);
    expect(submitted.text).not.toContain('Ghi chú');
    const failed = renderMail({ kind: 'scheduleFailed', title: 'Hội thảo', action: 'unpublish', error: 'thiếu ngày' }, links);
    expect(failed.text).toContain('Không gỡ xuất bản được bài "Hội thảo" theo lịch.');
    expect(failed.text).toContain('Lý do: thiếu ngày.');
  });

  it("a report reminder names the body, the month and the day in each language's way", () => {
    const mail = renderMail(
      {
        kind: 'reportDue',
        month: { vi: 'tháng 03/2027', en: 'March 2027' },
        body: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
        dueDate: { vi: '20/03/2027', en: '2027-03-20' },
      },
      links,
    );
    expect(mail.subject).toBe('[column57] Báo cáo tháng 03/2027 sắp đến hạn / The March 2027 report is due soon');
    expect(mail.text).toContain('Báo cáo tháng 03/2027 của Bộ Khoa học và Công nghệ đến hạn ngày 20/03/2027 và chưa được gửi.');
    expect(mail.text).toContain('The March 2027 report of Ministry of Science and Technology is due on 2027-03-20');
  });

  it('SMTP is configured by the environment, off without a host', () => {
    expect(smtpConfigFromEnv({})).toBeNull();
    expect(
      smtpConfigFromEnv({
        COLUMN57_SMTP_HOST: 'smtp.example.vn',
        COLUMN57_SMTP_SECURE: 'true',
        COLUMN57_SMTP_USER: 'u',
        COLUMN57_SMTP_PASS: 'p',
      }),
    ).toEqual({
      host: 'smtp.example.vn',
      port: 465,
      secure: true,
      user: 'u',
      pass: 'p',
      from: 'column57 <no-reply@localhost>',
    });
    expect(smtpConfigFromEnv({ COLUMN57_SMTP_HOST: 'localhost', COLUMN57_SMTP_PORT: '2525' })?.port).toBe(2525);
  });
});
