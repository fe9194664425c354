import type { BodyInfo, NationalPicture } from '../national';
import { bodyReport } from '../national';
import { linesToCsv, tableToCsv } from './csv';
import { bodyReportHtml, nationalHtml } from './html';
import { bodiesTable, planKindsTable, plansTable, reportLines, targetsTable } from './table';
import { addTableSheet, newWorkbook, workbookBuffer } from './xlsx';

export const FORMATS = ['json', 'csv', 'xlsx', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export interface ExportFile {
  body: Buffer | string;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
};

export const isFormat = (value: unknown): value is Format => (FORMATS as readonly string[]).includes(String(value));

export async function exportNational(picture: NationalPicture, format: Format, programmeOffice: BodyInfo | null): Promise<ExportFile> {
  const filename = `bao-cao-tong-hop-${picture.month}.${format}`;
  const file = (body: Buffer | string) => ({ body, contentType: CONTENT_TYPES[format], filename });
  switch (format) {
    case 'json':
      return file(JSON.stringify(picture, null, 2));
    case 'csv':
      return file(tableToCsv(bodiesTable(picture)));
    case 'html':
      return file(nationalHtml(picture, { programmeOffice }));
    case 'xlsx': {
      const workbook = newWorkbook();
      addTableSheet(workbook, 'Chỉ tiêu', `Chỉ tiêu Chương trình 1169/QĐ-TTg, tháng ${picture.month} (Targets)`, targetsTable(picture));
      addTableSheet(workbook, 'Cơ quan', `Số liệu theo cơ quan, tháng ${picture.month} (By body)`, bodiesTable(picture));
      addTableSheet(workbook, 'Kế hoạch', `Kế hoạch năm ${picture.plans.year} theo cơ quan (Plans by body)`, plansTable(picture));
      addTableSheet(workbook, 'Dự toán', `Dự toán năm ${picture.plans.year} theo loại hoạt động (Budget by kind)`, planKindsTable(picture));
      return file(await workbookBuffer(workbook));
    }
  }
}

export async function exportBody(report: NonNullable<Awaited<ReturnType<typeof bodyReport>>>, format: Format): Promise<ExportFile> {
  const filename = `bao-cao-${report.body.slug}-${report.month}.${format}`;
  const file = (body: Buffer | string) => ({ body, contentType: CONTENT_TYPES[format], filename });
  const lines = reportLines(report.shown, report.row);
  switch (format) {
    case 'json':
      return file(JSON.stringify({ ...report, lines }, null, 2));
    case 'csv':
      return file(linesToCsv(lines));
    case 'html':
      return file(bodyReportHtml(report));
    case 'xlsx': {
      const workbook = newWorkbook();
      addTableSheet(workbook, 'Báo cáo', `${report.body.nameVi}: báo cáo tháng ${report.month} (Monthly report)`, {
        columns: [
          { key: 'item', vi: 'Nội dung', en: 'Item', kind: 'text', value: (l: (typeof lines)[number]) => `${l.vi} (${l.en})` },
          { key: 'value', vi: 'Số liệu', en: 'Value', kind: 'text', value: (l) => l.value, kindOf: (l) => l.kind },
        ],
        rows: lines,
      });
      return file(await workbookBuffer(workbook));
    }
  }
}
