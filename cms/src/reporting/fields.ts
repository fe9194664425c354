import { COLUMN_STATUS_VOCABULARY, PLAN_ACTIVITY_VOCABULARY, REPORT_FIELD_TEXT } from './messages';

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

const field = (key: keyof typeof REPORT_FIELD_TEXT.messages.vi, kind: EnteredKind, requiredToSubmit: boolean): EnteredField => ({
  key,
  kind,
  ...REPORT_FIELD_TEXT.pair(key),
  requiredToSubmit,
});

export const ENTERED_FIELDS: EnteredField[] = [
  field('columnUrl', 'url', false),
  field('columnStatus', 'status', true),
  field('officialsTotal', 'count', true),
  field('officialsInformed', 'count', true),
  field('trainingSessions', 'count', true),
  field('trainees', 'count', true),
  field('commStaff', 'count', true),
  field('commStaffTrained', 'count', true),
  // Radio bulletins are counted from what is published (grassroots.ts): what is left to type is optional.
  field('grassrootsBroadcasts', 'count', false),
  field('bulletinItems', 'count', true),
  field('grassrootsReachPercent', 'percent', false),
  field('pressProducts', 'count', true),
  field('budgetSpent', 'money', true),
  field('difficulties', 'text', false),
  field('proposals', 'text', false),
];

export const COLUMN_STATUS: Record<string, { vi: string; en: string }> = COLUMN_STATUS_VOCABULARY.labels;

/** Fields only the server writes: the state of a report, its computed figures and its version. */
export const REPORT_SERVER_FIELDS = ['reportStatus', 'overdue', 'late', 'submittedAt', 'submittedBy', 'figures', 'figuresAt', 'version'];

export const PLAN_ACTIVITY_KINDS: Record<string, { vi: string; en: string }> = PLAN_ACTIVITY_VOCABULARY.labels;

/** biginteger columns come back as strings on some databases: money is whole đồng, read as a number. */
export const money = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};
