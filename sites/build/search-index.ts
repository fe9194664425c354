import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind indexes a built column offline (its binary ships in the npm package). Only pages marked
 * data-pagefind-body are indexed: articles, documents and campaigns, not the lists that repeat them.
 * Vietnamese and English pages go to separate indexes by their lang attribute; Pagefind folds
 * diacritics, so "khoa hoc" finds "khoa học".
 */
export async function indexForSearch(columnDir: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: columnDir });
    if (added.errors.length) throw new Error(`search index of ${columnDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(columnDir, 'pagefind') });
    if (written.errors.length) throw new Error(`search index of ${columnDir}: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
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
