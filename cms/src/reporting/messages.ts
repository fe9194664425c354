import { defineCatalogue, defineVocabulary } from '@column57/i18n';

/**
 * The reporting area's words: the fields a body enters each month and the choices they offer (fields.ts
 * reads these), what the rules, the freeze and the submit and amend actions say when they refuse, and the
 * names of months. A message about a field or a month takes that name in the same language (inEach).
 */
export const REPORT_FIELD_TEXT = defineCatalogue('cms/reporting-fields', {
  vi: {
    columnUrl: 'Địa chỉ chuyên mục',
    columnStatus: 'Tình trạng chuyên mục',
    officialsTotal: 'Tổng số cán bộ, công chức, viên chức',
    officialsInformed: 'Số người đã được quán triệt Nghị quyết (lũy kế)',
    trainingSessions: 'Số lớp tập huấn, bồi dưỡng trong kỳ',
    trainees: 'Số lượt người được tập huấn trong kỳ',
    commStaff: 'Số cán bộ làm công tác truyền thông',
    commStaffTrained: 'Trong đó: đã được bồi dưỡng (lũy kế)',
    grassrootsBroadcasts: 'Số tin, bài khác trên hệ thống thông tin cơ sở (ngoài bản tin truyền thanh, tính tự động)',
    bulletinItems: 'Số tin trên bảng tin điện tử công cộng',
    grassrootsReachPercent: 'Ước tỷ lệ dân số được tiếp cận qua thông tin cơ sở (%), không bắt buộc; chỉ tiêu tính từ bản tin',
    pressProducts: 'Số sản phẩm báo chí, xuất bản',
    budgetSpent: 'Kinh phí đã sử dụng trong kỳ (đồng)',
    difficulties: 'Khó khăn, vướng mắc',
    proposals: 'Đề xuất, kiến nghị',
  },
  en: {
    columnUrl: 'Column address',
    columnStatus: 'Column status',
    officialsTotal: 'Officials and public employees',
    officialsInformed: 'Informed of the resolution (to date)',
    trainingSessions: 'Training sessions in the period',
    trainees: 'Trainee attendances in the period',
    commStaff: 'Communication staff',
    commStaffTrained: 'Of whom trained (to date)',
    grassrootsBroadcasts: 'Other grassroots items (radio bulletins are counted automatically)',
    bulletinItems: 'Public bulletin-board items',
    grassrootsReachPercent: 'Estimated share of population reached (%), optional; the target is computed from bulletins',
    pressProducts: 'Press and publication products',
    budgetSpent: 'Budget spent in the period (VND)',
    difficulties: 'Difficulties',
    proposals: 'Proposals',
  },
});

/** The programme's targets (Decision 1169/QĐ-TTg): declared with their goals in the snapshot package, shared with the column. */
export { PROGRAMME_TARGET as TARGET_TEXT } from '@column57/snapshot';

export const COLUMN_STATUS_VOCABULARY = defineVocabulary('cms/column-status', ['live', 'building', 'none'], {
  live: { vi: 'Đang hoạt động', en: 'Live' },
  building: { vi: 'Đang xây dựng', en: 'Being built' },
  none: { vi: 'Chưa có', en: 'None yet' },
});

export const PLAN_ACTIVITY_VOCABULARY = defineVocabulary(
  'cms/plan-activity-kind',
  ['portal-column', 'press', 'grassroots', 'social-media', 'publications', 'events', 'training', 'foreign-information', 'honours', 'other'],
  {
    'portal-column': { vi: 'Chuyên mục trên cổng thông tin', en: 'Portal column' },
    press: { vi: 'Báo chí', en: 'Press' },
    grassroots: { vi: 'Thông tin cơ sở', en: 'Grassroots information' },
    'social-media': { vi: 'Mạng xã hội, nền tảng số', en: 'Social media and platforms' },
    publications: { vi: 'Xuất bản phẩm, tài liệu', en: 'Publications' },
    events: { vi: 'Sự kiện, hội thảo', en: 'Events' },
    training: { vi: 'Tập huấn, bồi dưỡng', en: 'Training' },
    'foreign-information': { vi: 'Thông tin đối ngoại', en: 'Foreign information' },
    honours: { vi: 'Khen thưởng, tôn vinh', en: 'Honours' },
    other: { vi: 'Khác', en: 'Other' },
  },
);

/** "November": a month's English name; anything but 1-12 is shown as given. */
const englishMonth = (month: string) => {
  const n = Number(month);
  return n >= 1 && n <= 12 ? new Date(Date.UTC(2000, n - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }) : month;
};

type Month = { month: string };
type FieldValue = { field: string; value: string };

export const REPORTING_TEXT = defineCatalogue('cms/reporting', {
  vi: {
    monthName: ({ month, year }: { month: string; year: string }) => `tháng ${month}/${year}`,
    /** How the dashboard measures the grassroots target (the target's own name is the programme's, shared with the columns). */
    grassrootsReachMethod:
      'đo bằng tỷ lệ xã, phường có bản tin truyền thanh phát trong kỳ; tính theo dân số nơi mọi xã đã có số dân, nếu không theo số xã',
    /** The rule by which a task counts as communicated (figures.ts, communicatedTasks). */
    tasksCommunicatedMethod:
      'một nhiệm vụ (sử dụng ngân sách nhà nước, không mật) được tính khi đã có bài viết về nhiệm vụ trên chuyên mục, ' +
      'bản tin truyền thanh làm từ bài viết đó, hoặc tin trên báo chí, mạng xã hội, nền tảng số do cơ quan ghi lại',
    // The rules of what a body enters (rules.ts).
    monthMalformed: ({ month }: Month) => `Tháng báo cáo "${month}" không đúng dạng; hãy viết NNNN-TT, ví dụ 2026-11`,
    monthNotYet: ({ month }: Month) => `Không thể báo cáo cho ${month}, tháng chưa đến; hãy chọn tháng này hoặc một tháng đã qua`,
    notWholeNumber: ({ field, value }: FieldValue) => `${field}: "${value}" không hợp lệ; hãy nhập số nguyên không âm (0 nếu không có)`,
    notPercentage: ({ field, value }: FieldValue) => `${field}: ${value} nằm ngoài khoảng 0-100; hãy nhập tỷ lệ phần trăm từ 0 đến 100`,
    notWebAddress: ({ field, value }: FieldValue) =>
      `${field} "${value}" không phải địa chỉ web; hãy nhập dạng https://cong.tinh.gov.vn/nghi-quyet-57/`,
    partOverWhole: ({ part, partValue, whole, wholeValue }: { part: string; partValue: string; whole: string; wholeValue: string }) =>
      `${part} (${partValue}) lớn hơn ${whole} (${wholeValue}); hãy sửa một trong hai số`,
    missingToSubmit: ({ field }: { field: string }) => `${field}: chưa nhập; hãy điền (ghi 0 nếu không có) trước khi nộp`,
    planYearInvalid: ({ year, last }: { year: string; last: number }) =>
      `Năm kế hoạch "${year}" không hợp lệ; hãy chọn một năm từ 2025 đến ${last}`,
    planNumberMalformed: ({ number }: { number: string }) => `Số, ký hiệu "${number}" không đúng dạng; hãy viết như 125/KH-UBND`,
    planNumberWithoutDate: 'Kế hoạch ban hành cần cả số, ký hiệu và ngày ban hành; hãy điền đủ hai ô',
    planDateInFuture: ({ date }: { date: string }) => `Ngày ban hành ${date} ở tương lai; hãy nhập ngày đã ký`,
    budgetInvalid: ({ budget }: { budget: string }) => `Dự toán kinh phí "${budget}" không hợp lệ; hãy nhập số đồng, nguyên, không âm`,
    // The freeze and the identity of reports (guard.ts).
    bodyHasReports: ({ slug, reports }: { slug: string; reports: number }) =>
      `Cơ quan "${slug}" đã có ${reports} báo cáo nên không xoá được`,
    slugInUse: ({ slug }: { slug: string }) => `Định danh "${slug}" đã dùng trong báo cáo và đường dẫn chuyên mục nên không đổi được`,
    noCopies: 'Không sao chép được báo cáo, kế hoạch; hãy tạo mới hoặc tạo bản sửa đổi',
    reportFrozen: ({ month, version }: { month: string; version: number }) =>
      `Báo cáo ${month} (phiên bản ${version}) đã nộp nên không sửa hay xoá được; ` +
      'hãy tạo bản sửa đổi ở trang "Báo cáo Chương trình 1169"',
    noReportingBody: 'Chưa chọn cơ quan báo cáo; hãy chọn cơ quan',
    monthTaken: ({ month }: Month) => `Cơ quan đã có báo cáo ${month}; hãy mở báo cáo đó (hoặc tạo bản sửa đổi nếu đã nộp)`,
    monthFixed: ({ month }: Month) => `Không đổi được tháng của báo cáo (${month}); hãy mở báo cáo của tháng cần báo cáo`,
    bodyFixed: 'Không chuyển được báo cáo, kế hoạch sang cơ quan khác',
    planYearTaken: ({ year }: { year: string }) => `Cơ quan đã có kế hoạch năm ${year}; hãy sửa kế hoạch đó`,
    // Submitting and amending (reports.ts): each a sentence.
    noReport: ({ documentId }: { documentId: string }) => `Không có báo cáo ${documentId}.`,
    mayNotSubmit: 'Tài khoản này không được nộp báo cáo của cơ quan này (cần vai trò người duyệt đăng của cơ quan).',
    mayNotChange: 'Tài khoản này không được sửa báo cáo của cơ quan này.',
    alreadySubmitted: ({ month, version }: { month: string; version: number }) => `Báo cáo ${month} (phiên bản ${version}) đã được nộp.`,
    periodNotOver: ({ month, to, from }: { month: string; to: string; from: string }) =>
      `Kỳ báo cáo ${month} tính đến hết ngày ${to}; hãy nộp từ ngày ${from}.`,
    justSubmitted: ({ month }: Month) => `Báo cáo ${month} vừa được nộp.`,
    notSubmittedYet: ({ month }: Month) => `Báo cáo ${month} chưa nộp: hãy sửa trực tiếp bản nháp.`,
    amendmentReasonMissing: 'Hãy ghi lý do sửa đổi báo cáo đã nộp',
    amendmentInProgress: ({ version }: { version: number }) => `Đã có bản sửa đổi (phiên bản ${version}) đang soạn; hãy mở bản đó.`,
    onlyLatestAmendable: ({ version }: { version: number }) => `Chỉ sửa đổi được phiên bản mới nhất (${version}).`,
    // What an export request may ask (access.ts), after the name of the parameter and its value.
    monthNotYYYYMM: 'không đúng dạng NNNN-TT',
    monthNotComeYet: 'chưa đến',
    formatUnsupported: 'không hỗ trợ',
    noSuchBody: ({ slug }: { slug: string }) => `không có cơ quan "${slug}"`,
    nationalReadersOnly: 'Chỉ Bộ Khoa học và Công nghệ và quản trị viên xem được bức tranh toàn quốc.',
    ownBodyReportsOnly: 'Không xem được báo cáo của cơ quan khác.',
  },
  en: {
    grassrootsReachMethod:
      'measured as the share of communes with a radio bulletin on air in the period; ' +
      'weighted by population where every commune has one entered, else by number of communes',
    tasksCommunicatedMethod:
      'a task (state-funded, not secret) counts once the column has an article about it, a radio bulletin made from such an ' +
      'article has gone on air, or the body has recorded coverage of it in the press, on social networks or digital platforms',
    monthName: ({ month, year }) => `${englishMonth(month)} ${year}`,
    monthMalformed: ({ month }) => `the report month "${month}" is malformed; write YYYY-MM, e.g. 2026-11`,
    monthNotYet: ({ month }) => `${month} has not come yet; choose this month or one before it`,
    notWholeNumber: ({ field, value }) => `${field}: "${value}" is not allowed; enter a whole number of 0 or more`,
    notPercentage: ({ field, value }) => `${field}: ${value} is outside 0-100; enter a percentage from 0 to 100`,
    notWebAddress: ({ field, value }) => `${field} "${value}" is not a web address; enter it like https://portal.gov.vn/nghi-quyet-57/`,
    partOverWhole: ({ part, partValue, whole, wholeValue }) =>
      `${part} (${partValue}) is more than ${whole} (${wholeValue}); correct one of the two`,
    missingToSubmit: ({ field }) => `${field}: empty; fill it in (0 if none) before submitting`,
    planYearInvalid: ({ year, last }) => `plan year "${year}" is not allowed; choose a year from 2025 to ${last}`,
    planNumberMalformed: ({ number }) => `number/symbol "${number}" is malformed; write it like 125/KH-UBND`,
    planNumberWithoutDate: 'an issued plan needs both its number/symbol and its date; fill in both',
    planDateInFuture: ({ date }) => `the issue date ${date} is in the future; enter the date it was signed`,
    budgetInvalid: ({ budget }) => `budget estimate "${budget}" is not allowed; enter whole đồng, 0 or more`,
    bodyHasReports: ({ slug, reports }) => `body "${slug}" has ${reports} reports and cannot be deleted`,
    slugInUse: ({ slug }) => `the slug "${slug}" is used by reports and by the column's address; it cannot change`,
    noCopies: 'reports and plans cannot be duplicated; create a new one, or amend a submitted report',
    reportFrozen: ({ month, version }) =>
      `the ${month} report (version ${version}) was submitted and is frozen; ` + 'make an amendment on the reporting page instead',
    noReportingBody: 'no reporting body: choose the body this belongs to',
    monthTaken: ({ month }) => `this body already has a report for ${month}; open it (or amend it if it was submitted)`,
    monthFixed: ({ month }) => `a report's month (${month}) cannot change; open the report of the month you mean`,
    bodyFixed: 'a report or plan cannot move to another body',
    planYearTaken: ({ year }) => `this body already has a plan for ${year}; edit that plan instead`,
    noReport: ({ documentId }) => `No report ${documentId}.`,
    mayNotSubmit: "This account may not submit reports for this body (it takes the body's publisher role).",
    mayNotChange: 'This account may not change reports for this body.',
    alreadySubmitted: ({ month, version }) => `The ${month} report (version ${version}) is already submitted.`,
    periodNotOver: ({ month, to, from }) => `The ${month} period runs to ${to}; submit from ${from}.`,
    justSubmitted: ({ month }) => `The ${month} report has just been submitted.`,
    notSubmittedYet: ({ month }) => `The ${month} report is not submitted yet: edit the draft itself.`,
    amendmentReasonMissing: 'say why the submitted report is being amended',
    amendmentInProgress: ({ version }) => `Amendment version ${version} is already being drafted; open it.`,
    onlyLatestAmendable: ({ version }) => `Only the latest version (${version}) can be amended.`,
    monthNotYYYYMM: 'is not YYYY-MM (e.g. 2026-11)',
    monthNotComeYet: 'has not come yet; choose this month or an earlier one',
    formatUnsupported: 'is not supported; use json, csv, xlsx or html',
    noSuchBody: ({ slug }) => `no body "${slug}"`,
    nationalReadersOnly: 'Only the Ministry of Science and Technology and administrators see the national picture.',
    ownBodyReportsOnly: "You may not read another body's reports.",
  },
});
