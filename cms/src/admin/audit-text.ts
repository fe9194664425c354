import { defineCatalogue } from '@column57/i18n';

/** What the audit log page and the history panel of the admin panel say; Vietnamese first, as the panel. */
export const AUDIT_PAGE_TEXT = defineCatalogue('cms/admin/audit', {
  vi: {
    menu: 'Nhật ký thao tác',
    title: 'Nhật ký thao tác',
    intro:
      'Mọi thao tác biên tập và quản trị: ai, lúc nào, làm gì, từ địa chỉ nào, trường nào đổi từ gì sang gì. ' +
      'Người duyệt xem nhật ký của cơ quan mình; quản trị viên xem tất cả. Nhật ký chỉ ghi thêm, không sửa, không xoá.',
    month: 'Tháng',
    user: 'Người thực hiện (thư điện tử)',
    type: 'Loại nội dung',
    action: 'Thao tác',
    all: 'Tất cả',
    when: 'Thời điểm',
    title2: 'Tiêu đề',
    address: 'Địa chỉ IP',
    changes: 'Thay đổi',
    system: 'Hệ thống',
    changed: 'đã thay đổi',
    none: 'Không có thao tác nào khớp bộ lọc trong tháng này.',
    loadFailed: 'Không tải được',
    exportCsv: 'Tải CSV',
    exportXlsx: 'Tải Excel (XLSX)',
    monthLog: 'Nhật ký thao tác của tháng',
    // The history panel beside an article's, a document's or a campaign's form.
    historyTitle: 'Lịch sử phiên bản',
    historyEmpty: 'Chưa có phiên bản nào được xuất bản.',
    version: ({ n }: { n: number }) => `Phiên bản ${n}`,
    compare: 'So sánh',
    compareWith: 'với',
    restore: 'Khôi phục thành bản nháp',
    restoreQuestion: ({ n }: { n: number }) =>
      `Ghi nội dung phiên bản ${n} vào bản nháp? Bản đang xuất bản giữ nguyên cho tới khi xuất bản lại.`,
    restored: ({ n }: { n: number }) => `Đã ghi phiên bản ${n} vào bản nháp; bản đang đăng không đổi.`,
    noDifference: 'Hai phiên bản giống nhau.',
    saveFirst: 'Lưu tài liệu trước để có lịch sử.',
  },
  en: {
    menu: 'Audit log',
    title: 'Audit log',
    intro:
      'Every editorial and administrative action: who, when, what, from which address, which field changed from what to what. ' +
      "Publishers read their own body's log; administrators read all of it. The log is append-only.",
    month: 'Month',
    user: 'Who (email)',
    type: 'Content type',
    action: 'Action',
    all: 'All',
    when: 'When',
    title2: 'Title',
    address: 'IP address',
    changes: 'Changes',
    system: 'System',
    changed: 'changed',
    none: 'No action matches the filters in this month.',
    loadFailed: 'Could not load',
    exportCsv: 'Download CSV',
    exportXlsx: 'Download Excel (XLSX)',
    monthLog: "The month's audit log",
    historyTitle: 'Version history',
    historyEmpty: 'No version has been published yet.',
    version: ({ n }: { n: number }) => `Version ${n}`,
    compare: 'Compare',
    compareWith: 'with',
    restore: 'Restore as the draft',
    restoreQuestion: ({ n }: { n: number }) =>
      `Write version ${n} into the draft? The published version stays as it is until published again.`,
    restored: ({ n }: { n: number }) => `Version ${n} is now the draft; the published version is unchanged.`,
    noDifference: 'The two versions are the same.',
    saveFirst: 'Save the document first to have a history.',
  },
});
