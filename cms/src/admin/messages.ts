import { type Bilingual, defineCatalogue, defineVocabulary } from '@column57/i18n';

/**
 * What the admin panel's own pages say: the menu entries, the build status page and the reporting page.
 * The panel is in Vietnamese; most labels carry the English term in brackets (`bracketed`), a few lines
 * read "vi / en" (`both`). Where a page shows one language of a text only (a Vietnamese heading over an
 * English introduction), the other language is here too, so each message reads whole in either. This file
 * is bundled into the browser with the pages: it imports the catalogue mechanism and nothing else.
 */

/** The result of a column's latest build as the build service reports it (BodyStatus['result']). */
export const BUILD_RESULT = defineVocabulary('cms/admin-build-result', ['built', 'unchanged', 'held', 'failed'], {
  built: { vi: 'Đã dựng', en: 'built' },
  unchanged: { vi: 'Không đổi', en: 'unchanged' },
  held: { vi: 'Giữ bản cũ', en: 'held' },
  failed: { vi: 'Lỗi', en: 'failed' },
});

export const ADMIN_TEXT = defineCatalogue('cms/admin', {
  vi: {
    // The menu entries (app.tsx).
    buildStatusMenu: 'Trạng thái dựng',
    reportingMenu: 'Báo cáo Chương trình 1169',
    // The build status page.
    buildStatusTitle: 'Trạng thái dựng chuyên mục',
    buildStatusIntro: 'Trạng thái dựng: lần dựng gần nhất của mỗi chuyên mục và bản bạn đọc đang xem.',
    loadFailed: 'Không tải được trạng thái',
    noBuildService: 'Chưa kết nối dịch vụ dựng',
    buildService: 'Dịch vụ dựng',
    column: 'Chuyên mục',
    result: 'Kết quả',
    when: 'Lúc',
    took: 'Thời gian',
    pages: 'Trang',
    liveRelease: 'Bản đang chạy từ',
    errorDetails: 'Chi tiết lỗi',
    // The reporting page.
    reportingTitle: 'Báo cáo Chương trình 1169',
    reportingIntro:
      'Báo cáo Chương trình: báo cáo tháng gửi Bộ Khoa học và Công nghệ, hạn nộp ngày 20 ' +
      '(kỳ báo cáo từ ngày 15 tháng trước đến ngày 14 tháng này).',
    month: 'Tháng',
    noReporting: 'Tài khoản này không báo cáo cho cơ quan nào và không xem bức tranh toàn quốc.',
    printA4: 'Bản in A4',
    reportsAndVersions: 'Các báo cáo và phiên bản',
    version: 'Phiên bản',
    status: 'Tình trạng',
    submittedAt: 'Nộp lúc',
    actions: 'Việc cần làm',
    amendment: 'Sửa đổi',
    submitted: 'Đã nộp',
    late: 'muộn',
    draft: 'Bản nháp',
    enterFigures: 'Nhập số liệu',
    submit: 'Nộp',
    submitReport: 'Nộp báo cáo',
    frozenOnceSubmitted: 'Bản đã nộp được giữ nguyên; muốn sửa thì tạo bản sửa đổi (Sửa đổi).',
    reportSubmitted: 'Đã nộp báo cáo',
    amend: 'Sửa đổi',
    amendmentReason: 'Lý do sửa đổi',
    amendmentDrafted: 'Đã tạo bản sửa đổi',
    national: 'Toàn quốc',
    nationalDashboard: 'Bảng điều khiển toàn quốc',
    // The article edit view's action (bulletin-action.tsx).
    makeBulletin: 'Tạo bản tin truyền thanh',
    bulletinMade: 'Đã tạo bản tin nháp từ bài viết',
    bulletinNotMade: 'Không tạo được bản tin',
    saveArticleFirst: 'Hãy lưu bài viết trước khi tạo bản tin',
    // The bulletin edit view's side panel (script-preview.tsx).
    spokenTitle: 'Sẽ đọc thế nào',
    spokenIntro: 'Kịch bản như giọng đọc sẽ đọc; phần được đổi thành chữ được tô đậm.',
    spokenDuration: ({ minutes, seconds }: { minutes: number; seconds: number }) =>
      `Thời lượng ước tính: ${minutes > 0 ? `${minutes} phút ` : ''}${seconds} giây`,
    spokenEmpty: 'Chưa có kịch bản.',
    spokenFailed: 'Không xem trước được',
  },
  en: {
    buildStatusMenu: 'build status',
    reportingMenu: 'reporting',
    buildStatusTitle: 'Column build status',
    buildStatusIntro: "Build status: each column's latest build and the release readers see.",
    loadFailed: 'could not load the status',
    noBuildService: 'no build service',
    buildService: 'build service',
    column: 'column',
    result: 'result',
    when: 'when',
    took: 'took',
    pages: 'pages',
    liveRelease: 'live since',
    errorDetails: 'error',
    reportingTitle: 'Programme 1169 reporting',
    reportingIntro:
      'Programme reporting: monthly reports to the Ministry of Science and Technology, due on the 20th ' +
      '(period: the 15th of the previous month to the 14th).',
    month: 'month',
    noReporting: 'This account reports for no body and does not see the national picture.',
    printA4: 'A4 print',
    reportsAndVersions: 'reports and versions',
    version: 'version',
    status: 'status',
    submittedAt: 'submitted',
    actions: 'actions',
    amendment: 'Amendment',
    submitted: 'submitted',
    late: 'late',
    draft: 'draft',
    enterFigures: 'edit',
    submit: 'submit',
    submitReport: 'Submit',
    frozenOnceSubmitted: 'The submitted version is kept as it is; to correct it, make an amendment (Amend).',
    reportSubmitted: 'submitted',
    amend: 'amend',
    amendmentReason: 'why amend',
    amendmentDrafted: 'amendment drafted',
    national: 'national dashboard',
    nationalDashboard: 'national dashboard',
    makeBulletin: 'make a radio bulletin',
    bulletinMade: 'a draft bulletin was made from the article',
    bulletinNotMade: 'the bulletin could not be made',
    saveArticleFirst: 'save the article before making a bulletin',
    spokenTitle: 'How it will be read',
    spokenIntro: 'The script as the voice will read it; what was turned into words is in bold.',
    spokenDuration: ({ minutes, seconds }) => `Estimated duration: ${minutes > 0 ? `${minutes} min ` : ''}${seconds} s`,
    spokenEmpty: 'No script yet.',
    spokenFailed: 'could not preview',
  },
});

/** "Vietnamese (English)": a label with its English term, the way the panel's labels read. */
export const bracketed = (text: Bilingual) => `${text.vi} (${text.en})`;
