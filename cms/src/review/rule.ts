import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorForRequest } from '../access/actor';
import { DESK_EVENT, emitDeskEvent } from '../desk/events';
import { deskEntry, mainDraft, personOf, rowsOf, setReview } from './entries';
import { REVIEW_FIELDS, isReviewed, isReviewedType } from './fields';
import { REVIEW_TEXT } from './text';

/** The reason a publisher gave to publish without review, for the publish call made on it (review/actions.ts). */
const reasons = new AsyncLocalStorage<string>();
export const withReason = <T>(reason: string, run: () => Promise<T>): Promise<T> => reasons.run(reason, run);

/** No review at all: a new copy's fields. */
const CLEARED = Object.fromEntries(REVIEW_FIELDS.map((field) => [field, null]));

/**
 * The review rule on every document call, whoever makes it (content manager, bulk actions, our routes):
 * - nobody writes the review fields through a form: only the review actions do, through the database; a copy
 *   (clone) starts unreviewed;
 * - a body's editor who changes an approved entry makes it unreviewed again (the publisher reviews edits);
 * - a body's publisher publishes what was submitted (which approves it) or already approved; anything else
 *   only with a reason, which marks it "published without review" until someone reviews it.
 * The seed and the scheduler act as the system, administrators and national editors as their own
 * publishers: the rule is for bodies, where an editor and a publisher share the work.
 */
export function registerReviewRule(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!isReviewedType(strapi, uid)) return next();
    const actor = await actorForRequest(strapi);
    if (actor.kind === 'system') return next();
    const params = context.params as Record<string, any>;
    if (params.data && typeof params.data === 'object') for (const field of REVIEW_FIELDS) delete params.data[field];
    if (action === 'clone') {
      // A copy is a new entry: whatever review the original had does not carry over.
      const result = await next();
      const copy = (result as { documentId?: string } | null)?.documentId;
      if (copy) await setReview(strapi, uid, copy, CLEARED);
      return result;
    }
    if (actor.kind !== 'member' || !params.documentId) return next();

    if (action === 'update' && !actor.canPublish) {
      // Cleared before the edit is written, so that no scheduled publish can take the edited text as
      // approved in between; put back if the edit is refused (nothing changed, nothing to review again).
      const approved = mainDraft(await rowsOf(strapi, uid, params.documentId))?.reviewState === 'approved';
      if (approved) await setReview(strapi, uid, params.documentId, { reviewState: null });
      try {
        return await next();
      } catch (error) {
        if (approved) await setReview(strapi, uid, params.documentId, { reviewState: 'approved' });
        throw error;
      }
    }
    if (action !== 'publish' || !actor.canPublish) return next();

    const rows = await rowsOf(strapi, uid, params.documentId);
    const state = mainDraft(rows)?.reviewState as string | null | undefined;
    const reason = reasons.getStore();
    const now = new Date().toISOString();
    if (isReviewed(state)) {
      // Set before publishing, so the published version carries the state it was approved in.
      await setReview(strapi, uid, params.documentId, { reviewState: 'approved', reviewedBy: actor.userId, reviewedAt: now });
      const result = await next();
      if (state === 'submitted') {
        const by = await personOf(strapi, actor.userId);
        await emitDeskEvent(strapi, DESK_EVENT.reviewApproved, { entry: deskEntry(uid, rows), by, at: now });
      }
      return result;
    }
    if (!reason) throw new errors.ValidationError(REVIEW_TEXT.both('publishNeedsReview'));
    await setReview(strapi, uid, params.documentId, {
      reviewState: 'unreviewed',
      reviewReason: reason,
      reviewedBy: null,
      reviewedAt: null,
    });
    return next();
  });
}
