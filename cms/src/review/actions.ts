import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../access/actor';
import { documentFor } from '../access/ownership-guard';
import { unscoped, writeScope, within } from '../access/scope';
import { fieldChanges } from '../audit/changes';
import { storedVersion } from '../audit/content-hooks';
import { record } from '../audit/record';
import { DESK_EVENT, emitDeskEvent } from '../desk/events';
import { throwIfProblems } from '../validation/field-error';
import type { QueueItem } from './answers';
import { changesOf } from './diff';
import { deskEntry, mainDraft, mainFieldOf, people, personOf, rowsOf, setReview, type Row } from './entries';
import { isReviewed, isReviewedType, reviewedTypes } from './fields';
import { withReason } from './rule';
import { REVIEW_TEXT } from './text';

const MAX_TEXT = 2000;

/** The entry a review action names, once the actor may act on it: a body member (or an administrator) who may change it. */
async function entryFor(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, publisherOnly: boolean) {
  if (!isReviewedType(strapi, uid)) throwIfProblems([{ field: 'uid', ...REVIEW_TEXT.pair('notReviewedType', { type: uid }) }]);
  if (actor.kind !== 'member' && actor.kind !== 'administrator') throw new errors.ForbiddenError(REVIEW_TEXT.both('notYours'));
  if (publisherOnly && actor.kind === 'member' && !actor.canPublish) throw new errors.ForbiddenError(REVIEW_TEXT.both('publishersOnly'));
  const state = await documentFor(strapi, actor, uid, documentId, 'write');
  if (state === 'missing') throw new errors.NotFoundError(REVIEW_TEXT.both('entryMissing'));
  if (state === 'refused') throw new errors.ForbiddenError(REVIEW_TEXT.both('notYours'));
  return rowsOf(strapi, uid, documentId);
}

/** A free text of the request: trimmed, bounded; `required` names the field that must not be empty. */
function textOf(value: unknown, field: string, required: 'commentMissing' | null): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text && required) throwIfProblems([{ field, ...REVIEW_TEXT.pair(required) }]);
  if (text.length > MAX_TEXT) throwIfProblems([{ field, ...REVIEW_TEXT.pair('noteTooLong') }]);
  return text || null;
}

const userIdOf = (actor: Actor) => ('userId' in actor ? actor.userId : null);

/**
 * Writes an entry's review fields and logs it: the review actions write past the document service (review
 * fields are not the form's), so the content audit would not see them. The note, comment or reason is in the
 * entry's changes, before and after.
 */
async function setReviewLogged(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  action: 'reviewSubmit' | 'reviewReturn' | 'reviewApprove',
  data: Row,
) {
  const before = await storedVersion(strapi, uid, documentId, 'vi', false);
  await setReview(strapi, uid, documentId, data);
  const after = await storedVersion(strapi, uid, documentId, 'vi', false);
  await record(strapi, {
    action,
    type: uid,
    documentId,
    locale: null,
    title: after?.title ?? before?.title ?? null,
    body: after?.body ?? before?.body ?? null,
    changes: fieldChanges(before?.fields, after?.fields),
  });
}
const stateOf = (rows: Row[]) => (mainDraft(rows)?.reviewState ?? null) as string | null;

/** "Gửi duyệt": the editor asks the body's publishers to review the draft, with an optional note. */
export async function submitForReview(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, body: Row) {
  const rows = await entryFor(strapi, actor, uid, documentId, false);
  const note = textOf(body.note, 'note', null);
  const at = new Date().toISOString();
  await setReviewLogged(strapi, uid, documentId, 'reviewSubmit', {
    reviewState: 'submitted',
    reviewSubmittedAt: at,
    reviewSubmittedBy: userIdOf(actor),
    reviewNote: note,
  });
  const by = await personOf(strapi, userIdOf(actor));
  await emitDeskEvent(strapi, DESK_EVENT.reviewSubmitted, { entry: deskEntry(uid, rows), by, at, ...(note ? { note } : {}) });
  return { state: 'submitted' as const };
}

/** "Trả lại": the publisher sends the draft back to whoever submitted it, saying what to fix. */
export async function returnForChanges(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, body: Row) {
  const rows = await entryFor(strapi, actor, uid, documentId, true);
  const comment = textOf(body.comment, 'comment', 'commentMissing') as string;
  if (stateOf(rows) !== 'submitted') throwIfProblems([{ field: 'reviewState', ...REVIEW_TEXT.pair('notAwaitingReview') }]);
  const at = new Date().toISOString();
  await setReviewLogged(strapi, uid, documentId, 'reviewReturn', {
    reviewState: 'returned',
    reviewComment: comment,
    reviewedBy: userIdOf(actor),
    reviewedAt: at,
  });
  const [by, submitter] = [await personOf(strapi, userIdOf(actor)), await personOf(strapi, mainDraft(rows)?.reviewSubmittedBy)];
  await emitDeskEvent(strapi, DESK_EVENT.reviewReturned, {
    entry: deskEntry(uid, rows),
    by,
    at,
    comment,
    to: submitter ? [submitter] : [],
  });
  return { state: 'returned' as const };
}

/** Marks the entry reviewed without publishing it (to schedule it, or to clear "published without review"). */
export async function approve(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string) {
  const rows = await entryFor(strapi, actor, uid, documentId, true);
  const at = new Date().toISOString();
  const approved = { reviewState: 'approved', reviewedBy: userIdOf(actor), reviewedAt: at };
  await setReviewLogged(strapi, uid, documentId, 'reviewApprove', approved);
  await emitDeskEvent(strapi, DESK_EVENT.reviewApproved, { entry: deskEntry(uid, rows), by: await personOf(strapi, userIdOf(actor)), at });
  return { state: 'approved' as const };
}

/**
 * Publishes every locale's draft through Strapi's own publish, as the signed-in account (so the ownership
 * guard and the content rules apply). An entry not submitted nor approved needs a reason (review/rule.ts).
 */
export async function publishEntry(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, body: Row) {
  const rows = await entryFor(strapi, actor, uid, documentId, true);
  const state = stateOf(rows);
  const reviewed = isReviewed(state);
  const reason = textOf(body.reason, 'reason', null);
  if (!reviewed && !reason && actor.kind === 'member') throwIfProblems([{ field: 'reason', ...REVIEW_TEXT.pair('reasonMissing') }]);
  // Every reviewed type has drafts; Strapi types `publish` only on a uid it knows to have them.
  const publish = () => (strapi.documents(uid as UID.ContentType) as any).publish({ documentId, locale: '*' });
  await (reviewed || !reason ? publish() : withReason(reason, publish));
  return { state: stateOf(await rowsOf(strapi, uid, documentId)) };
}

/** Drafts of the reviewed types in a state, within what the actor may change (the ownership rule, scope.ts). */
async function entriesIn(strapi: Core.Strapi, actor: Actor, where: Row, withChanges: boolean): Promise<QueueItem[]> {
  const found: Array<{ uid: string; rows: Row[]; draft: Row }> = [];
  for (const uid of reviewedTypes(strapi)) {
    const scope = await writeScope(strapi, actor, uid);
    const matches: Row[] = await unscoped(() =>
      strapi.db
        .query(uid as UID.Schema)
        .findMany({ where: within({ ...where, publishedAt: { $null: true } }, scope), select: ['documentId'] }),
    );
    for (const documentId of new Set(matches.map((r) => r.documentId as string))) {
      const rows = await rowsOf(strapi, uid, documentId);
      found.push({ uid, rows, draft: mainDraft(rows) as Row });
    }
  }
  const named = await people(
    strapi,
    found.map(({ draft }) => draft.reviewSubmittedBy),
  );
  return found
    .map(({ uid, rows, draft }) => ({
      uid,
      documentId: draft.documentId,
      title: String(draft[mainFieldOf(uid)] ?? ''),
      locales: rows.filter((r) => !r.publishedAt).map((r) => r.locale),
      state: draft.reviewState,
      submittedAt: draft.reviewSubmittedAt ?? null,
      submittedBy: named.get(draft.reviewSubmittedBy) ?? null,
      note: draft.reviewNote ?? null,
      comment: draft.reviewComment ?? null,
      reason: draft.reviewReason ?? null,
      changes: withChanges ? changesOf(strapi, uid, rows) : [],
    }))
    .sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)));
}

/** "Chờ duyệt": what waits for this publisher, oldest first, with what changed since the published version. */
export async function reviewQueue(strapi: Core.Strapi, actor: Actor): Promise<QueueItem[]> {
  if (actor.kind === 'administrator' || (actor.kind === 'member' && actor.canPublish)) {
    return entriesIn(strapi, actor, { reviewState: { $eq: 'submitted' } }, true);
  }
  return [];
}

/** "Bị trả lại cho tôi": drafts this account submitted that a publisher sent back. */
export async function returnedToMe(strapi: Core.Strapi, actor: Actor): Promise<QueueItem[]> {
  if (actor.kind !== 'member' && actor.kind !== 'administrator') return [];
  return entriesIn(strapi, actor, { reviewState: { $eq: 'returned' }, reviewSubmittedBy: { $eq: actor.userId } }, false);
}
