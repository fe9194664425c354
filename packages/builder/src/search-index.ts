import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { place } from '@column57/sites/renderer/place';
import {
  type ColumnSearchRecords,
  foldedLetters,
  foldForSearch,
  SEARCH_RECORDS_FILE,
  type SearchRecord,
} from '@column57/sites/search-format';
import { both } from './messages.ts';
import { isAlive } from './output-lock.ts';

/**
 * Pagefind writes the search indexes offline (its binary ships in the npm package), from the records each
 * column's renderer kept (`SEARCH_RECORDS_FILE`): articles, documents and campaigns, not the lists that
 * repeat them. Vietnamese and English records go to separate indexes, which the search page picks by its
 * lang attribute. Pagefind folds tone marks; "đ" is folded here (`foldForSearch`), so "chuyen doi so"
 * finds what "chuyển đổi số" finds.
 */
export async function writeIndex(records: PagefindRecord[], outputPath: string, where: string) {
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

export interface PagefindRecord {
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
export function pagefindRecord(record: SearchRecord, href: string, body?: string): PagefindRecord {
  const text = `${record.title}. ${record.text}`;
  const meta: Record<string, string> = { title: record.title, href, kind: record.kind, d: foldedLetters(text) };
  if (record.date) meta.date = record.date;
  if (body) meta.body = body;
  return { url: href, content: foldForSearch(text), language: record.locale, meta, ...(body ? { filters: { body: [body] } } : {}) };
}

export function readRecords(columnDir: string): ColumnSearchRecords {
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
  if (!previousColumn) return 'none';
  // Whether or not the last release had its index yet: the national index may hold its pages all the same.
  const now = pagesIn(stagedColumn);
  for (const page of pagesIn(previousColumn)) if (!now.has(page)) return 'pageGone';
  if (!existsSync(join(previousColumn, SEARCH_DIR, 'pagefind-entry.json'))) return 'none';
  linkTree(join(previousColumn, SEARCH_DIR), join(stagedColumn, SEARCH_DIR));
  return 'carried';
}

let swaps = 0;

/**
 * Writes an index beside the live one and swaps it in by two renames, so a reader meets the old index or
 * the new one, each whole (Pagefind's chunk files are named by their content, and a page that loaded
 * the old entry file keeps finding its chunks until the old folder is gone). The folders beside are named
 * by process and swap: the national index may be made by the build service and by a build at once, and
 * the last to finish is the one kept. False when `stillValid` said, once written, not to swap it in.
 */
export async function swapIndex(live: string, write: (next: string) => Promise<void>, stillValid = () => true): Promise<boolean> {
  const dir = dirname(live);
  const stem = `.${basename(live)}-`;
  removeDeadSwaps(dir, stem);
  const tag = `${process.pid}-${++swaps}`;
  const next = join(dir, `${stem}next-${tag}`);
  const old = join(dir, `${stem}old-${tag}`);
  try {
    await write(next);
    if (!stillValid()) return false;
    for (let attempt = 0; ; attempt++) {
      if (existsSync(live)) renameSync(live, `${old}-${attempt}`);
      try {
        renameSync(next, live);
        return true;
      } catch (error) {
        // Another index was swapped in between the two renames: it is set aside in turn, once.
        if (attempt || !['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      }
    }
  } finally {
    for (const path of [next, `${old}-0`, `${old}-1`]) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Folders beside an index left by a process that was killed while swapping (`.<name>-next-<pid>-<n>`,
 * `.<name>-old-<pid>-<n>-<attempt>`), and, once, by older builds (`.<name>-next`). A folder of a process
 * that is alive is left, whatever index it is for.
 */
export function removeDeadSwaps(dir: string, stem = '.') {
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(stem)) continue;
    const pid = Number(/-(?:next|old)-(\d+)-\d+(?:-\d+)?$/.exec(entry)?.[1]);
    const legacy = /-(?:next|old)$/.test(entry);
    if (legacy || (pid && !isAlive(pid))) rmSync(join(dir, entry), { recursive: true, force: true });
  }
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
