import { diffWords } from 'diff';

/**
 * Two versions side by side, field by field: jsdiff (`diff`) splits a changed text into the words kept,
 * removed and added, which is what an editor reads in a Vietnamese paragraph; other values are shown whole.
 */
export interface FieldDiff {
  name: string;
  before: unknown;
  after: unknown;
  /** For texts: the words in order, each kept, removed (only in the older) or added (only in the newer). */
  parts?: Array<{ value: string; added: boolean; removed: boolean }>;
}

/** Fields that differ between every version by nature: they say nothing about the content. */
const IGNORED = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);
/** The review's own fields (review/): its state belongs to the review actions, not to a version's content. */
const isIgnored = (name: string) => IGNORED.has(name) || name.startsWith('review');

export function compareVersions(older: Record<string, unknown>, newer: Record<string, unknown>): FieldDiff[] {
  const names = [...new Set([...Object.keys(older), ...Object.keys(newer)])].filter((n) => !isIgnored(n)).sort();
  const diffs: FieldDiff[] = [];
  for (const name of names) {
    const before = older[name] ?? null;
    const after = newer[name] ?? null;
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const diff: FieldDiff = { name, before, after };
    if (typeof before === 'string' || typeof after === 'string') {
      diff.parts = diffWords(String(before ?? ''), String(after ?? '')).map((c) => ({
        value: c.value,
        added: Boolean(c.added),
        removed: Boolean(c.removed),
      }));
    }
    diffs.push(diff);
  }
  return diffs;
}

/** What restoring a version writes into the draft: its content fields, never its bookkeeping. */
export const restorable = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([n]) => !isIgnored(n)));
