import { COLUMN_STATUS, ENTERED_FIELDS, PLAN_ACTIVITY_KINDS } from '../fields';
import { bilingual, midSentenceLabels } from '@column57/i18n';
import { AUDIENCE, CHANNEL } from '@column57/snapshot';
import { inEach } from '../../validation/field-error';
import type { Figures } from '../figures';
import type { BodyMonth, NationalPicture, ReportVersion, Target } from '../national';
import { monthLabel, vnDate } from '../period';
import { bracketed, EXPORT_TEXT as TEXT, REPORT_STATE } from './messages';

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

export const STATUS_WORDS: Record<BodyMonth['status'], { vi: string; en: string }> = REPORT_STATE.labels;

export function statusWords(row: BodyMonth): string {
  let text = bilingual(STATUS_WORDS[row.status]);
  if (row.late) text += ` · ${TEXT.both('late')}`;
  if (row.overdue) text += ` · ${TEXT.both('overdue')}`;
  if (row.amending) text += ` · ${TEXT.both('amending')}`;
  return text;
}

export function figureColumns<T>(figures: (row: T) => Figures): Column<T>[] {
  return [
    { key: 'articles', ...TEXT.pair('articles'), kind: 'number', value: (r) => figures(r).articles },
    { key: 'articlesEnglish', ...TEXT.pair('articlesEnglish'), kind: 'number', value: (r) => figures(r).articlesEnglish },
    ...AUDIENCE.codes.map((code): Column<T> => ({
      key: `audience.${code}`,
      ...inEach((locale) => TEXT.t(locale, 'forAudience', { audience: AUDIENCE_WORDS[code][locale] })),
      kind: 'number',
      value: (r) => figures(r).byAudience[code] ?? 0,
    })),
    ...CHANNEL.codes.map((code): Column<T> => ({
      key: `channel.${code}`,
      ...inEach((locale) => TEXT.t(locale, 'onChannel', { channel: CHANNEL_WORDS[code][locale] })),
      kind: 'number',
      value: (r) => figures(r).byChannel[code] ?? 0,
    })),
    { key: 'documents', ...TEXT.pair('documents'), kind: 'number', value: (r) => figures(r).documents },
    { key: 'campaigns', ...TEXT.pair('campaigns'), kind: 'number', value: (r) => figures(r).campaigns },
    { key: 'campaignAssets', ...TEXT.pair('campaignAssets'), kind: 'number', value: (r) => figures(r).campaignAssets },
    { key: 'tasksCommunicated', ...TEXT.pair('tasksCommunicated'), kind: 'number', value: (r) => figures(r).tasksCommunicated },
    { key: 'tasksTotal', ...TEXT.pair('tasksTotal'), kind: 'number', value: (r) => figures(r).tasksTotal },
    { key: 'honours', ...TEXT.pair('honours'), kind: 'number', value: (r) => figures(r).honours },
    ...grassrootsColumns(figures),
  ];
}

/** The grassroots figures, computed from bulletins; empty in figures frozen before bulletins existed. */
function grassrootsColumns<T>(figures: (row: T) => Figures): Column<T>[] {
  const g = (r: T) => figures(r).grassroots;
  const count = (key: 'bulletins' | 'broadcastsPlanned' | 'audioMinutes' | 'communesCovered' | 'communesTotal'): Column<T> => ({
    key: `grassroots.${key}`,
    ...TEXT.pair(key),
    kind: 'number',
    value: (r) => g(r)?.[key] ?? null,
  });
  return [
    count('bulletins'),
    count('broadcastsPlanned'),
    count('audioMinutes'),
    count('communesCovered'),
    count('communesTotal'),
    { key: 'grassroots.coveragePercent', ...TEXT.pair('coveragePercent'), kind: 'percent', value: (r) => g(r)?.coveragePercent ?? null },
    {
      key: 'grassroots.coverageBasis',
      ...TEXT.pair('coverageBasis'),
      kind: 'text',
      value: (r) => {
        const basis = g(r)?.coverageBasis;
        return basis ? TEXT.both(basis === 'population' ? 'byPopulation' : 'byCount') : null;
      },
    },
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
      ...TEXT.pair('officialsInformedShare'),
      kind: 'percent',
      value: (r) => share(entered(r)?.officialsInformed, entered(r)?.officialsTotal),
    },
    {
      key: 'commStaffTrainedShare',
      ...TEXT.pair('commStaffTrainedShare'),
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
    { key: 'slug', ...TEXT.pair('bodyCode'), kind: 'text', value: (r) => (r === 'total' ? 'toan-quoc' : r.body.slug) },
    {
      key: 'body',
      ...TEXT.pair('body'),
      kind: 'text',
      value: (r) => (r === 'total' ? bracketed(TEXT.pair('nationalTotal')) : r.body.nameVi),
    },
    {
      key: 'status',
      ...TEXT.pair('reportStatus'),
      kind: 'text',
      value: (r) =>
        r === 'total'
          ? `${picture.rows.filter((x) => x.status === 'submitted').length}/${picture.rows.length} ${TEXT.both('submittedCount')}`
          : statusWords(r),
    },
    { key: 'version', ...TEXT.pair('version'), kind: 'number', value: (r) => (r === 'total' ? null : r.version) },
    {
      key: 'submittedAt',
      ...TEXT.pair('submittedOn'),
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
      { key: 'target', ...TEXT.pair('target'), kind: 'text', value: (t) => bracketed(t) },
      { key: 'goal', ...TEXT.pair('goalPercent'), kind: 'percent', value: (t) => t.goal },
      { key: 'by', ...TEXT.pair('byYear'), kind: 'text', value: (t) => String(t.by) },
      {
        key: 'value',
        ...inEach((locale) => TEXT.t(locale, 'reachedIn', { month: monthLabel(picture.month)[locale] })),
        kind: 'percent',
        value: (t) => t.value,
      },
      { key: 'numerator', ...TEXT.pair('numerator'), kind: 'number', value: (t) => t.numerator },
      { key: 'denominator', ...TEXT.pair('denominator'), kind: 'number', value: (t) => t.denominator },
      { key: 'missing', ...TEXT.pair('bodiesWithoutData'), kind: 'number', value: (t) => t.missing.length },
    ],
    rows: picture.targets,
  };
}

export function plansTable(picture: NationalPicture): Table<NationalPicture['plans']['byBody'][number]> {
  return {
    columns: [
      { key: 'slug', ...TEXT.pair('bodyCode'), kind: 'text', value: (p) => p.slug },
      { key: 'body', ...TEXT.pair('body'), kind: 'text', value: (p) => p.name },
      { key: 'documentNumber', ...TEXT.pair('planNumber'), kind: 'text', value: (p) => p.documentNumber },
      { key: 'documentDate', ...TEXT.pair('issuedOn'), kind: 'text', value: (p) => (p.documentDate ? vnDate(p.documentDate) : null) },
      { key: 'activities', ...TEXT.pair('activities'), kind: 'number', value: (p) => p.activities },
      { key: 'total', ...TEXT.pair('budgetEstimate'), kind: 'money', value: (p) => p.total },
    ],
    rows: picture.plans.byBody,
  };
}

export function planKindsTable(picture: NationalPicture): Table<[string, number]> {
  return {
    columns: [
      {
        key: 'kind',
        ...TEXT.pair('activityKind'),
        kind: 'text',
        value: ([k]) => `${PLAN_ACTIVITY_KINDS[k]?.vi ?? k} (${PLAN_ACTIVITY_KINDS[k]?.en ?? k})`,
      },
      { key: 'total', ...TEXT.pair('budgetEstimate'), kind: 'money', value: ([, v]) => v },
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
