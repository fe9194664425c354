import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { place } from '@column57/sites/renderer/place';
import { both } from './messages.ts';

/**
 * Pagefind indexes a built column offline (its binary ships in the npm package). Only pages marked
 * data-pagefind-body are indexed: articles, documents and campaigns, not the lists that repeat them.
 * Vietnamese and English pages go to separate indexes by their lang attribute; Pagefind folds
 * diacritics, so "khoa hoc" finds "khoa học".
 */
export async function indexForSearch(columnDir: string, outputPath = join(columnDir, SEARCH_DIR)) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`${both('searchIndexFailed', { where: '' })}: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: columnDir });
    if (added.errors.length) throw new Error(`${both('searchIndexFailed', { where: columnDir })}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`${both('searchIndexFailed', { where: columnDir })}: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
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
 * not stay findable, so the column has no search for those seconds instead. Returns whether it carried.
 */
export function carrySearchIndex(previousColumn: string | null, stagedColumn: string): boolean {
  if (!previousColumn || !existsSync(join(previousColumn, SEARCH_DIR, 'pagefind-entry.json'))) return false;
  const now = pagesIn(stagedColumn);
  for (const page of pagesIn(previousColumn)) if (!now.has(page)) return false;
  linkTree(join(previousColumn, SEARCH_DIR), join(stagedColumn, SEARCH_DIR));
  return true;
}

/**
 * Indexes a live column beside its current index and swaps the new one in by two renames, so a reader
 * meets the old index or the new one, each whole (Pagefind's chunk files are named by their content,
 * and a page that loaded the old entry file keeps finding its chunks until the old folder is gone).
 */
export async function reindexLiveColumn(columnDir: string) {
  const next = join(columnDir, '.pagefind-next');
  const old = join(columnDir, '.pagefind-old');
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  await indexForSearch(columnDir, next);
  const live = join(columnDir, SEARCH_DIR);
  if (existsSync(live)) renameSync(live, old);
  renameSync(next, live);
  rmSync(old, { recursive: true, force: true });
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
