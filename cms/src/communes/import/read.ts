import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { slugPart } from '../naming';

/**
 * A commune list as rows of text, whatever it came as: CSV (comma, semicolon or tab; UTF-8 with or without
 * a byte-order mark, as Excel saves it) through csv-parse, or the first sheet of an XLSX workbook through
 * read-excel-file. Both are well-kept readers; quoting, line endings and shared strings are theirs to know.
 */
export type Column = 'code' | 'name' | 'kind' | 'population';

/** Header words, folded to ASCII, that name each column (Vietnamese with or without diacritics, or English). */
const HEADERS: Record<Column, string[]> = {
  code: ['ma', 'code', 'ma-so', 'ma-xa', 'ma-don-vi', 'ma-dvhc', 'ma-don-vi-hanh-chinh', 'administrative-code'],
  name: ['ten', 'name', 'ten-xa', 'ten-don-vi', 'ten-dvhc', 'ten-don-vi-hanh-chinh'],
  kind: ['loai', 'kind', 'cap', 'loai-hinh', 'loai-don-vi', 'type'],
  population: ['dan-so', 'population', 'so-dan'],
};

export interface Table {
  /** The header text of each column found, as the file wrote it (problems cite it). */
  headers: Partial<Record<Column, string>>;
  /** Data rows: the row number in the file (1 = first line) and each column's text. */
  rows: Array<{ row: number; cells: Partial<Record<Column, string>> }>;
}

export class UnreadableFile extends Error {}
export class UnknownFormat extends Error {}

type Cell = string | number | boolean | Date | null | undefined | unknown;

/** Excel keeps a code typed as a number, so 06652 comes back as 6652: the zeros it dropped are restored. */
function cellText(column: Column, value: Cell): string {
  if (value === null || value === undefined) return '';
  if (column === 'code' && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000) {
    return String(value).padStart(5, '0');
  }
  return String(value).trim();
}

function columnOf(header: Cell): Column | null {
  const folded = slugPart(String(header ?? ''));
  for (const [column, words] of Object.entries(HEADERS) as Array<[Column, string[]]>) if (words.includes(folded)) return column;
  return null;
}

/** The first row (of the first ten) that names a code or a name column is the header; rows above it are a title. */
function toTable(grid: Cell[][]): Table {
  const headerIndex = grid.slice(0, 10).findIndex((row) => row.some((cell) => ['code', 'name'].includes(columnOf(cell) ?? '')));
  if (headerIndex < 0) return { headers: {}, rows: [] };
  const positions: Partial<Record<Column, number>> = {};
  const headers: Partial<Record<Column, string>> = {};
  grid[headerIndex].forEach((cell, i) => {
    const column = columnOf(cell);
    if (column && positions[column] === undefined) {
      positions[column] = i;
      headers[column] = String(cell).trim();
    }
  });
  const rows = grid
    .map((values, index) => ({ values, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ values }) => values.some((v) => cellText('name', v) !== ''))
    .map(({ values, row }) => ({
      row,
      cells: Object.fromEntries(
        (Object.entries(positions) as Array<[Column, number]>).map(([column, i]) => [column, cellText(column, values[i])]),
      ) as Partial<Record<Column, string>>,
    }));
  return { headers, rows };
}

export async function readTable(filename: string, bytes: Buffer): Promise<Table> {
  const extension = filename.toLowerCase().split('.').pop();
  try {
    if (extension === 'csv') {
      const grid: string[][] = parse(bytes, {
        bom: true,
        delimiter: [',', ';', '\t'],
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
      });
      return toTable(grid);
    }
    if (extension === 'xlsx') return toTable((await readSheet(bytes)) as Cell[][]);
  } catch (error) {
    throw new UnreadableFile(error instanceof Error ? error.message : String(error));
  }
  throw new UnknownFormat(filename);
}
