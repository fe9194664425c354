import { defineCatalogue } from '@column57/i18n';

/**
 * The validator's messages (schema.ts, urls.ts, validate.ts). They reach an editor through the CMS and an operator
 * through the build log, neither of whose language is known here: they are said with `both`.
 */
export const VALIDATION_TEXT = defineCatalogue('snapshot/validation', {
  vi: {
    id: 'mã gồm chữ, số, "-" hoặc "_" (tối đa 64)',
    webUrl: 'cần một địa chỉ http(s) đầy đủ, ví dụ https://example.gov.vn',
    origin: ({ example }: { example: string }) => `cần một nguồn gốc như ${example} (không có đường dẫn)`,
    email: 'địa chỉ thư điện tử không hợp lệ',
    emailUnfitForMailto: 'địa chỉ thư điện tử không dùng được cho liên kết mailto:',
    // The checks across a snapshot's items (validate.ts).
    duplicate: ({ what, value, first }: { what: string; value: string; first: string }) => `${what} "${value}" bị trùng (đã có ở ${first})`,
    bodySlug: 'slug của cơ quan',
    topicSlug: 'slug của chủ đề',
    documentSlug: 'slug của văn bản',
    articleSlug: ({ locale }: { locale: string }) => `slug (${locale}) của bài viết`,
    itemId: 'mã',
    nationalDocumentScope: 'văn bản toàn quốc phải có national: true và body: null',
    ownDocumentScope: ({ body }: { body: string }) => `văn bản riêng của cơ quan phải có body "${body}" và national: false`,
    endsBeforeStart: ({ start, end }: { start: string; end: string }) => `ngày kết thúc (${end}) trước ngày bắt đầu (${start})`,
    bodyNotInManifest: ({ body }: { body: string }) => `cơ quan "${body}" không có trong manifest`,
    noBodyWithSlug: ({ slug }: { slug: string }) => `không có cơ quan nào có slug "${slug}"`,
    unknownTopic: ({ topic }: { topic: string }) => `không có chủ đề "${topic}"`,
    noPublishedDocument: ({ id }: { id: string }) => `không có văn bản đã xuất bản nào có mã "${id}"`,
    noPublishedArticle: ({ id }: { id: string }) => `cơ quan này không có bài viết đã xuất bản nào có mã "${id}"`,
    noPublishedTask: ({ id }: { id: string }) => `cơ quan này không có nhiệm vụ đã xuất bản nào có mã "${id}"`,
    coverWithoutAlt: 'ảnh bìa chưa có văn bản thay thế (alt)',
    fileMissing: 'không có tệp',
    notJson: ({ error }: { error: string }) => `không phải JSON hợp lệ: ${error}`,
    mediaMissing: ({ name }: { name: string }) => `không có tệp media "${name}"`,
    mediaWrongSize: ({ name, size, expected }: { name: string; size: number; expected: number }) =>
      `tệp media "${name}" có ${size} byte, đúng ra phải là ${expected}`,
    // How a list of problems is printed.
    snapshotHasProblems: ({ count }: { count: number }) => `ảnh chụp có ${count} lỗi:`,
    andMore: ({ count }: { count: number }) => `... và ${count} lỗi khác`,
    root: '(gốc)',
  },
  en: {
    id: 'an id of letters, digits, "-" or "_" (at most 64)',
    webUrl: 'an absolute http(s) URL such as https://example.gov.vn',
    origin: ({ example }) => `an origin such as ${example} (no path)`,
    email: 'not a valid e-mail address',
    emailUnfitForMailto: 'an e-mail address unfit for a mailto: link',
    duplicate: ({ what, value, first }) => `duplicate ${what} "${value}" (also at ${first})`,
    bodySlug: 'body slug',
    topicSlug: 'topic slug',
    documentSlug: 'document slug',
    articleSlug: ({ locale }) => `${locale} article slug`,
    itemId: 'id',
    nationalDocumentScope: 'a national document must have national: true and body: null',
    ownDocumentScope: ({ body }) => `a body's own document must have body "${body}" and national: false`,
    endsBeforeStart: ({ start, end }) => `ends (${end}) before it starts (${start})`,
    bodyNotInManifest: ({ body }) => `body "${body}" is not in the manifest`,
    noBodyWithSlug: ({ slug }) => `no body with slug "${slug}"`,
    unknownTopic: ({ topic }) => `unknown topic "${topic}"`,
    noPublishedDocument: ({ id }) => `no published document with id "${id}"`,
    noPublishedArticle: ({ id }) => `no published article with id "${id}" in this body`,
    noPublishedTask: ({ id }) => `no published task with id "${id}" in this body`,
    coverWithoutAlt: 'the cover image has no alt text',
    fileMissing: 'file is missing',
    notJson: ({ error }) => `not valid JSON: ${error}`,
    mediaMissing: ({ name }) => `media file "${name}" is missing`,
    mediaWrongSize: ({ name, size, expected }) => `media file "${name}" has ${size} bytes, expected ${expected}`,
    snapshotHasProblems: ({ count }) => `the snapshot has ${count} problem${count === 1 ? '' : 's'}:`,
    andMore: ({ count }) => `... and ${count} more`,
    root: '(root)',
  },
});

/** What the snapshot writer (from-cms.ts) logs while it fetches from the CMS. */
export const SNAPSHOT_LOG_TEXT = defineCatalogue('snapshot/writer', {
  vi: {
    skippedGone: 'bỏ qua cơ quan không còn trong CMS',
    written: ({ count, dir, seconds }: { count: number; dir: string; seconds: string }) =>
      `đã ghi ảnh chụp của ${count} cơ quan vào ${dir} trong ${seconds}`,
    keptFromBefore: ({ count }: { count: number }) => `${count} cơ quan giữ từ lần trước`,
    invalidManifest: 'CMS tạo ra manifest ảnh chụp không hợp lệ',
    noSuchBodies: ({ slugs, known }: { slugs: string; known: string }) =>
      `CMS không có cơ quan với slug ${slugs}; các slug có: ${known} ...`,
    mediaHashMismatch: ({ url, actual, expected }: { url: string; actual: string; expected: string }) =>
      `${url}: băm của dữ liệu tải về là ${actual}, ảnh chụp cần ${expected}`,
    // Reaching the CMS (cms-client.ts).
    noToken: ({ env, file }: { env: string; file: string }) =>
      `chưa có API token: dùng --token, đặt ${env}, hoặc khởi động CMS bằng npm start (nó ghi .data/${file})`,
    cannotReachCms: ({ url, reason }: { url: string; reason: string }) =>
      `không kết nối được CMS tại ${url} (${reason}); CMS có đang chạy không?`,
    cmsAnswered: ({ path, status, detail }: { path: string; status: string; detail: string }) => `${path}: CMS trả lời ${status} ${detail}`,
    articles: 'bài viết',
    invalidContent: 'nội dung không hợp lệ',
  },
  en: {
    skippedGone: 'skipped, no longer in the CMS',
    written: ({ count, dir, seconds }) => `snapshot of ${count} bodies written to ${dir} in ${seconds}`,
    keptFromBefore: ({ count }) => `${count} kept from before`,
    invalidManifest: 'the CMS produced an invalid snapshot manifest',
    noSuchBodies: ({ slugs, known }) => `no body with slug ${slugs} in the CMS; known: ${known} ...`,
    mediaHashMismatch: ({ url, actual, expected }) => `${url}: downloaded bytes hash to ${actual}, the snapshot expects ${expected}`,
    noToken: ({ env, file }) => `no API token: pass --token, set ${env}, or start the CMS with npm start (it writes .data/${file})`,
    cannotReachCms: ({ url, reason }) => `cannot reach the CMS at ${url} (${reason}); is it running?`,
    cmsAnswered: ({ path, status, detail }) => `${path}: the CMS answered ${status} ${detail}`,
    articles: 'articles',
    invalidContent: 'invalid content',
  },
});
