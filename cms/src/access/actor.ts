import type { Core } from '@strapi/strapi';
import { ROLE_CODES, SUPER_ADMIN_CODE } from './owned-types';

/**
 * Who is acting, as far as ownership is concerned. Resolved from the admin account, never from
 * what the request says about itself.
 */
export type Actor =
  | { kind: 'system' } // seeding, the snapshot endpoint, scripts: no admin user in the request
  | { kind: 'administrator'; userId: number }
  | { kind: 'national'; userId: number }
  | { kind: 'member'; userId: number; bodyDocumentId: string; canPublish: boolean; programmeOffice: boolean }
  | { kind: 'nobody'; userId: number }; // an admin account with no column57 role or no body

const NO_MATCH = '__column57_no_body__';

interface AdminUserLike {
  id: number;
  roles?: Array<{ code?: string }>;
}

/** The body an admin account writes for (its document id and slug), or null. One account, one body at most. */
export async function membershipOf(strapi: Core.Strapi, userId: number): Promise<{ documentId: string; slug: string } | null> {
  const membership = await strapi.db.query('api::membership.membership').findOne({
    where: { user: { id: userId } },
    populate: { body: { select: ['documentId', 'slug'] } },
  });
  return membership?.body?.documentId ? { documentId: membership.body.documentId, slug: membership.body.slug } : null;
}

export const bodyOfUser = async (strapi: Core.Strapi, userId: number): Promise<string | null> =>
  (await membershipOf(strapi, userId))?.documentId ?? null;

/**
 * The body that runs the programme and receives every report: the Ministry of Science and Technology
 * by Decision 1169/QĐ-TTg (COLUMN57_PROGRAMME_OFFICE names another body's slug).
 */
export const programmeOfficeSlug = () => process.env.COLUMN57_PROGRAMME_OFFICE || 'mst';

/** Ids of every admin account that writes for the same body (used to scope the media library). */
export async function usersOfBody(strapi: Core.Strapi, bodyDocumentId: string): Promise<number[]> {
  const memberships = await strapi.db.query('api::membership.membership').findMany({
    where: { body: { documentId: bodyDocumentId } },
    populate: { user: { select: ['id'] } },
  });
  return memberships.map((m: { user?: { id: number } }) => m.user?.id).filter((id): id is number => typeof id === 'number');
}

async function rolesOf(strapi: Core.Strapi, user: AdminUserLike): Promise<string[]> {
  if (Array.isArray(user.roles) && user.roles.every((r) => typeof r.code === 'string')) {
    return user.roles.map((r) => r.code as string);
  }
  const full = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] });
  return (full?.roles ?? []).map((r: { code: string }) => r.code);
}

export async function actorFromUser(strapi: Core.Strapi, user: AdminUserLike | undefined | null): Promise<Actor> {
  if (!user) return { kind: 'system' };
  const roles = await rolesOf(strapi, user);
  if (roles.includes(SUPER_ADMIN_CODE)) return { kind: 'administrator', userId: user.id };
  if (roles.includes(ROLE_CODES.bodyEditor) || roles.includes(ROLE_CODES.bodyPublisher)) {
    const body = await membershipOf(strapi, user.id);
    if (!body) return { kind: 'nobody', userId: user.id };
    return {
      kind: 'member',
      userId: user.id,
      bodyDocumentId: body.documentId,
      canPublish: roles.includes(ROLE_CODES.bodyPublisher),
      programmeOffice: body.slug === programmeOfficeSlug(),
    };
  }
  if (roles.includes(ROLE_CODES.nationalEditor)) return { kind: 'national', userId: user.id };
  return { kind: 'nobody', userId: user.id };
}

/** The actor behind the current request: only admin-panel sessions count as people. */
export async function currentActor(strapi: Core.Strapi): Promise<Actor> {
  const ctx = strapi.requestContext.get() as { state?: { user?: AdminUserLike; auth?: { strategy?: { name?: string } } } } | undefined;
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (!ctx || strategy !== 'admin') return { kind: 'system' };
  return actorFromUser(strapi, ctx.state?.user);
}

type RequestState = { column57Actor?: Actor; column57Cache?: Record<string, unknown> };
const requestState = (strapi: Core.Strapi) => (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;

/** The actor of the current request, resolved once: the content manager makes many queries for one click. */
export async function actorForRequest(strapi: Core.Strapi): Promise<Actor> {
  const state = requestState(strapi);
  if (state?.column57Actor) return state.column57Actor;
  const actor = await currentActor(strapi);
  if (state) state.column57Actor = actor;
  return actor;
}

/** A place to keep what one request has already looked up about its account (undefined outside requests). */
export function requestCache(strapi: Core.Strapi): Record<string, unknown> | undefined {
  const state = requestState(strapi);
  if (!state) return undefined;
  state.column57Cache ??= {};
  return state.column57Cache;
}

/** A filter for `$in` that matches nothing when the list is empty. */
export const inOrNothing = <T>(values: T[]): Array<T | string> => (values.length ? values : [NO_MATCH]);
