import type { Locale } from '@column57/snapshot';

/**
 * What the search indexes hold of a column: one record per page a reader would want to land on (an
 * article, a document, a campaign), in each language it is published in. The renderer writes them beside
 * the pages it renders them from (search-records.ts); the builder indexes them for the column and, with
 * every other live column's, for the national search on the hub. They are made from the content, not
 * parsed back out of the HTML, so the national index needs no column's pages.
 */
export interface SearchRecord {
  /** The page, from the column's root. */
  path: string;
  locale: Locale;
  kind: SearchKind;
  /** The item's id: a national document or campaign is shown by every column and listed once nationally. */
  id: string;
  /**
   * Whose item it is: the column's own, a national document or campaign every column shows, or an article
   * shared from another column. The national search lists an item once, on its own column's page.
   */
  origin: 'own' | 'national' | 'shared';
  title: string;
  /** What the page says about it, as plain text on one line. */
  text: string;
  /** The date a reader would place it by (published, issued, started), as the page writes it, if known. */
  date: string | null;
}

export const SEARCH_KINDS = ['article', 'document', 'campaign'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface ColumnSearchRecords {
  slug: string;
  name: Partial<Record<Locale, string>>;
  records: SearchRecord[];
}

/** Kept in each built column, read by the builder's indexers. */
export const SEARCH_RECORDS_FILE = '.column57-search.json';

/**
 * The hub's national index is in shards, each a Pagefind bundle under its `pagefind/` folder; this file there
 * lists them, with their records by language, for the search page to merge those in the reader's language.
 */
export const NATIONAL_SHARDS_FILE = 'shards.json';

/**
 * Pagefind folds the tone marks of Vietnamese ("chuyển" is found by "chuyen") but not "đ", which is a
 * letter of its own rather than "d" with a mark: "chuyen doi so" would miss "chuyển đổi số". The
 * indexes are given the text with "đ" written "d", and the search page folds the reader's words the same
 * way (sites/src/scripts/search.js); one letter for one, so the page can put each "đ" back where it was
 * (`foldedLetters`).
 */
export function foldForSearch(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Where foldForSearch changes a letter, as base-36 offsets joined by commas (the search page's `meta.d`). */
export function foldedLetters(text: string): string {
  const at: string[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === 'đ' || text[i] === 'Đ') at.push(i.toString(36));
  return at.join(',');
}
