import { PUBLISHER_TEXT } from './messages.ts';

/**
 * Which columns a change touches. Our CMS names them in its notices; a plain Strapi webhook (set up by
 * hand in Settings → Webhooks) is read as well as it can be, and when unsure every column is rebuilt:
 * unchanged columns are skipped by their fingerprint, so erring wide is slow, never wrong.
 */
export type Scope = Set<string> | 'all';

export function mergeScopes(a: Scope | null, b: Scope): Scope {
  if (!a) return b === 'all' ? 'all' : new Set(b);
  if (a === 'all' || b === 'all') return 'all';
  return new Set([...a, ...b]);
}

export const describeScope = (scope: Scope) => (scope === 'all' ? PUBLISHER_TEXT.both('everyColumn') : [...scope].join(', '));

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class NoticeError extends Error {}

/** Reads a notice; throws a NoticeError naming the field when it cannot be understood. */
export function scopeOfNotice(payload: unknown): { scope: Scope; what: string } {
  if (!payload || typeof payload !== 'object') throw new NoticeError(PUBLISHER_TEXT.both('noticeNotObject'));
  const notice = payload as Record<string, any>;
  if (notice.source === 'column57-cms') {
    const what = `${notice.action ?? '?'} ${notice.uid ?? '?'} ${notice.documentId ?? ''}`.trim();
    if (notice.bodies === 'all') return { scope: 'all', what };
    if (!Array.isArray(notice.bodies) || notice.bodies.some((s: unknown) => typeof s !== 'string' || !SLUG.test(s))) {
      throw new NoticeError(PUBLISHER_TEXT.both('noticeBodies'));
    }
    return { scope: new Set(notice.bodies), what };
  }
  // Strapi's own webhook: { event, uid, entry }.
  if (typeof notice.event === 'string') {
    const entry = notice.entry ?? {};
    const what = `${notice.event} ${notice.uid ?? notice.model ?? ''}`.trim();
    const slug = entry.body?.slug;
    if (typeof slug === 'string' && SLUG.test(slug) && !entry.national) return { scope: new Set([slug]), what };
    return { scope: 'all', what };
  }
  throw new NoticeError(PUBLISHER_TEXT.both('noticeUnknown'));
}
