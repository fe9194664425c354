import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Actor, currentActor } from './actor';
import { isNationalCapable, isOwnedType, isReportingType } from './owned-types';

type Filters = Record<string, unknown>;

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);
const CHECKED_WRITE_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
const PUBLISH_ACTIONS = new Set(['publish', 'unpublish', 'delete']);

/** Which entries of an owned type this actor may see, as a document-service filter. */
function visibleTo(actor: Actor, uid: string): Filters | null {
  switch (actor.kind) {
    case 'system':
    case 'administrator':
      return null;
    case 'member': {
      // The programme office receives every body's reports and plans.
      if (isReportingType(uid) && actor.programmeOffice) return null;
      const own = { body: { documentId: { $eq: actor.bodyDocumentId } } };
      return isNationalCapable(uid) ? { $or: [own, { national: { $eq: true } }] } : own;
    }
    case 'national':
      return isNationalCapable(uid) ? { national: { $eq: true } } : { id: { $null: true } };
    case 'nobody':
      return { id: { $null: true } };
  }
}

/** Whether this actor may read one entry (members read national content too, to link to it). */
function readableBy(actor: Actor, owner: { body: string | null; national: boolean }, uid: string): boolean {
  if (actor.kind === 'member' && isNationalCapable(uid) && owner.national) return true;
  if (actor.kind === 'member' && isReportingType(uid) && actor.programmeOffice) return true;
  return writableBy(actor, owner, uid);
}

/** Which entries this actor may change (members never change national content). */
function writableBy(actor: Actor, owner: { body: string | null; national: boolean }, uid: string): boolean {
  switch (actor.kind) {
    case 'system':
    case 'administrator':
      return true;
    case 'member':
      return owner.body === actor.bodyDocumentId && !owner.national;
    case 'national':
      return isNationalCapable(uid) && owner.national;
    case 'nobody':
      return false;
  }
}

async function ownerOf(strapi: Core.Strapi, uid: string, documentId: string) {
  const entry = await strapi.db.query(uid as any).findOne({
    where: { documentId },
    select: ['id', ...(isNationalCapable(uid) ? ['national'] : [])],
    populate: { body: { select: ['documentId'] } },
  });
  if (!entry) return null;
  return { body: (entry.body?.documentId as string | undefined) ?? null, national: Boolean(entry.national) };
}

function forbidden(actor: Actor, action: string): never {
  const who = actor.kind === 'member' ? 'cơ quan khác / another body' : 'phạm vi của tài khoản / your account\'s scope';
  throw new errors.ForbiddenError(
    `Không được phép ${action} nội dung ngoài ${who}. You may not ${action} content outside your own body.`,
  );
}

/** Ownership comes from the account: whatever the request said about body or national is replaced. */
function assignOwner(actor: Actor, uid: string, data: Record<string, unknown> | undefined) {
  if (!data) return;
  if (actor.kind === 'member') {
    data.body = actor.bodyDocumentId;
    if (isNationalCapable(uid)) data.national = false;
  } else if (actor.kind === 'national') {
    data.body = null;
    data.national = true;
  }
}

export async function actorForRequest(strapi: Core.Strapi): Promise<Actor> {
  // Resolved once per request: the content manager makes several document calls for one click.
  const ctx = strapi.requestContext.get() as { state?: Record<string, unknown> } | undefined;
  if (ctx?.state?.column57Actor) return ctx.state.column57Actor as Actor;
  const actor = await currentActor(strapi);
  if (ctx?.state) ctx.state.column57Actor = actor;
  return actor;
}

/**
 * Second line of defence behind the RBAC conditions: every document-service call on owned content
 * made for an admin user is scoped to that user's body here, whatever path it came through.
 */
export function registerOwnershipGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!isOwnedType(uid) && !isReportingType(uid)) return next();
    const actor = await actorForRequest(strapi);
    if (actor.kind === 'system' || actor.kind === 'administrator') return next();
    const params = context.params as Record<string, any>;

    if (READ_ACTIONS.has(action)) {
      // Opening one foreign entry is refused outright: answering "not found" would let the content
      // manager fall back to its own existence check and reveal the entry's locales and dates.
      if (action === 'findOne' && params.documentId) {
        const owner = await ownerOf(strapi, uid, params.documentId);
        if (owner && !readableBy(actor, owner, uid)) forbidden(actor, 'xem / read');
      }
      const scope = visibleTo(actor, uid);
      if (scope) params.filters = params.filters ? { $and: [params.filters, scope] } : scope;
      return next();
    }

    if (action === 'create') {
      if (actor.kind === 'nobody' || (actor.kind === 'national' && !isNationalCapable(uid))) forbidden(actor, 'tạo / create');
      assignOwner(actor, uid, params.data);
      return next();
    }

    if (CHECKED_WRITE_ACTIONS.has(action)) {
      if (PUBLISH_ACTIONS.has(action) && actor.kind === 'member' && !actor.canPublish) forbidden(actor, 'xuất bản / publish');
      // A report or plan is history once made: only an administrator removes one.
      if (action === 'delete' && actor.kind === 'member' && isReportingType(uid)) forbidden(actor, 'xoá / delete');
      const owner = params.documentId ? await ownerOf(strapi, uid, params.documentId) : null;
      if (owner && !writableBy(actor, owner, uid)) forbidden(actor, 'sửa / change');
      if (!owner && action !== 'update') forbidden(actor, 'sửa / change');
      if (action === 'update' || action === 'clone') assignOwner(actor, uid, params.data);
      return next();
    }
    return next();
  });
}
