import type { Locale } from '@column57/i18n';
import { isDocumentNumber } from '../validation/document-number';
import { type FieldProblem, inEach } from '../validation/field-error';
import { ENTERED_FIELDS } from './fields';
import { REPORTING_TEXT as TEXT } from './messages';
import { isFutureMonth, isMonth, monthLabel, vnDay } from './period';

type Entry = Record<string, any>;
const given = (v: unknown) => v !== undefined && v !== null && v !== '';
const LABEL = Object.fromEntries(ENTERED_FIELDS.map((f) => [f.key, f]));

/** Problems in what a body entered in a monthly report: each names the field and says how to fix it. */
export function reportProblems(entry: Entry, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isMonth(entry.month)) {
    problems.push({ field: 'month', ...TEXT.pair('monthMalformed', { month: entry.month ?? '' }) });
  } else if (isFutureMonth(entry.month, now)) {
    const label = monthLabel(entry.month);
    problems.push({ field: 'month', ...inEach((locale) => TEXT.t(locale, 'monthNotYet', { month: label[locale] })) });
  }
  for (const field of ENTERED_FIELDS) {
    const value = entry[field.key];
    if (!given(value)) continue;
    const n = Number(value);
    const text = String(value).trim();
    if (field.kind === 'count' || field.kind === 'money') {
      // Digits only: "1e3" or "  " would pass a number test and then fail in the database.
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
        problems.push({ field: field.key, ...inEach((locale) => TEXT.t(locale, 'notWholeNumber', { field: field[locale], value })) });
      }
    } else if (field.kind === 'percent') {
      if (!/^\d+(\.\d+)?$/.test(text) || n < 0 || n > 100) {
        problems.push({ field: field.key, ...inEach((locale) => TEXT.t(locale, 'notPercentage', { field: field[locale], value })) });
      }
    } else if (field.kind === 'url') {
      if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(String(value))) {
        problems.push({ field: field.key, ...inEach((locale) => TEXT.t(locale, 'notWebAddress', { field: field[locale], value })) });
      }
    }
  }
  const atMost = (part: string, whole: string) => {
    if (given(entry[part]) && given(entry[whole]) && Number(entry[part]) > Number(entry[whole])) {
      const values = (locale: Locale) => ({
        part: LABEL[part][locale],
        partValue: entry[part],
        whole: LABEL[whole][locale].toLowerCase(),
        wholeValue: entry[whole],
      });
      problems.push({ field: part, ...inEach((locale) => TEXT.t(locale, 'partOverWhole', values(locale))) });
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
    ...inEach((locale) => TEXT.t(locale, 'missingToSubmit', { field: f[locale] })),
  }));
}

/** Problems in an annual plan. */
export function planProblems(entry: Entry, now = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const thisYear = Number(vnDay(now).slice(0, 4));
  const year = Number(entry.year);
  if (!Number.isInteger(year) || year < 2025 || year > Math.min(2030, thisYear + 1)) {
    problems.push({ field: 'year', ...TEXT.pair('planYearInvalid', { year: entry.year ?? '', last: Math.min(2030, thisYear + 1) }) });
  }
  if (given(entry.documentNumber) && !isDocumentNumber(String(entry.documentNumber))) {
    problems.push({ field: 'documentNumber', ...TEXT.pair('planNumberMalformed', { number: entry.documentNumber }) });
  }
  if (given(entry.documentNumber) !== given(entry.documentDate)) {
    const missing = given(entry.documentNumber) ? 'documentDate' : 'documentNumber';
    problems.push({ field: missing, ...TEXT.pair('planNumberWithoutDate') });
  }
  if (given(entry.documentDate) && String(entry.documentDate) > vnDay(now)) {
    problems.push({ field: 'documentDate', ...TEXT.pair('planDateInFuture', { date: entry.documentDate }) });
  }
  (Array.isArray(entry.activities) ? entry.activities : []).forEach((activity: Entry, i: number) => {
    const n = Number(activity?.budget);
    if (!given(activity?.budget) || !/^\d+$/.test(String(activity.budget).trim()) || !Number.isSafeInteger(n)) {
      problems.push({ field: `activities.${i}.budget`, ...TEXT.pair('budgetInvalid', { budget: activity?.budget ?? '' }) });
    }
  });
  return problems;
}
