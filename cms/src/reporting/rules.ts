import { isDocumentNumber } from '../validation/document-number';
import type { FieldProblem } from '../validation/field-error';
import { ENTERED_FIELDS } from './fields';
import { isFutureMonth, isMonth, monthLabel, vnDay } from './period';

type Entry = Record<string, any>;
const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const LABEL = Object.fromEntries(ENTERED_FIELDS.map((f) => [f.key, f]));

/** Problems in what a body entered in a monthly report: each names the field and says how to fix it. */
export function reportProblems(entry: Entry, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isMonth(entry.month)) {
    problems.push({
      field: 'month',
      vi: `Tháng báo cáo "${entry.month ?? ''}" không đúng dạng; hãy viết NNNN-TT, ví dụ 2026-11`,
      en: `the report month "${entry.month ?? ''}" is malformed; write YYYY-MM, e.g. 2026-11`,
    });
  } else if (isFutureMonth(entry.month, now)) {
    const label = monthLabel(entry.month);
    problems.push({
      field: 'month',
      vi: `Không thể báo cáo cho ${label.vi}, tháng chưa đến; hãy chọn tháng này hoặc một tháng đã qua`,
      en: `${label.en} has not come yet; choose this month or one before it`,
    });
  }
  for (const field of ENTERED_FIELDS) {
    const value = entry[field.key];
    if (!given(value)) continue;
    const n = Number(value);
    const text = String(value).trim();
    if (field.kind === 'count' || field.kind === 'money') {
      // Digits only: "1e3" or "  " would pass a number test and then fail in the database.
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
        problems.push({
          field: field.key,
          vi: `${field.vi}: "${value}" không hợp lệ; hãy nhập số nguyên không âm (0 nếu không có)`,
          en: `${field.en}: "${value}" is not allowed; enter a whole number of 0 or more`,
        });
      }
    } else if (field.kind === 'percent') {
      if (!/^\d+(\.\d+)?$/.test(text) || n < 0 || n > 100) {
        problems.push({
          field: field.key,
          vi: `${field.vi}: ${value} nằm ngoài khoảng 0-100; hãy nhập tỷ lệ phần trăm từ 0 đến 100`,
          en: `${field.en}: ${value} is outside 0-100; enter a percentage from 0 to 100`,
        });
      }
    } else if (field.kind === 'url') {
      if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(String(value))) {
        problems.push({
          field: field.key,
          vi: `${field.vi} "${value}" không phải địa chỉ web; hãy nhập dạng https://cong.tinh.gov.vn/nghi-quyet-57/`,
          en: `${field.en} "${value}" is not a web address; enter it like https://portal.gov.vn/nghi-quyet-57/`,
        });
      }
    }
  }
  const atMost = (part: string, whole: string) => {
    if (given(entry[part]) && given(entry[whole]) && Number(entry[part]) > Number(entry[whole])) {
      problems.push({
        field: part,
        vi: `${LABEL[part].vi} (${entry[part]}) lớn hơn ${LABEL[whole].vi.toLowerCase()} (${entry[whole]}); hãy sửa một trong hai số`,
        en: `${LABEL[part].en} (${entry[part]}) is more than ${LABEL[whole].en.toLowerCase()} (${entry[whole]}); correct one of the two`,
      });
    }
  };
  atMost('officialsInformed', 'officialsTotal');
  atMost('commStaffTrained', 'commStaff');
  return problems;
}

/** Blanks that keep a report from being submitted (0 is an answer; an empty box is not). */
export function missingToSubmit(entry: Entry): FieldProblem[] {
  return ENTERED_FIELDS.filter((f) => f.requiredToSubmit && !given(entry[f.key])).map((f) => ({
    field: f.key,
    vi: `${f.vi}: chưa nhập; hãy điền (ghi 0 nếu không có) trước khi nộp`,
    en: `${f.en}: empty; fill it in (0 if none) before submitting`,
  }));
}

/** Problems in an annual plan. */
export function planProblems(entry: Entry, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const thisYear = Number(vnDay(now).slice(0, 4));
  const year = Number(entry.year);
  if (!Number.isInteger(year) || year < 2025 || year > Math.min(2030, thisYear + 1)) {
    problems.push({
      field: 'year',
      vi: `Năm kế hoạch "${entry.year ?? ''}" không hợp lệ; hãy chọn một năm từ 2025 đến ${Math.min(2030, thisYear + 1)}`,
      en: `plan year "${entry.year ?? ''}" is not allowed; choose a year from 2025 to ${Math.min(2030, thisYear + 1)}`,
    });
  }
  if (given(entry.documentNumber) && !isDocumentNumber(String(entry.documentNumber))) {
    problems.push({
      field: 'documentNumber',
      vi: `Số, ký hiệu "${entry.documentNumber}" không đúng dạng; hãy viết như 125/KH-UBND`,
      en: `number/symbol "${entry.documentNumber}" is malformed; write it like 125/KH-UBND`,
    });
  }
  if (given(entry.documentNumber) !== given(entry.documentDate)) {
    const missing = given(entry.documentNumber) ? 'documentDate' : 'documentNumber';
    problems.push({
      field: missing,
      vi: 'Kế hoạch ban hành cần cả số, ký hiệu và ngày ban hành; hãy điền đủ hai ô',
      en: 'an issued plan needs both its number/symbol and its date; fill in both',
    });
  }
  if (given(entry.documentDate) && String(entry.documentDate) > vnDay(now)) {
    problems.push({
      field: 'documentDate',
      vi: `Ngày ban hành ${entry.documentDate} ở tương lai; hãy nhập ngày đã ký`,
      en: `the issue date ${entry.documentDate} is in the future; enter the date it was signed`,
    });
  }
  (Array.isArray(entry.activities) ? entry.activities : []).forEach((activity: Entry, i: number) => {
    const n = Number(activity?.budget);
    if (!given(activity?.budget) || !/^\d+$/.test(String(activity.budget).trim()) || !Number.isSafeInteger(n)) {
      problems.push({
        field: `activities.${i}.budget`,
        vi: `Dự toán kinh phí "${activity?.budget ?? ''}" không hợp lệ; hãy nhập số đồng, nguyên, không âm`,
        en: `budget estimate "${activity?.budget ?? ''}" is not allowed; enter whole đồng, 0 or more`,
      });
    }
  });
  return problems;
}
