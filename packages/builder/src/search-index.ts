import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { leadOf } from '@column57/sites/hub';
import { place } from '@column57/sites/renderer/place';
import {
  type ColumnSearchRecords,
  foldedLetters,
  foldForSearch,
  SEARCH_RECORDS_FILE,
  type SearchRecord,
} from '@column57/sites/search-format';
import { both } from './messages.ts';

/**
 * Pagefind writes the search indexes offline (its binary ships in the npm package), from the records each
 * column's renderer kept (`SEARCH_RECORDS_FILE`): articles, documents and campaigns, not the lists that
 * repeat them. Vietnamese and English records go to separate indexes, which the search page picks by its
 * lang attribute. Pagefind folds tone marks; "đ" is folded here (`foldForSearch`), so "chuyen doi so"
 * finds what "chuyển đổi số" finds.
 */
async function writeIndex(records: PagefindRecord[], outputPath: string, where: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${both('searchIndexFailed', { where: '' })}: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`${both('searchIndexFailed', { where })}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`${both('searchIndexFailed', { where })}: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
}

interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/**
 * A record as Pagefind takes it: the text folded, and in `meta` what the search page shows (the title as
 * written, where to go, the kind, the date, whose column) and where the folded letters were (`d`).
 */
function pagefindRecord(record: SearchRecord, href: string, body?: string): PagefindRecord {
  const text = `${record.title}. ${record.text}`;
  const meta: Record<string, string> = { title: record.title, href, kind: record.kind, d: foldedLetters(text) };
  if (record.date) meta.date = record.date;
  if (body) meta.body = body;
  return { url: href, content: foldForSearch(text), language: record.locale, meta, ...(body ? { filters: { body: [body] } } : {}) };
}

function readRecords(columnDir: string): ColumnSearchRecords {
  return JSON.parse(readFileSync(join(columnDir, SEARCH_RECORDS_FILE), 'utf8')) as ColumnSearchRecords;
}

/** A built column's own index: every page it shows, national items and shared articles included. */
export async function indexForSearch(columnDir: string, outputPath = join(columnDir, SEARCH_DIR)) {
  const { records } = readRecords(columnDir);
  await writeIndex(
    records.map((record) => pagefindRecord(record, record.path)),
    outputPath,
    columnDir,
  );
}

/**
 * The national search on the hub, over every live column: each item once, on its own column's page
 * (a national document or campaign on the lead body's column, else the first that shows it; a shared
 * article on the column it was shared from), with the body's name to say whose it is and to filter by.
 * A column without records (built before they were kept) is left out until it is built again.
 */
export async function indexNation(outDir: string, liveBodies: string[], log: (message: string) => void) {
  const lead = leadOf(liveBodies);
  const order = lead ? [lead, ...liveBodies.filter((slug) => slug !== lead)] : liveBodies;
  const records: PagefindRecord[] = [];
  const listed = new Set<string>();
  let missing = 0;
  for (const slug of order) {
    let column: ColumnSearchRecords;
    try {
      column = readRecords(join(outDir, slug));
    } catch {
      missing++;
      continue;
    }
    for (const record of column.records) {
      if (record.origin === 'shared') continue;
      const once = `${record.id}:${record.locale}`;
      if (record.origin === 'national' && listed.has(once)) continue;
      listed.add(once);
      const name = column.name[record.locale] ?? column.name.vi ?? slug;
      records.push(pagefindRecord(record, `${slug}/${record.path}`, name));
    }
  }
  if (missing) log(`! ${both('nationalSearchMissing', { count: missing })}`);
  await swapIndex(join(outDir, SEARCH_DIR), (next) => writeIndex(records, next, outDir));
  return records.length;
}

/** The national index, gone at once when a column loses a page: its text must not stay findable until the next index. */
export function dropNationalIndex(outDir: string) {
  rmSync(join(outDir, SEARCH_DIR), { recursive: true, force: true });
}

export const SEARCH_DIR = 'pagefind';

/** Pages of a built column, as paths of their index.html inside it (the search index is not walked). */
function pagesIn(dir: string, root = dir, out = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !(dir === root && entry.name === SEARCH_DIR)) pagesIn(join(dir, entry.name), root, out);
    else if (entry.name === 'index.html') out.add(relative(root, join(dir, entry.name)));
  }
  return out;
}

function linkTree(from: string, to: string) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else place(join(from, entry.name), join(to, entry.name));
  }
}

/**
 * A new release goes live before it is indexed (indexing a column takes seconds; a publish should not
 * wait for it), carrying the search index of the release before it: the changed pages are found as they
 * were until the new index lands. Not when a page has gone (unpublished, made secret): its text must
 * not stay findable, so the column has no search for those seconds instead. Says which it was.
 */
export function carrySearchIndex(previousColumn: string | null, stagedColumn: string): 'carried' | 'none' | 'pageGone' {
  if (!previousColumn || !existsSync(join(previousColumn, SEARCH_DIR, 'pagefind-entry.json'))) return 'none';
  const now = pagesIn(stagedColumn);
  for (const page of pagesIn(previousColumn)) if (!now.has(page)) return 'pageGone';
  linkTree(join(previousColumn, SEARCH_DIR), join(stagedColumn, SEARCH_DIR));
  return 'carried';
}

/**
 * Writes an index beside the live one and swaps it in by two renames, so a reader meets the old index or
 * the new one, each whole (Pagefind's chunk files are named by their content, and a page that loaded
 * the old entry file keeps finding its chunks until the old folder is gone).
 */
async function swapIndex(live: string, write: (next: string) => Promise<void>) {
  const next = join(dirname(live), `.${basename(live)}-next`);
  const old = join(dirname(live), `.${basename(live)}-old`);
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  await write(next);
  if (existsSync(live)) renameSync(live, old);
  renameSync(next, live);
  rmSync(old, { recursive: true, force: true });
}

/** Indexes a live column beside its current index and swaps the new one in. */
export async function reindexLiveColumn(columnDir: string) {
  await swapIndex(join(columnDir, SEARCH_DIR), (next) => indexForSearch(columnDir, next));
}

/**
 * Pagefind runs one backend process per Node process, shared by every build in it (the build service
 * renders previews while a publish builds): it is closed only when the last build using it is done.
 */
let users = 0;

export function useSearchIndexer() {
  users++;
}

export async function stopSearchIndexer() {
  users = Math.max(0, users - 1);
  if (users === 0) await pagefind.close();
}
