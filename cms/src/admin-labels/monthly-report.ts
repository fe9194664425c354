import { defineCatalogue } from '@column57/i18n';
import { ENTERED_FIELDS } from '../reporting/fields';
import { type Field, fieldsOf, type TypeLabels } from './labels';
import { OWNER } from './shared';

const REPORT_TEXT = defineCatalogue('cms/admin-labels/monthly-report', {
  vi: {
    month: 'Tháng báo cáo (month)',
    monthHelp: 'Dạng NNNN-TT. Kỳ báo cáo tính từ ngày 15 tháng trước đến ngày 14 tháng này; hạn nộp ngày 20.',
    version: 'Phiên bản (version)',
    versionHelp: 'Bản sửa đổi là một phiên bản mới; các phiên bản đã nộp được giữ nguyên.',
    reportStatus: 'Tình trạng (status)',
    reportStatusHelp: 'Bản nháp hoặc đã nộp; người duyệt đăng nộp báo cáo ở trang "Báo cáo Chương trình 1169".',
    overdue: 'Quá hạn (overdue)',
    late: 'Nộp muộn (late)',
    submittedAt: 'Thời điểm nộp',
    submittedBy: 'Người nộp',
    figures: 'Số liệu từ chuyên mục (computed)',
    figuresHelp: 'Tính tự động từ nội dung đã xuất bản; cố định khi nộp.',
    figuresAt: 'Số liệu tính lúc',
    amendmentReason: 'Lý do sửa đổi',
  },
  en: {
    month: 'Report month',
    monthHelp: 'As YYYY-MM. The period runs from the 15th of the previous month to the 14th of this one; due on the 20th.',
    version: 'Version',
    versionHelp: 'An amendment is a new version; submitted versions are kept as they were.',
    reportStatus: 'Status',
    reportStatusHelp: 'Draft or submitted; the body\'s publisher submits the report on the "Programme 1169 reporting" page.',
    overdue: 'Overdue',
    late: 'Submitted late',
    submittedAt: 'Submitted at',
    submittedBy: 'Submitted by',
    figures: 'Figures from the column (computed)',
    figuresHelp: 'Computed from published content; frozen on submission.',
    figuresAt: 'Figures computed at',
    amendmentReason: 'Reason for the amendment',
  },
});

export const MONTHLY_REPORT: TypeLabels = {
  uid: 'api::monthly-report.monthly-report',
  mainField: 'month',
  sort: ['month', 'DESC'],
  list: ['id', 'month', 'version', 'reportStatus', 'overdue', 'submittedAt'],
  // Shown by the figures panel (admin/desk/FiguresPanel.tsx), computed when the form opens, in words.
  hidden: ['figures', 'figuresAt'],
  fields: {
    ...fieldsOf(REPORT_TEXT),
    // What a body enters is named by the reporting area's catalogue, the same words as in every export.
    ...Object.fromEntries(ENTERED_FIELDS.map((f): [string, Field] => [f.key, [`${f.vi} (${f.en})`]])),
    body: OWNER.body,
  },
};
