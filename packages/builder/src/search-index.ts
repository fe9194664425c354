import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
import { isAlive } from './output-lock.ts';
import { seconds } from './timing.ts';

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
export async function indexNation(outDir: string, liveBodies: string[], log: (message: string) => void): Promise<number> {
  // A page taken down while the records were being indexed would come back with this index: it is
  // dropped and made again from the records as they are now (a few times at most; then the hub waits).
  for (let attempt = 1; ; attempt++) {
    const readAt = Date.now();
    const records = nationalRecords(outDir, liveBodies, log);
    const swapped = await swapIndex(
      join(outDir, SEARCH_DIR),
      (next) => writeIndex(records, next, outDir),
      () => droppedAt(outDir) < readAt,
    );
    if (swapped) return records.length;
    log(`! ${both('nationalSearch')}: ${both('nationalSearchOvertaken')}`);
    if (attempt === 3) throw new Error(both('nationalSearchOvertaken'));
  }
}

/** The hub's live columns, as the last build left them: the bodies of the snapshot that have a column in outDir. */
export function liveColumnsOf(snapshotDir: string, outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as { bodies: Array<{ slug: string }> };
  return manifest.bodies.map((b) => b.slug).filter((slug) => statSync(join(outDir, slug), { throwIfNoEntry: false })?.isDirectory());
}

/**
 * The hub's national search made again over every live column, apart from any build: what a build left
 * for later (`nationalSearch: 'later'`). Safe beside a running build; the index is swapped in whole.
 */
export async function refreshNationalSearch(options: { snapshotDir: string; outDir: string; log?: (message: string) => void }) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  useSearchIndexer();
  try {
    const columns = liveColumnsOf(options.snapshotDir, options.outDir);
    const pages = await indexNation(options.outDir, columns, log);
    log(`  ${both('nationalSearch')}: ${pages} ${both('pages')}, ${columns.length} ${both('columns')} (${seconds(started).toFixed(1)} s)`);
    return { pages, columns: columns.length, seconds: seconds(started) };
  } finally {
    await stopSearchIndexer();
  }
}

/**
 * How much of an item's text the national index takes: its title, then its opening (the summary and the
 * first paragraphs), cut at a word. Pagefind holds an index in memory while it writes it, some forty times
 * its text: the whole text of a country's 60,000 articles made a process of 8 GB. A reader finds the whole
 * text in each column's own index.
 */
const NATIONAL_TEXT_CHARS = 500;

function opening(text: string): string {
  if (text.length <= NATIONAL_TEXT_CHARS) return text;
  const cut = text.lastIndexOf(' ', NATIONAL_TEXT_CHARS);
  return text.slice(0, cut > 0 ? cut : NATIONAL_TEXT_CHARS);
}

export function nationalRecords(outDir: string, liveBodies: string[], log: (message: string) => void): PagefindRecord[] {
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
      records.push(pagefindRecord({ ...record, text: opening(record.text) }, `${slug}/${record.path}`, name));
    }
  }
  if (missing) log(`! ${both('nationalSearchMissing', { count: missing })}`);
  return records;
}

/** When the national index was last dropped (epoch ms), written down for an index being made meanwhile. */
const DROPPED_FILE = '.national-search-dropped';

function droppedAt(outDir: string): number {
  try {
    return Number(readFileSync(join(outDir, DROPPED_FILE), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/** The national index, gone at once when a column loses a page: its text must not stay findable until the next index. */
export function dropNationalIndex(outDir: string) {
  writeFileSync(join(outDir, DROPPED_FILE), `${Date.now()}\n`);
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

let swaps = 0;

/**
 * Writes an index beside the live one and swaps it in by two renames, so a reader meets the old index or
 * the new one, each whole (Pagefind's chunk files are named by their content, and a page that loaded
 * the old entry file keeps finding its chunks until the old folder is gone). The folders beside are named
 * by process and swap: the national index may be made by the build service and by a build at once, and
 * the last to finish is the one kept. False when `stillValid` said, once written, not to swap it in.
 */
async function swapIndex(live: string, write: (next: string) => Promise<void>, stillValid = () => true): Promise<boolean> {
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

/** Folders beside an index left by a process that was killed while swapping (and, once, by older builds). */
function removeDeadSwaps(dir: string, stem: string) {
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(stem)) continue;
    const pid = Number(/^(?:next|old)-(\d+)-/.exec(entry.slice(stem.length))?.[1]);
    if (!pid || !isAlive(pid)) rmSync(join(dir, entry), { recursive: true, force: true });
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
