import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsOf } from '../../cms/src/share-kit/accounts.ts';
import { FACEBOOK_POST_LIMIT, ZALO_DESCRIPTION_LIMIT, ZALO_TITLE_LIMIT } from '../../cms/src/share-kit/limits.ts';
import { clip, hashtag, length, shareTexts } from '../../cms/src/share-kit/text.ts';

// The share kit's texts on real Vietnamese titles and summaries: hashtags keep their diacritics (and "đ"),
// each post stays within its network's length however long the article's summary, and the link is never cut.
const SHORT = 'https://cms.vi-du.vn/l/abc123xyz0';
const LONG_SUMMARY =
  'Thành phố đặt mục tiêu đến năm 2030 có 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình, ' +
  'đồng thời đẩy mạnh đổi mới sáng tạo trong doanh nghiệp, trường đại học và viện nghiên cứu. '.repeat(6);

describe('share kit texts', () => {
  it('makes hashtags of topic names, with diacritics and đ kept', () => {
    expect(hashtag('Chuyển đổi số')).toBe('#ChuyểnĐổiSố');
    expect(hashtag('Khoa học, công nghệ & đổi mới sáng tạo')).toBe('#KhoaHọcCôngNghệĐổiMớiSángTạo');
    expect(hashtag('  ')).toBe('');
  });

  it('cuts at a word with an ellipsis, and leaves a short text whole', () => {
    expect(clip('Đổi mới sáng tạo', 100)).toBe('Đổi mới sáng tạo');
    const cut = clip(LONG_SUMMARY, 80);
    expect(length(cut)).toBeLessThanOrEqual(80);
    expect(cut.endsWith('…')).toBe(true);
    expect(LONG_SUMMARY.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('keeps each network within its length, with the whole link and the hashtags', () => {
    const texts = shareTexts({
      locale: 'vi',
      title: 'Hà Nội đưa dịch vụ công trực tuyến toàn trình về 126 xã, phường '.repeat(4).trim(),
      summary: LONG_SUMMARY,
      shortUrl: SHORT,
      topics: ['Chuyển đổi số', 'Đổi mới sáng tạo'],
    });
    expect(texts.hashtags).toEqual(['#ChuyểnĐổiSố', '#ĐổiMớiSángTạo', '#NghịQuyết57']);
    expect(length(texts.facebook.text)).toBeLessThanOrEqual(FACEBOOK_POST_LIMIT);
    expect(texts.facebook.text).toContain(`Đọc tiếp: ${SHORT}`);
    expect(texts.facebook.text).toContain(LONG_SUMMARY.trim().replace(/\s+/g, ' '));
    expect(texts.facebook.text.endsWith('#ChuyểnĐổiSố #ĐổiMớiSángTạo #NghịQuyết57')).toBe(true);
    expect(length(texts.zalo.title)).toBeLessThanOrEqual(ZALO_TITLE_LIMIT);
    expect(length(texts.zalo.description)).toBeLessThanOrEqual(ZALO_DESCRIPTION_LIMIT);
    expect(texts.zalo.description).toContain(SHORT);
    expect(texts.zalo.description).toContain('#NghịQuyết57');
  });

  it('speaks English for an English page', () => {
    const texts = shareTexts({
      locale: 'en',
      title: 'Hanoi goes digital',
      summary: 'Online services.',
      shortUrl: `${SHORT}/en`,
      topics: [],
    });
    expect(texts.facebook.text).toBe(`Hanoi goes digital\n\nOnline services.\n\nRead more: ${SHORT}/en\n\n#Resolution57`);
  });
});

describe('social network accounts', () => {
  const saved = process.env.COLUMN57_SOCIAL_ACCOUNTS;
  afterEach(() => {
    if (saved === undefined) delete process.env.COLUMN57_SOCIAL_ACCOUNTS;
    else process.env.COLUMN57_SOCIAL_ACCOUNTS = saved;
  });
  const file = (content: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'column57-accounts-')), 'accounts.json');
    writeFileSync(path, content);
    process.env.COLUMN57_SOCIAL_ACCOUNTS = path;
    return path;
  };

  it('is off without a file, and for a body the file does not name', () => {
    delete process.env.COLUMN57_SOCIAL_ACCOUNTS;
    expect(accountsOf('hanoi')).toEqual({});
    file(JSON.stringify({ danang: { zalo: { accessToken: 't' } } }));
    expect(accountsOf('hanoi')).toEqual({});
    expect(accountsOf('danang')).toEqual({ zalo: { accessToken: 't' } });
  });

  it('names the body and the field of a broken entry, in Vietnamese first', () => {
    const path = file(JSON.stringify({ hanoi: { facebook: { accessToken: 't' } } }));
    expect(() => accountsOf('hanoi')).toThrow(`tệp tài khoản mạng xã hội ${path} không đọc được: hanoi.facebook: pageId, accessToken`);
    file('{ không phải JSON');
    expect(() => accountsOf('hanoi')).toThrow(/không đọc được: .*JSON/);
  });
});
