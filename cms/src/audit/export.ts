import { bilingual } from '@column57/i18n';
import { tableToCsv } from '../reporting/export/csv';
import type { Table } from '../reporting/export/table';
import { addTableSheet, newWorkbook, workbookBuffer } from '../reporting/export/xlsx';
import { AUDIT_ACTION, AUDIT_TEXT } from './messages';
import type { StoredEntry } from './store';

/**
 * A month of the log as a file: the same table as CSV (opened by Excel with Vietnamese intact) and as a
 * workbook, through the reporting exports' writers, so both read like the monthly report they sit beside.
 */
export const AUDIT_FORMATS = ['csv', 'xlsx'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

type ColumnKey = 'at' | 'user' | 'action' | 'type' | 'documentId' | 'locale' | 'entryTitle' | 'address' | 'changes';
const column = (key: ColumnKey, value: (e: Exported) => string | number | null) => ({
  key,
  ...AUDIT_TEXT.pair(key),
  kind: 'text' as const,
  value,
});

/** An entry with the names people read beside its codes (names.ts); without them the codes are written. */
type Exported = StoredEntry & { typeName?: string; fieldNames?: Record<string, string> };

const changesText = (entry: Exported) =>
  Object.entries(entry.changes)
    .map(([field, change]) => {
      const name = entry.fieldNames?.[field] ?? field;
      return 'secret' in change
        ? `${name}: ${AUDIT_TEXT.both('changed')}`
        : `${name}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`;
    })
    .join('\n');

const isAction = (code: string): code is (typeof AUDIT_ACTION.codes)[number] => (AUDIT_ACTION.codes as readonly string[]).includes(code);
const actionWords = (entry: StoredEntry) => (isAction(entry.action) ? bilingual(AUDIT_ACTION.labels[entry.action]) : entry.action);

export function auditTable(entries: Exported[]): Table<Exported> {
  return {
    columns: [
      column('at', (e) => e.at),
      column('user', (e) => (e.userEmail ? `${e.userName ?? ''} <${e.userEmail}>`.trim() : AUDIT_TEXT.both('system'))),
      column('action', actionWords),
      column('type', (e) => e.typeName ?? e.type),
      column('documentId', (e) => e.documentId),
      column('locale', (e) => e.locale),
      column('entryTitle', (e) => e.title),
      column('address', (e) => e.address),
      column('changes', changesText),
    ],
    rows: entries,
  };
}

export async function auditFile(entries: Exported[], month: string, format: AuditFormat) {
  const table = auditTable(entries);
  const filename = `nhat-ky-thao-tac-${month}.${format}`;
  if (format === 'csv') return { body: tableToCsv(table), contentType: 'text/csv; charset=utf-8', filename };
  const workbook = newWorkbook();
  addTableSheet(workbook, AUDIT_TEXT.t('vi', 'sheet'), bilingual(AUDIT_TEXT.pair('title', { month })), table);
  return {
    body: await workbookBuffer(workbook),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename,
  };
}
