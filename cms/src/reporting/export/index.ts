import type { BodyInfo, NationalPicture } from '../national';
import { bodyReport } from '../national';
import { linesToCsv, tableToCsv } from './csv';
import { bodyReportHtml, nationalHtml } from './html';
import { bracketed, EXPORT_TEXT as TEXT } from './messages';
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

type SheetName = 'targets' | 'bodiesSheet' | 'plansSheet' | 'budgetSheet' | 'reportSheet';
/** A sheet named in Vietnamese, titled in Vietnamese with its English name after: "Chỉ tiêu …, tháng 2026-11 (Targets)". */
const sheet = (name: SheetName, title: string): [name: string, title: string] => [TEXT.t('vi', name), `${title} (${TEXT.t('en', name)})`];

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
      const { month, plans } = picture;
      addTableSheet(workbook, ...sheet('targets', TEXT.t('vi', 'targetsTitle', { month })), targetsTable(picture));
      addTableSheet(workbook, ...sheet('bodiesSheet', TEXT.t('vi', 'bodiesTitle', { month })), bodiesTable(picture));
      addTableSheet(workbook, ...sheet('plansSheet', TEXT.t('vi', 'plansTitle', { year: plans.year })), plansTable(picture));
      addTableSheet(workbook, ...sheet('budgetSheet', TEXT.t('vi', 'budgetTitle', { year: plans.year })), planKindsTable(picture));
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
      addTableSheet(workbook, ...sheet('reportSheet', TEXT.t('vi', 'reportTitle', { body: report.body.nameVi, month: report.month })), {
        columns: [
          { key: 'item', ...TEXT.pair('item'), kind: 'text', value: (l: (typeof lines)[number]) => bracketed(l) },
          { key: 'value', ...TEXT.pair('value'), kind: 'text', value: (l) => l.value, kindOf: (l) => l.kind },
        ],
        rows: lines,
      });
      return file(await workbookBuffer(workbook));
    }
  }
}
