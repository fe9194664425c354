import { describe, expect, it } from 'vitest';
import { isSlug, numberedSlug, paths, slugify } from '../../packages/snapshot/src/index.ts';

// The slug rule the CMS proposes slugs with and the column addresses pages by (packages/snapshot/src/slug.ts).

describe('the slug rule', () => {
  it('folds Vietnamese diacritics, reads đ and Đ as d, lower-cases and joins words with hyphens', () => {
    expect(slugify('Đổi mới sáng tạo: Hội nghị Đảng ủy phường Đống Đa 2026')).toBe('doi-moi-sang-tao-hoi-nghi-dang-uy-phuong-dong-da-2026');
    expect(slugify('Ưu tiên ngân sách cho KH&CN, ĐMST và chuyển đổi số')).toBe('uu-tien-ngan-sach-cho-kh-cn-dmst-va-chuyen-doi-so');
    expect(slugify('  Nghị quyết   57-NQ/TW  ')).toBe('nghi-quyet-57-nq-tw');
  });

  it('normalises a typed slug with accents, capitals or spaces instead of refusing it, and keeps a good one', () => {
    expect(slugify('Bình dân học vụ số')).toBe('binh-dan-hoc-vu-so');
    expect(slugify('binh-dan-hoc-vu-so')).toBe('binh-dan-hoc-vu-so');
    expect(isSlug(slugify('Đà Nẵng — Thành phố thông minh!'))).toBe(true);
  });

  it('keeps within the length a slug field allows, cut at a word, and numbers a taken slug', () => {
    const long = slugify('Hướng dẫn người dân sử dụng dịch vụ công trực tuyến mức độ toàn trình trên Cổng dịch vụ công quốc gia', 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toBe('huong-dan-nguoi-dan-su-dung-dich-vu-cong');
    expect(numberedSlug('hoi-nghi', 1)).toBe('hoi-nghi');
    expect(numberedSlug('hoi-nghi', 2)).toBe('hoi-nghi-2');
    expect(numberedSlug(long, 12, 40)).toMatch(/^huong-dan-nguoi-dan-su-dung-dich-vu-12$/);
  });

  it('gives the column paths the CMS links to: an article in each language, a bulletin in Vietnamese', () => {
    expect(paths.article('vi', 'binh-dan-hoc-vu-so')).toBe('bai-viet/binh-dan-hoc-vu-so/');
    expect(paths.article('en', 'digital-literacy')).toBe('en/articles/digital-literacy/');
    expect(paths.bulletin('vi', 'ban-tin-sang')).toBe('truyen-thanh/ban-tin-sang/');
  });
});
