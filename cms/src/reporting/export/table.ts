import { COLUMN_STATUS, ENTERED_FIELDS, PLAN_ACTIVITY_KINDS } from '../fields';
import { midSentenceLabels } from '@column57/i18n';
import { AUDIENCE, CHANNEL } from '@column57/snapshot';
import type { Figures } from '../figures';
import type { BodyMonth, NationalPicture, ReportVersion, Target } from '../national';
import { monthLabel, vnDate } from '../period';

/**
 * The tables every export is made of: the same columns, the same words and the same numbers in the
 * dashboard, the CSV, the workbook and the printed page, so they can never disagree.
 */
export type Cell = string | number | null;
export interface Column<T> {
  key: string;
  vi: string;
  en: string;
  kind: 'text' | 'number' | 'percent' | 'money';
  value: (row: T) => Cell;
  /** For a column whose rows hold different kinds of value (a report's item/value lines). */
  kindOf?: (row: T) => 'text' | 'number' | 'percent' | 'money';
}
export interface Table<T> {
  columns: Column<T>[];
  rows: T[];
  total?: T;
}

/** The programme's channels and audiences as a report names them inside a heading ("Kênh báo chí"). */
export const CHANNEL_WORDS = midSentenceLabels(CHANNEL);
const AUDIENCE_WORDS = midSentenceLabels(AUDIENCE);

export const STATUS_WORDS: Record<BodyMonth['status'], { vi: string; en: string }> = {
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  draft: { vi: 'Chưa nộp (đang soạn)', en: 'Not submitted (draft)' },
  missing: { vi: 'Chưa có báo cáo', en: 'No report' },
};

export function statusWords(row: BodyMonth): string {
  const words = STATUS_WORDS[row.status];
  let text = `${words.vi} / ${words.en}`;
  if (row.late) text += ' · nộp muộn / late';
  if (row.overdue) text += ' · quá hạn / overdue';
  if (row.amending) text += ' · đang sửa đổi / amendment in progress';
  return text;
}

export function figureColumns<T>(figures: (row: T) => Figures): Column<T>[] {
  return [
    { key: 'articles', vi: 'Bài viết trong kỳ', en: 'Articles in the period', kind: 'number', value: (r) => figures(r).articles },
    {
      key: 'articlesEnglish',
      vi: 'Trong đó có bản tiếng Anh',
      en: 'Of which also in English',
      kind: 'number',
      value: (r) => figures(r).articlesEnglish,
    },
    ...AUDIENCE.codes.map((code): Column<T> => ({
      key: `audience.${code}`,
      vi: `Bài cho ${AUDIENCE_WORDS[code].vi}`,
      en: `For ${AUDIENCE_WORDS[code].en}`,
      kind: 'number',
      value: (r) => figures(r).byAudience[code] ?? 0,
    })),
    ...CHANNEL.codes.map((code): Column<T> => ({
      key: `channel.${code}`,
      vi: `Kênh ${CHANNEL_WORDS[code].vi}`,
      en: `Channel: ${CHANNEL_WORDS[code].en}`,
      kind: 'number',
      value: (r) => figures(r).byChannel[code] ?? 0,
    })),
    { key: 'documents', vi: 'Văn bản ban hành trong kỳ', en: 'Documents issued', kind: 'number', value: (r) => figures(r).documents },
    { key: 'campaigns', vi: 'Chiến dịch diễn ra trong kỳ', en: 'Campaigns running', kind: 'number', value: (r) => figures(r).campaigns },
    { key: 'campaignAssets', vi: 'Tài liệu chiến dịch', en: 'Campaign materials', kind: 'number', value: (r) => figures(r).campaignAssets },
    {
      key: 'tasksCommunicated',
      vi: 'Nhiệm vụ KH&CN đã truyền thông (lũy kế)',
      en: 'S&T tasks communicated (to date)',
      kind: 'number',
      value: (r) => figures(r).tasksCommunicated,
    },
    {
      key: 'tasksTotal',
      vi: 'Nhiệm vụ KH&CN dùng ngân sách nhà nước (lũy kế)',
      en: 'State-funded S&T tasks (to date)',
      kind: 'number',
      value: (r) => figures(r).tasksTotal,
    },
    { key: 'honours', vi: 'Khen thưởng trong kỳ', en: 'Honours in the period', kind: 'number', value: (r) => figures(r).honours },
  ];
}

function enteredValue(field: (typeof ENTERED_FIELDS)[number], value: unknown): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (field.kind === 'status') return `${COLUMN_STATUS[String(value)]?.vi ?? value} / ${COLUMN_STATUS[String(value)]?.en ?? value}`;
  if (field.kind === 'count' || field.kind === 'money' || field.kind === 'percent') return Number(value);
  return String(value);
}

export function enteredColumns<T>(entered: (row: T) => Record<string, any> | null): Column<T>[] {
  return ENTERED_FIELDS.map((field): Column<T> => ({
    key: field.key,
    vi: field.vi,
    en: field.en,
    kind: field.kind === 'money' ? 'money' : field.kind === 'percent' ? 'percent' : field.kind === 'count' ? 'number' : 'text',
    value: (r) => enteredValue(field, entered(r)?.[field.key]),
  }));
}

const share = (n: unknown, d: unknown) =>
  typeof n === 'number' && typeof d === 'number' && d > 0 ? Math.round((1000 * n) / d) / 10 : null;

/** The shares the targets are about, worked out from the counts a body entered. */
export function shareColumns<T>(entered: (row: T) => Record<string, any> | null): Column<T>[] {
  return [
    {
      key: 'officialsInformedShare',
      vi: 'Tỷ lệ cán bộ được quán triệt (%)',
      en: 'Share of officials informed (%)',
      kind: 'percent',
      value: (r) => share(entered(r)?.officialsInformed, entered(r)?.officialsTotal),
    },
    {
      key: 'commStaffTrainedShare',
      vi: 'Tỷ lệ cán bộ truyền thông được bồi dưỡng (%)',
      en: 'Share of communication staff trained (%)',
      kind: 'percent',
      value: (r) => share(entered(r)?.commStaffTrained, entered(r)?.commStaff),
    },
  ];
}

/** The national table: a row per body for the month, and the national total. */
export function bodiesTable(picture: NationalPicture): Table<BodyMonth | 'total'> {
  const total = picture.totals;
  const figures = (r: BodyMonth | 'total') => (r === 'total' ? total.figures : r.figures);
  const entered = (r: BodyMonth | 'total') => (r === 'total' ? total.entered : r.entered);
  const columns: Column<BodyMonth | 'total'>[] = [
    { key: 'slug', vi: 'Mã cơ quan', en: 'Body code', kind: 'text', value: (r) => (r === 'total' ? 'toan-quoc' : r.body.slug) },
    { key: 'body', vi: 'Cơ quan', en: 'Body', kind: 'text', value: (r) => (r === 'total' ? 'Toàn quốc (National total)' : r.body.nameVi) },
    {
      key: 'status',
      vi: 'Tình trạng báo cáo',
      en: 'Report status',
      kind: 'text',
      value: (r) =>
        r === 'total'
          ? `${picture.rows.filter((x) => x.status === 'submitted').length}/${picture.rows.length} đã nộp / submitted`
          : statusWords(r),
    },
    { key: 'version', vi: 'Phiên bản', en: 'Version', kind: 'number', value: (r) => (r === 'total' ? null : r.version) },
    {
      key: 'submittedAt',
      vi: 'Ngày nộp',
      en: 'Submitted on',
      kind: 'text',
      value: (r) =>
        r === 'total' || !r.submittedAt ? null : vnDate(new Date(Date.parse(r.submittedAt) + 7 * 3600_000).toISOString().slice(0, 10)),
    },
    ...figureColumns(figures),
    ...enteredColumns(entered),
    ...shareColumns(entered),
  ];
  // The total row sums counts; it has no single column address, status or text to show.
  const keepInTotal = new Set(['slug', 'body', 'status', 'officialsInformedShare', 'commStaffTrainedShare']);
  const totalColumns = columns.map((c) => ({
    ...c,
    value: (r: BodyMonth | 'total') =>
      r === 'total' && c.kind !== 'number' && c.kind !== 'money' && !keepInTotal.has(c.key) ? null : c.value(r),
  }));
  return { columns: totalColumns, rows: picture.rows, total: 'total' };
}

export function targetsTable(picture: NationalPicture): Table<Target> {
  return {
    columns: [
      { key: 'target', vi: 'Chỉ tiêu', en: 'Target', kind: 'text', value: (t) => `${t.vi} (${t.en})` },
      { key: 'goal', vi: 'Mục tiêu (%)', en: 'Goal (%)', kind: 'percent', value: (t) => t.goal },
      { key: 'by', vi: 'Đến năm', en: 'By', kind: 'text', value: (t) => String(t.by) },
      {
        key: 'value',
        vi: `Đạt ${monthLabel(picture.month).vi} (%)`,
        en: `Reached, ${monthLabel(picture.month).en} (%)`,
        kind: 'percent',
        value: (t) => t.value,
      },
      { key: 'numerator', vi: 'Tử số', en: 'Numerator', kind: 'number', value: (t) => t.numerator },
      { key: 'denominator', vi: 'Mẫu số', en: 'Denominator', kind: 'number', value: (t) => t.denominator },
      { key: 'missing', vi: 'Số cơ quan chưa có số liệu', en: 'Bodies without data', kind: 'number', value: (t) => t.missing.length },
    ],
    rows: picture.targets,
  };
}

export function plansTable(picture: NationalPicture): Table<NationalPicture['plans']['byBody'][number]> {
  return {
    columns: [
      { key: 'slug', vi: 'Mã cơ quan', en: 'Body code', kind: 'text', value: (p) => p.slug },
      { key: 'body', vi: 'Cơ quan', en: 'Body', kind: 'text', value: (p) => p.name },
      { key: 'documentNumber', vi: 'Số, ký hiệu kế hoạch', en: 'Plan number', kind: 'text', value: (p) => p.documentNumber },
      {
        key: 'documentDate',
        vi: 'Ngày ban hành',
        en: 'Issued on',
        kind: 'text',
        value: (p) => (p.documentDate ? vnDate(p.documentDate) : null),
      },
      { key: 'activities', vi: 'Số hoạt động', en: 'Activities', kind: 'number', value: (p) => p.activities },
      { key: 'total', vi: 'Dự toán kinh phí (đồng)', en: 'Budget estimate (VND)', kind: 'money', value: (p) => p.total },
    ],
    rows: picture.plans.byBody,
  };
}

export function planKindsTable(picture: NationalPicture): Table<[string, number]> {
  return {
    columns: [
      {
        key: 'kind',
        vi: 'Loại hoạt động',
        en: 'Activity kind',
        kind: 'text',
        value: ([k]) => `${PLAN_ACTIVITY_KINDS[k]?.vi ?? k} (${PLAN_ACTIVITY_KINDS[k]?.en ?? k})`,
      },
      { key: 'total', vi: 'Dự toán kinh phí (đồng)', en: 'Budget estimate (VND)', kind: 'money', value: ([, v]) => v },
    ],
    rows: Object.entries(picture.plans.byKind).sort((a, b) => b[1] - a[1]),
  };
}

/** One body's report as label/value lines: what it entered, then what its content shows. */
export function reportLines(
  version: ReportVersion | null,
  row: BodyMonth,
): Array<{ section: string; key: string; vi: string; en: string; kind: Column<unknown>['kind']; value: Cell }> {
  const entered = [
    ...enteredColumns<ReportVersion | null>((v) => v?.entered ?? null),
    ...shareColumns<ReportVersion | null>((v) => v?.entered ?? null),
  ];
  const figures = figureColumns<BodyMonth>((r) => r.figures);
  return [
    ...entered.map((c) => ({ section: 'entered', key: c.key, vi: c.vi, en: c.en, kind: c.kind, value: c.value(version) })),
    ...figures.map((c) => ({ section: 'figures', key: c.key, vi: c.vi, en: c.en, kind: c.kind, value: c.value(row) })),
  ];
}
