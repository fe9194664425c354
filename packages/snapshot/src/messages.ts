import { defineCatalogue } from '@column57/i18n';

/**
 * The validator's messages (schema.ts, urls.ts). They reach an editor through the CMS and an operator
 * through the build log, neither of whose language is known here: they are said with `both`.
 */
export const VALIDATION_TEXT = defineCatalogue('snapshot/validation', {
  vi: {
    id: 'mã gồm chữ, số, "-" hoặc "_" (tối đa 64)',
    webUrl: 'cần một địa chỉ http(s) đầy đủ, ví dụ https://example.gov.vn',
    origin: ({ example }: { example: string }) => `cần một nguồn gốc như ${example} (không có đường dẫn)`,
    email: 'địa chỉ thư điện tử không hợp lệ',
    emailUnfitForMailto: 'địa chỉ thư điện tử không dùng được cho liên kết mailto:',
  },
  en: {
    id: 'an id of letters, digits, "-" or "_" (at most 64)',
    webUrl: 'an absolute http(s) URL such as https://example.gov.vn',
    origin: ({ example }) => `an origin such as ${example} (no path)`,
    email: 'not a valid e-mail address',
    emailUnfitForMailto: 'an e-mail address unfit for a mailto: link',
  },
});

/** What the snapshot writer (from-cms.ts) logs while it fetches from the CMS. */
export const SNAPSHOT_LOG_TEXT = defineCatalogue('snapshot/writer', {
  vi: {
    skippedGone: 'bỏ qua cơ quan không còn trong CMS',
    articles: 'bài viết',
    invalidContent: 'nội dung không hợp lệ',
  },
  en: {
    skippedGone: 'skipped, no longer in the CMS',
    articles: 'articles',
    invalidContent: 'invalid content',
  },
});
