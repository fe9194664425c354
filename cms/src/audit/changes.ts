import type { FieldChange } from './store';

/**
 * The fields an action changed, with their values before and after. Bookkeeping columns are left out (they
 * change on every write and say nothing), and a secret (a password, a token) is never copied into the log:
 * the entry only says that it changed.
 */
const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale']);
const SECRET = /^(password|.*token|.*Token|salt|hash|accessKey|secretKey)$/;
/** Long texts are kept whole up to here: enough to read what changed, not a second copy of every article. */
const MAX_TEXT = 20_000;

export const isSecretField = (name: string) => SECRET.test(name);

type Row = Record<string, unknown> | null | undefined;

const comparable = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && value.length > MAX_TEXT) return `${value.slice(0, MAX_TEXT)}…`;
  if (value === undefined) return null;
  return value;
};

/** Which fields differ between two rows of the same type (either may be missing: a create, a delete). */
export function fieldChanges(before: Row, after: Row): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const name of names) {
    if (BOOKKEEPING.has(name)) continue;
    const was = comparable(before?.[name]);
    const is = comparable(after?.[name]);
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    changes[name] = isSecretField(name) ? { secret: true } : { before: was, after: is };
  }
  return changes;
}

/** Only the secrets' names of data about to be written, for writes whose rows are not read back. */
export function dataChanges(data: Record<string, unknown> | undefined): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [name, value] of Object.entries(data ?? {})) {
    if (BOOKKEEPING.has(name)) continue;
    changes[name] = isSecretField(name) ? { secret: true } : { before: null, after: comparable(value) };
  }
  return changes;
}
