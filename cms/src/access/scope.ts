import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Actor } from './actor';
import { ROLE_CODES, isNationalCapable, isOwnedType, isReportingType, isSubscriberType } from './owned-types';

/**
 * The ownership rule, said once: which rows of a guarded type an actor may read and which it may change,
 * as database filters. Every enforcement layer (the data guard on every database query, the document
 * guard on every document call, the RBAC conditions the admin panel applies) asks this module.
 *
 * - Content of a body (articles, documents, campaigns, honours, S&T tasks, radio bulletins) belongs to that body, in all its
 *   locales; national documents and campaigns belong to the national editors and every body may read them.
 * - Reports and plans belong to their body; the programme office reads every body's.
 * - A body's subscriber list is read by its publishers only, and changed by no account (readers do that).
 * - A media file or folder belongs to the body of the account that created it (its stored `createdBy`);
 *   what the seed, an administrator or a national editor created belongs to no body and every body may
 *   use it, but only its own group (national editors, administrators) changes it.
 */

export type Filters = Record<string, unknown>;

export const FILE = 'plugin::upload.file';
export const FOLDER = 'plugin::upload.folder';
export const MEDIA_TYPES = [FILE, FOLDER] as const;
export const isMediaType = (uid: string) => (MEDIA_TYPES as readonly string[]).includes(uid);

/** Every type whose rows are scoped to an owner. */
export const isGuardedType = (uid: string) => isOwnedType(uid) || isReportingType(uid) || isSubscriberType(uid) || isMediaType(uid);

/** Matches no row at all (ids are never negative). */
export const NOTHING: Filters = { id: { $eq: -1 } };
const idsOrNone = (ids: number[]) => (ids.length ? ids : [-1]);

/** Queries the guard makes for itself see every row: they decide, they are not the actor's reads. */
const unscopedRuns = new AsyncLocalStorage<true>();
export const unscoped = <T>(run: () => Promise<T>): Promise<T> => unscopedRuns.run(true, run);
export const isUnscoped = () => unscopedRuns.getStore() === true;

/** Accounts grouped as media owners: each body's members, and the national editors. Cached per request. */
interface MediaGroups {
  own: number[];
  members: number[];
}

async function mediaGroups(strapi: Core.Strapi, actor: Actor, cache?: Record<string, unknown>): Promise<MediaGroups> {
  const cached = cache?.column57MediaGroups as MediaGroups | undefined;
  if (cached) return cached;
  const groups = await unscoped(async () => {
    // The query engine returns `any`: the shape its populate makes is declared here.
    const memberships: Array<{ user?: { id: number } | null; body?: { documentId: string } | null }> = await strapi.db
      .query('api::membership.membership')
      .findMany({
        populate: { user: { select: ['id'] }, body: { select: ['documentId'] } },
      });
    const members = memberships.map((m) => m.user?.id).filter((id: unknown): id is number => typeof id === 'number');
    let own: number[] = [];
    if (actor.kind === 'member') {
      own = memberships
        .filter((m) => m.body?.documentId === actor.bodyDocumentId)
        .map((m) => m.user?.id)
        .filter((id): id is number => typeof id === 'number');
    } else if (actor.kind === 'national') {
      const users = await strapi.db.query('admin::user').findMany({
        where: { roles: { code: ROLE_CODES.nationalEditor } },
        select: ['id'],
      });
      own = users.map((u: { id: number }) => u.id);
    }
    return { own, members };
  });
  if (cache) cache.column57MediaGroups = groups;
  return groups;
}

const ownBody = (actor: Extract<Actor, { kind: 'member' }>): Filters => ({ body: { documentId: { $eq: actor.bodyDocumentId } } });
const national: Filters = { national: { $eq: true } };
const notNational: Filters = { $or: [{ national: { $eq: false } }, { national: { $null: true } }] };

/**
 * The rows of `uid` this actor may read, or null for every row. `cache` is per request state, so a page
 * that makes thirty queries resolves the account's groups once.
 */
export async function readScope(strapi: Core.Strapi, actor: Actor, uid: string, cache?: Record<string, unknown>): Promise<Filters | null> {
  if (actor.kind === 'system' || actor.kind === 'administrator') return null;
  if (actor.kind === 'nobody') return NOTHING;
  if (isMediaType(uid)) {
    const { own, members } = await mediaGroups(strapi, actor, cache);
    // Files of no body (seed, administrators, national editors) are shared: every body may use them.
    return {
      $or: [
        { createdBy: { id: { $in: idsOrNone(own) } } },
        { createdBy: { id: { $null: true } } },
        { createdBy: { id: { $notIn: idsOrNone(members) } } },
      ],
    };
  }
  if (isSubscriberType(uid)) return actor.kind === 'member' && actor.canPublish ? ownBody(actor) : NOTHING;
  if (isReportingType(uid)) {
    if (actor.kind !== 'member') return NOTHING;
    return actor.programmeOffice ? null : ownBody(actor);
  }
  if (actor.kind === 'national') return isNationalCapable(uid) ? national : NOTHING;
  return isNationalCapable(uid) ? { $or: [ownBody(actor), national] } : ownBody(actor);
}

/** The rows of `uid` this actor may change, or null for every row. Members never change national content. */
export async function writeScope(strapi: Core.Strapi, actor: Actor, uid: string, cache?: Record<string, unknown>): Promise<Filters | null> {
  if (actor.kind === 'system' || actor.kind === 'administrator') return null;
  if (actor.kind === 'nobody') return NOTHING;
  if (isMediaType(uid)) {
    const { own } = await mediaGroups(strapi, actor, cache);
    return { createdBy: { id: { $in: idsOrNone(own) } } };
  }
  if (isSubscriberType(uid)) return NOTHING;
  if (actor.kind === 'national') return isNationalCapable(uid) && !isReportingType(uid) ? national : NOTHING;
  return isNationalCapable(uid) ? { $and: [ownBody(actor), notNational] } : ownBody(actor);
}

/** Narrows a query's filters to a scope (null leaves them as they are). */
export const within = (filters: Filters | undefined, scope: Filters | null): Filters | undefined => {
  if (!scope) return filters;
  return filters && Object.keys(filters).length ? { $and: [filters, scope] } : scope;
};

/**
 * Commune-level bodies belong to their province: its publishers (and the administrator) create, edit and
 * import them, and manage their editors' accounts. National editors keep the body list as reference data.
 * A commune's own editors are members of the commune like any body's, with the same isolation.
 */
export const BODY = 'api::body.body';

/** The bodies (rows of api::body.body) this actor may change, or null for every body. */
export function bodyWriteScope(actor: Actor): Filters | null {
  if (actor.kind === 'system' || actor.kind === 'administrator' || actor.kind === 'national') return null;
  if (actor.kind === 'member' && actor.canPublish) return { parent: { documentId: { $eq: actor.bodyDocumentId } } };
  return NOTHING;
}

/** Whether this actor manages the communes of that province (imports them, manages their editors). */
export const managesCommunesOf = (actor: Actor, provinceDocumentId: string) =>
  actor.kind === 'administrator' || (actor.kind === 'member' && actor.canPublish && actor.bodyDocumentId === provinceDocumentId);
