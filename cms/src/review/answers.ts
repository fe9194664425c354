/**
 * What the review routes answer, as types only: the server builds these (actions.ts, diff.ts) and the admin
 * panel reads them (admin/review/api.ts). This file imports nothing, so the panel can share it.
 */

/** One piece of a changed field: kept, added or removed text. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldChange {
  field: string;
  label: string;
  parts: DiffPart[];
  /** An option or a yes/no (value-kind.ts): the parts are whole values, which the panel shows by their names. */
  kind?: 'option' | 'boolean';
}

/** What a publisher reads: per locale, each changed field word by word against the published version. */
export interface LocaleChanges {
  locale: string;
  /** False when the locale was never published: every field reads as added. */
  published: boolean;
  fields: FieldChange[];
}

export interface QueueItem {
  uid: string;
  documentId: string;
  title: string;
  locales: string[];
  state: string;
  submittedAt: string | null;
  submittedBy: { id: number; name: string; email: string } | null;
  note: string | null;
  comment: string | null;
  reason: string | null;
  changes: LocaleChanges[];
}
