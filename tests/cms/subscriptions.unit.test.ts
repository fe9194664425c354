import { describe, expect, it } from 'vitest';
import { SlidingLimit } from '../../cms/src/subscriptions/abuse.ts';
import { lastDigestMoment } from '../../cms/src/subscriptions/dispatch.ts';
import { confirmationMail, newsMail } from '../../cms/src/subscriptions/mails.ts';

const body = {
  id: 1,
  documentId: 'hn',
  slug: 'hanoi',
  nameVi: 'Thành phố Hà Nội',
  nameEn: 'Hanoi',
  publicBaseUrl: 'https://hanoi.gov.vn',
  basePath: '/nghi-quyet-57/',
  // Too light for white text: the header must still read.
  primaryColor: '#f5d90a',
  englishEnabled: true,
};
const subscription = (frequency: 'immediate' | 'daily' | 'weekly', language: 'vi' | 'en' = 'vi') => ({
  id: 1,
  email: 'ban.doc@vi-du.vn',
  scope: 'column' as const,
  scopeValue: null,
  frequency,
  language,
  confirmed: true,
  token: 'token-thu-nghiem-0123456789',
  confirmedAt: null,
  lastSentAt: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  body,
});
const item = (title: string) => ({
  kind: 'article' as const,
  title,
  summary: `Tóm tắt của "${title}" <b>đậm</b> & rõ`,
  url: `https://hanoi.gov.vn/nghi-quyet-57/bai-viet/${title.length}/`,
  publishedAt: '2026-12-06T03:00:00.000Z',
});

describe('when digests are due', () => {
  it('daily at 07:00 in Vietnam, which is 00:00 UTC', () => {
    expect(lastDigestMoment(new Date('2026-12-07T06:59:00+07:00'), 'daily').toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(lastDigestMoment(new Date('2026-12-07T07:00:00+07:00'), 'daily').toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(lastDigestMoment(new Date('2026-12-07T23:30:00+07:00'), 'daily').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });
  it('weekly on Mondays at 07:00 in Vietnam', () => {
    // 7 December 2026 is a Monday.
    expect(lastDigestMoment(new Date('2026-12-07T08:00:00+07:00'), 'weekly').toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(lastDigestMoment(new Date('2026-12-07T06:00:00+07:00'), 'weekly').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(lastDigestMoment(new Date('2026-12-13T20:00:00+07:00'), 'weekly').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });
});

describe('the form limits', () => {
  it('lets a key through max times within the window, then again once the window has passed', () => {
    const limit = new SlidingLimit(3, 1000);
    expect([0, 10, 20, 30].map((t) => limit.take('a', t))).toEqual([true, true, true, false]);
    expect(limit.take('b', 30)).toBe(true);
    expect(limit.take('a', 1005)).toBe(true);
  });
});

describe('subscriber mails', () => {
  it('a digest lists every item with its link, escapes what editors wrote, and carries one-click unsubscribe', () => {
    const mail = newsMail(
      subscription('daily'),
      { what: 'Mọi tin của chuyên mục', how: 'Tóm tắt hằng ngày' },
      [item('Hà Nội <script>alert(1)</script> đổi mới'), item('Đề án chuyển đổi số')],
      { unsubscribe: 'https://cms.test/api/column57/subscriptions/unsubscribe?token=t' },
    );
    expect(mail.subject).toBe('Thành phố Hà Nội: 2 tin mới');
    expect(mail.html).toContain('<html lang="vi"');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;b&gt;đậm&lt;/b&gt; &amp; rõ');
    expect(mail.text).toContain('Hà Nội <script>alert(1)</script> đổi mới');
    expect(mail.text).toContain('https://hanoi.gov.vn/nghi-quyet-57/bai-viet/');
    expect(mail.text).toContain('Hủy đăng ký: https://cms.test/api/column57/subscriptions/unsubscribe?token=t');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://cms.test/api/column57/subscriptions/unsubscribe?token=t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': 'Thành phố Hà Nội <hanoi.column57>',
    });
    // The light brand colour is darkened for its white title, as the column does.
    expect(mail.html).not.toContain('background:#f5d90a;color:#ffffff');
  });
  it('one item as it is published is named in the subject; an English subscriber reads English', () => {
    const mail = newsMail(
      subscription('immediate', 'en'),
      { what: 'Everything', how: 'As soon as it is published' },
      [item('Hanoi opens a hub')],
      {
        unsubscribe: 'https://cms.test/u',
      },
    );
    expect(mail.subject).toBe('Hanoi: Hanoi opens a hub');
    expect(mail.html).toContain('<html lang="en"');
    expect(mail.text).toContain('Unsubscribe: https://cms.test/u');
  });
  it('the confirmation says what was asked and how to ignore it, and a refusal cancels the address', () => {
    const mail = confirmationMail(
      { ...subscription('weekly'), confirmed: false },
      { what: 'Văn bản mới', how: 'Tóm tắt hằng tuần' },
      {
        confirm: 'https://cms.test/c?token=x',
        unsubscribe: '',
      },
    );
    expect(mail.subject).toBe('Xác nhận đăng ký nhận tin: Thành phố Hà Nội');
    expect(mail.text).toContain('Nội dung: Văn bản mới. Tần suất: Tóm tắt hằng tuần.');
    expect(mail.text).toContain('Xác nhận đăng ký: https://cms.test/c?token=x');
    expect(mail.refusalCancels).toBe('ban.doc@vi-du.vn');
  });
});
