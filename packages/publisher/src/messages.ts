import { type Bilingual, defineCatalogue } from '@column57/i18n';

/**
 * What the build service says: its status page, its log, the preview's pages and the deploy summary.
 * Its readers' language is not known (an administrator at a terminal, an editor following a preview
 * link), so every text is shown in both languages, Vietnamese first.
 */
export const PUBLISHER_TEXT = defineCatalogue('publisher', {
  vi: {
    // The status page.
    statusTitle: 'Trạng thái dựng chuyên mục',
    columns: 'chuyên mục',
    failedCount: 'lỗi',
    queued: 'chờ dựng',
    nationalSearchFailed: 'chưa dựng lại được chỉ mục tìm kiếm toàn quốc, sẽ thử lại',
    since: 'từ',
    statusCaption: 'Lần dựng gần nhất của mỗi chuyên mục',
    columnHeader: 'Chuyên mục',
    resultHeader: 'Kết quả',
    whenHeader: 'Lúc',
    tookHeader: 'Thời gian',
    pagesHeader: 'Trang',
    liveReleaseHeader: 'Bản đang chạy',
    errorDetails: 'Chi tiết lỗi',
    refusedFramingsTitle: 'Trang cổng bị từ chối nhúng',
    refusedFramingsHelp:
      'Trình duyệt báo các trang dưới đây đã nhúng chuyên mục nhưng bị từ chối vì địa chỉ (origin) của chúng chưa được cho phép. ' +
      'Nếu đó là cổng thông tin của cơ quan, hãy thêm địa chỉ vào mục «Nguồn được phép nhúng» của cơ quan trong CMS; ' +
      'nếu không, không cần làm gì.',
    refusedOriginHeader: 'Địa chỉ trang nhúng',
    refusedCountHeader: 'Số lần',
    lastSeenHeader: 'Lần gần nhất',
    // The service's log.
    buildService: 'dịch vụ dựng',
    build: 'lần dựng',
    builtCount: 'dựng',
    unchangedCount: 'không đổi',
    buildFailed: 'thất bại',
    retryWithNextChange: 'sẽ dựng lại cùng thay đổi kế tiếp',
    everyColumn: 'mọi chuyên mục',
    /** Why the first build after the service starts runs (the trigger of a build, in its log and status). */
    startTrigger: 'khởi động',
    outboxTrigger: 'hàng đợi thay đổi của CMS',
    outboxUnreachable: 'không đọc được hàng đợi thay đổi của CMS',
    outboxAnswered: ({ path, status }: { path: string; status: string }) => `CMS trả lời ${status} cho ${path}`,
    // Deploy targets.
    uploadedCount: 'tải lên',
    deployedLive: 'bản khi vừa trực tuyến, chỉ mục tìm kiếm cũ',
    deletedCount: 'xoá',
    // Previews of drafts.
    preview: 'xem trước',
    previewBanner: 'Bản xem trước, chưa xuất bản',
    previewFailed: 'Không dựng được bản xem trước',
    previewLinkInvalid: 'Liên kết xem trước không hợp lệ hoặc đã hết hạn; mở lại từ CMS.',
    // The deploy configuration (deploy.ts): what is wrong with an entry and how to write it.
    deployConfigShape: 'cần một đối tượng như { "hanoi": [{ "type": "folder", "path": "/var/www/nq57" }] }',
    deployTargetsList: ({ slug }: { slug: string }) => `"${slug}" phải là một danh sách nơi triển khai`,
    deployTargetShape: 'cần dạng { "type": "folder", "path": "..." }',
    deployBucket: 'hãy ghi tên bucket (chữ thường, chữ số, "." và "-"), ví dụ "cong-thong-tin"',
    deployPrefix: 'hãy ghi thư mục bên trong bucket, ví dụ "{slug}/nghi-quyet-57/"',
    deployEndpoint: 'hãy ghi địa chỉ của kho lưu trữ, ví dụ "https://s3.example.vn", hoặc bỏ trống nếu dùng AWS',
    deployType: ({ type }: { type: string }) => `"${type}" không được hỗ trợ; hãy dùng "folder" hoặc "s3"`,
    deployPath: 'hãy ghi đường dẫn tuyệt đối tới thư mục, ví dụ "/var/www/portal/nghi-quyet-57"',
    // Change notices the build service refuses (http.ts, scope.ts): answered to the CMS or a webhook.
    noRoute: ({ route }: { route: string }) => `không có đường dẫn ${route}; hãy thử GET /status hoặc POST /hooks/cms`,
    noticeUnauthorised: 'thiếu hoặc sai Authorization: Bearer <COLUMN57_BUILD_HOOK_SECRET>',
    noticeTooLarge: 'thông báo lớn hơn 1 MiB',
    noticeNotJson: 'nội dung không phải JSON',
    noticeNotObject: 'nội dung phải là một đối tượng JSON',
    noticeBodies: 'bodies: cần "all" hoặc danh sách slug cơ quan như ["hanoi"]',
    noticeUnknown:
      'không phải thông báo thay đổi của column57 ({ source: "column57-cms", bodies }) hay webhook của Strapi ({ event, entry })',
    statusNotSaved: ({ file, error }: { file: string; error: string }) => `không lưu được trạng thái dựng vào ${file}: ${error}`,
  },
  en: {
    statusTitle: 'Build status',
    columns: 'columns',
    failedCount: 'failed',
    queued: 'queued',
    nationalSearchFailed: 'the national search index could not be made, tried again later',
    since: 'since',
    statusCaption: "each column's latest build",
    columnHeader: 'column',
    resultHeader: 'result',
    whenHeader: 'when',
    tookHeader: 'took',
    pagesHeader: 'pages',
    liveReleaseHeader: 'live release',
    errorDetails: 'error',
    refusedFramingsTitle: 'Portal pages refused framing',
    refusedFramingsHelp:
      'Browsers reported that the pages below framed the column and were refused, as their origin is not allowed. ' +
      "If one is the body's portal, add its origin to the body's «Origins allowed to embed» in the CMS; otherwise nothing needs doing.",
    refusedOriginHeader: 'framing page origin',
    refusedCountHeader: 'times',
    lastSeenHeader: 'last seen',
    buildService: 'build service',
    build: 'build',
    builtCount: 'built',
    unchangedCount: 'unchanged',
    buildFailed: 'failed',
    retryWithNextChange: 'will be built with the next change',
    everyColumn: 'every column',
    startTrigger: 'start',
    outboxTrigger: "the CMS's change queue",
    outboxUnreachable: "cannot read the CMS's change queue",
    outboxAnswered: ({ path, status }) => `the CMS answered ${status} to ${path}`,
    uploadedCount: 'uploaded',
    deployedLive: 'the copy made once live, with the earlier search index',
    deletedCount: 'deleted',
    preview: 'preview',
    previewBanner: 'Preview of a draft, not published',
    previewFailed: 'The preview could not be built',
    previewLinkInvalid: 'This preview link is invalid or has expired; open it again from the CMS.',
    deployConfigShape: 'expected an object like { "hanoi": [{ "type": "folder", "path": "/var/www/nq57" }] }',
    deployTargetsList: ({ slug }) => `"${slug}" must be a list of targets`,
    deployTargetShape: 'expected { "type": "folder", "path": "..." }',
    deployBucket: 'give the bucket\'s name (lowercase letters, digits, "." and "-"), e.g. "cong-thong-tin"',
    deployPrefix: 'give the folder inside the bucket, e.g. "{slug}/nghi-quyet-57/"',
    deployEndpoint: 'give the storage\'s address, e.g. "https://s3.example.vn", or leave it out for AWS',
    deployType: ({ type }) => `"${type}" is not supported; use "folder" or "s3"`,
    deployPath: 'give an absolute folder path, e.g. "/var/www/portal/nghi-quyet-57"',
    noRoute: ({ route }) => `no route ${route}; try GET /status or POST /hooks/cms`,
    noticeUnauthorised: 'Authorization: Bearer <COLUMN57_BUILD_HOOK_SECRET> is missing or wrong',
    noticeTooLarge: 'the notice is larger than 1 MiB',
    noticeNotJson: 'the body is not JSON',
    noticeNotObject: 'the body must be a JSON object',
    noticeBodies: 'bodies: expected "all" or a list of body slugs such as ["hanoi"]',
    noticeUnknown: 'not a column57 change notice ({ source: "column57-cms", bodies }) nor a Strapi webhook ({ event, entry })',
    statusNotSaved: ({ file, error }) => `cannot save the build status to ${file}: ${error}`,
  },
});

/** The result of a column's latest build, keyed by BodyStatus['result'], as the status page names it. */
export const BUILD_RESULT_TEXT = defineCatalogue('publisher/build-result', {
  vi: { built: 'Đã dựng', unchanged: 'Không đổi', held: 'Đang giữ bản cũ', failed: 'Lỗi' },
  en: { built: 'built', unchanged: 'unchanged', held: 'held after rollback', failed: 'failed' },
});

/** The hub's national search index, keyed by NationalSearchStatus['state'], as the status page says it. */
export const NATIONAL_SEARCH_TEXT = defineCatalogue('publisher/national-search', {
  vi: {
    title: 'Tìm kiếm toàn quốc',
    current: 'đã cập nhật',
    due: 'sẽ dựng lại lúc',
    indexing: 'đang dựng lại',
    lastMade: 'lần dựng trước',
  },
  en: { title: 'national search', current: 'up to date', due: 'to be made again at', indexing: 'being made again', lastMade: 'last made' },
});

/** What the service is doing, keyed by ServiceStatus['state']. */
export const SERVICE_STATE_TEXT = defineCatalogue('publisher/service-state', {
  vi: { idle: 'Đang chờ thay đổi', waiting: 'Sắp dựng', building: 'Đang dựng' },
  en: { idle: 'idle', waiting: 'about to build', building: 'building' },
});

/**
 * Both languages in a page, the English marked as such (screen readers switch voice, and the page dims
 * it): "Kết quả <span lang="en">/ result</span>". The texts are the catalogue's own, which hold no markup.
 */
export const withEnglishMarked = (text: Bilingual, attributes = '') => `${text.vi} <span lang="en"${attributes}>/ ${text.en}</span>`;
