import { stringify } from 'csv-stringify/sync';
import { bracketed, EXPORT_TEXT as TEXT } from './messages';
import type { Table } from './table';

/**
 * CSV as Excel and LibreOffice open it with Vietnamese intact: UTF-8 with a byte-order mark, comma
 * separated, a header row naming each column in both languages, numbers without grouping.
 */
/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is kept as text with a leading '. */
const inert = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : (value ?? ''));

export function tableToCsv<T>(table: Table<T>): Buffer {
  const header = table.columns.map(bracketed);
  const rows = [...table.rows, ...(table.total !== undefined ? [table.total] : [])].map((row) =>
    table.columns.map((c) => inert(c.value(row))),
  );
  return Buffer.from(`\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`, 'utf8');
}

export function linesToCsv(lines: Array<{ vi: string; en: string; value: string | number | null }>): Buffer {
  const header = [bracketed(TEXT.pair('lineItem')), bracketed(TEXT.pair('lineValue'))];
  const rows = lines.map((l) => [bracketed(l), inert(l.value)]);
  return Buffer.from(`\uFEFF${stringify([header, ...rows], { record_delimiter: '\r\n' })}`, 'utf8');
}
