import ExcelJS from 'exceljs';
import type { Column, Table } from './table';

/** Number formats a Vietnamese reader expects in a spreadsheet: grouped đồng, one-decimal percents. */
const FORMATS: Partial<Record<Column<unknown>['kind'], string>> = { money: '#,##0', number: '#,##0', percent: '0.0' };

export function addTableSheet<T>(workbook: ExcelJS.Workbook, name: string, title: string, table: Table<T>) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  const header = sheet.addRow(table.columns.map((c) => `${c.vi}\n(${c.en})`));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const all = [...table.rows, ...(table.total !== undefined ? [table.total] : [])];
  for (const [i, row] of all.entries()) {
    const added = sheet.addRow(table.columns.map((c) => c.value(row)));
    if (table.total !== undefined && i === all.length - 1) added.font = { bold: true };
    table.columns.forEach((c, j) => {
      const value = c.value(row);
      // A count that is not whole (a sum of percentages) keeps its decimal, as the page shows it.
      const format =
        typeof value === 'number' && !Number.isInteger(value) && (c.kindOf?.(row) ?? c.kind) !== 'percent'
          ? '#,##0.0'
          : c.kindOf && FORMATS[c.kindOf(row)];
      if (format) added.getCell(j + 1).numFmt = format;
    });
  }
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.kind === 'text' ? Math.min(48, Math.max(14, column.vi.length)) : 14;
    if (FORMATS[column.kind]) col.numFmt = FORMATS[column.kind]!;
  });
  return sheet;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'column57';
  // A fixed date keeps the same figures producing the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
