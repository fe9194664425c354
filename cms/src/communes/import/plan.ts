import type { Bilingual } from '@column57/i18n';
import { COLUMN_NAMES, COMMUNES_TEXT } from '../messages';
import { type CommuneKind, communeNames, kindInName, properName, slugPart } from '../naming';
import type { Column, Table } from './read';

/**
 * What importing a commune list would do, decided before anything is written: the units to create, those
 * whose name, kind or population changes, those already as the file says, and every problem with its row
 * and column. A list with any problem changes nothing. Units of the province missing from the file are
 * listed, never deleted: a merger is decided by a resolution, not by a spreadsheet.
 */
export interface Wanted {
  row: number;
  code: string;
  kind: CommuneKind;
  nameVi: string;
  population: number | null;
}

export interface Existing {
  documentId: string;
  slug: string;
  code: string | null;
  nameVi: string;
  kind: string | null;
  population: number | null;
  /** The parent's document id, and the name of what the code belongs to when it is another province's. */
  parent: string | null;
}

export interface Problem extends Bilingual {
  row: number | null;
  column: string | null;
}

export interface Plan {
  create: Wanted[];
  change: Array<Wanted & { slug: string; documentId: string; before: { nameVi: string; kind: string | null; population: number | null } }>;
  unchanged: Array<{ row: number; code: string; slug: string; nameVi: string }>;
  notInFile: Array<{ code: string | null; slug: string; nameVi: string }>;
  problems: Problem[];
}

/** Kind words as editors write them (folded): Xã/Phường/Đặc khu, or the English codes and names. */
const KINDS: Record<string, CommuneKind> = {
  xa: 'commune',
  commune: 'commune',
  phuong: 'ward',
  ward: 'ward',
  'dac-khu': 'special-zone',
  'special-zone': 'special-zone',
};

type Say = (locale: 'vi' | 'en') => string;

function problemAt(table: Table, row: number, column: Column, say: Say): Problem {
  const header = table.headers[column];
  const name = (locale: 'vi' | 'en') => header ?? COLUMN_NAMES.t(locale, column);
  const text = (locale: 'vi' | 'en') => COMMUNES_TEXT.t(locale, 'atRowColumn', { row, column: name(locale), problem: say(locale) });
  return { row, column: header ?? COLUMN_NAMES.t('vi', column), vi: text('vi'), en: text('en') };
}

export const fileProblem = (say: Say): Problem => ({
  row: null,
  column: null,
  vi: COMMUNES_TEXT.t('vi', 'atFile', { problem: say('vi') }),
  en: COMMUNES_TEXT.t('en', 'atFile', { problem: say('en') }),
});

/** Each row checked on its own and against the rows above it. */
function wantedRows(table: Table, problems: Problem[]): Wanted[] {
  for (const column of ['code', 'name', 'kind'] as const) {
    if (!table.headers[column]) {
      problems.push(fileProblem((l) => COMMUNES_TEXT.t(l, 'columnMissing', { column: `«${COLUMN_NAMES.t(l, column)}»` })));
    }
  }
  if (problems.length) return [];
  if (!table.rows.length) problems.push(fileProblem((l) => COMMUNES_TEXT.t(l, 'noRows')));
  const firstRowOf = new Map<string, number>();
  const wanted: Wanted[] = [];
  for (const { row, cells } of table.rows) {
    const at = (column: Column, say: Say) => problems.push(problemAt(table, row, column, say));
    const before = problems.length;
    const code = cells.code ?? '';
    if (!code) at('code', (l) => COMMUNES_TEXT.t(l, 'codeMissing'));
    else if (!/^\d{5}$/.test(code)) at('code', (l) => COMMUNES_TEXT.t(l, 'codeNotFiveDigits', { value: code }));
    else if (firstRowOf.has(code)) at('code', (l) => COMMUNES_TEXT.t(l, 'codeRepeated', { first: firstRowOf.get(code)! }));
    else firstRowOf.set(code, row);
    const name = cells.name ?? '';
    if (!properName(name)) at('name', (l) => COMMUNES_TEXT.t(l, 'nameMissing'));
    const kindText = cells.kind ?? '';
    const kind = kindText ? KINDS[slugPart(kindText)] : kindInName(name)?.kind;
    if (!kindText && !kind) at('kind', (l) => COMMUNES_TEXT.t(l, 'kindMissing'));
    else if (!kind) at('kind', (l) => COMMUNES_TEXT.t(l, 'kindUnknown', { value: kindText }));
    const populationText = (cells.population ?? '').replace(/[.,\s]/g, '');
    if (populationText && !/^\d+$/.test(populationText)) {
      at('population', (l) => COMMUNES_TEXT.t(l, 'populationNotNumber', { value: cells.population ?? '' }));
    }
    if (problems.length > before || !kind) continue;
    wanted.push({ row, code, kind, nameVi: communeNames(kind, name).nameVi, population: populationText ? Number(populationText) : null });
  }
  return wanted;
}

/** The plan for one province: `units` holds every body with a five-digit code or whose parent is the province. */
export function planImport(table: Table, provinceDocumentId: string, units: Existing[]): Plan {
  const problems: Problem[] = [];
  const wanted = wantedRows(table, problems);
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code!, u]));
  const plan: Plan = { create: [], change: [], unchanged: [], notInFile: [], problems };
  for (const row of wanted) {
    const found = byCode.get(row.code);
    if (!found) {
      plan.create.push(row);
      continue;
    }
    if (found.parent !== provinceDocumentId) {
      problems.push(problemAt(table, row.row, 'code', (l) => COMMUNES_TEXT.t(l, 'codeOfOtherBody', { name: found.nameVi })));
      continue;
    }
    const population = row.population ?? found.population;
    if (found.nameVi === row.nameVi && found.kind === row.kind && found.population === population) {
      plan.unchanged.push({ row: row.row, code: row.code, slug: found.slug, nameVi: found.nameVi });
    } else {
      plan.change.push({
        ...row,
        population,
        slug: found.slug,
        documentId: found.documentId,
        before: { nameVi: found.nameVi, kind: found.kind, population: found.population },
      });
    }
  }
  const inFile = new Set(wanted.map((w) => w.code));
  plan.notInFile = units
    .filter((u) => u.parent === provinceDocumentId && !(u.code && inFile.has(u.code)))
    .map((u) => ({ code: u.code, slug: u.slug, nameVi: u.nameVi }));
  return plan;
}
