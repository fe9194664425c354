import { REPORTING_TEXT } from './messages';

/**
 * Reporting months under Decision 1169/QĐ-TTg, reported on the 20th. The data period follows the
 * general reporting regime of Decree 09/2019/NĐ-CP: a monthly report counts from the 15th of the
 * previous month to the 14th of the reporting month. Days are Vietnamese days (UTC+7, no daylight
 * saving), whatever the server's own zone is.
 */
export const VN_OFFSET_MS = 7 * 3600_000;
export const DUE_DAY = 20;
/** The first reporting month of the programme (Decision 1169 was signed on 16 June 2025). */
export const FIRST_MONTH = '2025-07';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (value: unknown): value is string => typeof value === 'string' && MONTH.test(value);

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (year: number, month: number) => {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
};

/** The Vietnamese calendar day of an instant, as YYYY-MM-DD. */
export const vnDay = (at: Date) => new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
/** The month an instant falls in, in Vietnam. */
export const vnMonth = (at: Date) => vnDay(at).slice(0, 7);

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  return monthOf(y, m + delta);
}

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

export interface ReportingPeriod {
  month: string;
  /** First and last day counted, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The report is due by the end of this day (Vietnam time). */
  dueDay: string;
  /** The instant after which a report not submitted is overdue. */
  dueBy: Date;
  /** The instant the period's last day ends: figures are complete from then on. */
  closesAt: Date;
}

export function periodOf(month: string): ReportingPeriod {
  if (!isMonth(month)) throw new Error(`"${month}" ${REPORTING_TEXT.both('monthNotYYYYMM')}`);
  const previous = addMonths(month, -1);
  const endOfDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600_000 - VN_OFFSET_MS);
  return {
    month,
    from: `${previous}-15`,
    to: `${month}-14`,
    dueDay: `${month}-${DUE_DAY}`,
    dueBy: endOfDay(`${month}-${DUE_DAY}`),
    closesAt: endOfDay(`${month}-14`),
  };
}

export const isFutureMonth = (month: string, now = new Date()) => month > vnMonth(now);

/** "tháng 11/2026" and "November 2026": how a month is named to people. */
export function monthLabel(month: string): { vi: string; en: string } {
  const [y, m] = month.split('-').map(Number);
  return REPORTING_TEXT.pair('monthName', { month: pad(m), year: String(y) });
}

/** "20/12/2026": the Vietnamese way of writing a day. */
export const vnDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
