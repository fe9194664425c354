/**
 * What a body enters in its monthly report, with the words people read for each field. One list,
 * used by the validation, the admin labels and every export, so a field is named the same everywhere.
 */
export type EnteredKind = 'count' | 'percent' | 'money' | 'text' | 'url' | 'status';
export interface EnteredField {
  key: string;
  kind: EnteredKind;
  vi: string;
  en: string;
  requiredToSubmit: boolean;
}

export const ENTERED_FIELDS: EnteredField[] = [
  { key: 'columnUrl', kind: 'url', vi: 'Địa chỉ chuyên mục', en: 'Column address', requiredToSubmit: false },
  { key: 'columnStatus', kind: 'status', vi: 'Tình trạng chuyên mục', en: 'Column status', requiredToSubmit: true },
  {
    key: 'officialsTotal',
    kind: 'count',
    vi: 'Tổng số cán bộ, công chức, viên chức',
    en: 'Officials and public employees',
    requiredToSubmit: true,
  },
  {
    key: 'officialsInformed',
    kind: 'count',
    vi: 'Số người đã được quán triệt Nghị quyết (lũy kế)',
    en: 'Informed of the resolution (to date)',
    requiredToSubmit: true,
  },
  {
    key: 'trainingSessions',
    kind: 'count',
    vi: 'Số lớp tập huấn, bồi dưỡng trong kỳ',
    en: 'Training sessions in the period',
    requiredToSubmit: true,
  },
  {
    key: 'trainees',
    kind: 'count',
    vi: 'Số lượt người được tập huấn trong kỳ',
    en: 'Trainee attendances in the period',
    requiredToSubmit: true,
  },
  { key: 'commStaff', kind: 'count', vi: 'Số cán bộ làm công tác truyền thông', en: 'Communication staff', requiredToSubmit: true },
  {
    key: 'commStaffTrained',
    kind: 'count',
    vi: 'Trong đó: đã được bồi dưỡng (lũy kế)',
    en: 'Of whom trained (to date)',
    requiredToSubmit: true,
  },
  {
    key: 'grassrootsBroadcasts',
    kind: 'count',
    vi: 'Số tin, bài trên hệ thống thông tin cơ sở',
    en: 'Grassroots broadcasts',
    requiredToSubmit: true,
  },
  {
    key: 'bulletinItems',
    kind: 'count',
    vi: 'Số tin trên bảng tin điện tử công cộng',
    en: 'Public bulletin-board items',
    requiredToSubmit: true,
  },
  {
    key: 'grassrootsReachPercent',
    kind: 'percent',
    vi: 'Ước tỷ lệ dân số được tiếp cận qua thông tin cơ sở (%)',
    en: 'Estimated share of population reached (%)',
    requiredToSubmit: false,
  },
  {
    key: 'pressProducts',
    kind: 'count',
    vi: 'Số sản phẩm báo chí, xuất bản',
    en: 'Press and publication products',
    requiredToSubmit: true,
  },
  {
    key: 'budgetSpent',
    kind: 'money',
    vi: 'Kinh phí đã sử dụng trong kỳ (đồng)',
    en: 'Budget spent in the period (VND)',
    requiredToSubmit: true,
  },
  { key: 'difficulties', kind: 'text', vi: 'Khó khăn, vướng mắc', en: 'Difficulties', requiredToSubmit: false },
  { key: 'proposals', kind: 'text', vi: 'Đề xuất, kiến nghị', en: 'Proposals', requiredToSubmit: false },
];

export const COLUMN_STATUS: Record<string, { vi: string; en: string }> = {
  live: { vi: 'Đang hoạt động', en: 'Live' },
  building: { vi: 'Đang xây dựng', en: 'Being built' },
  none: { vi: 'Chưa có', en: 'None yet' },
};

/** Fields only the server writes: the state of a report, its computed figures and its version. */
export const REPORT_SERVER_FIELDS = ['reportStatus', 'overdue', 'late', 'submittedAt', 'submittedBy', 'figures', 'figuresAt', 'version'];

export const PLAN_ACTIVITY_KINDS: Record<string, { vi: string; en: string }> = {
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
};

/** biginteger columns come back as strings on some databases: money is whole đồng, read as a number. */
export const money = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};
