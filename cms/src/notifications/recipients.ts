import type { Core } from '@strapi/strapi';
import { actorFromUser } from '../access/actor';
import { ROLE_CODES } from '../access/owned-types';
import { unscoped } from '../access/scope';
import type { DeskPerson } from '../desk/events';
import { deskPerson } from '../publishing/desk-entry';

type UserRow = { id: number; email: string; firstname?: string; lastname?: string; isActive?: boolean; blocked?: boolean };
const reachable = (u: UserRow | null | undefined): u is UserRow => Boolean(u?.email) && u!.isActive !== false && u!.blocked !== true;

/** The active publishers of a body: who reviews its drafts and answers for its report. */
export async function publishersOf(strapi: Core.Strapi, bodyDocumentId: string): Promise<DeskPerson[]> {
  const memberships = (await unscoped(() =>
    strapi.db.query('api::membership.membership').findMany({
      where: { body: { documentId: bodyDocumentId } },
      populate: {
        user: { select: ['id', 'email', 'firstname', 'lastname', 'isActive', 'blocked'], populate: { roles: { select: ['code'] } } },
      },
    }),
  )) as Array<{ user?: UserRow & { roles?: Array<{ code: string }> } }>;
  return memberships
    .map((m) => m.user)
    .filter(reachable)
    .filter((u) => (u as { roles?: Array<{ code: string }> }).roles?.some((r) => r.code === ROLE_CODES.bodyPublisher))
    .map((u) => deskPerson(u)!)
    .filter(Boolean);
}

/**
 * Whether a person may hear about content of this body (null: national content). The same account
 * resolution as every access check (access/actor.ts): a body's member hears of their own body only, a
 * national editor of national content only, the administrator of all. Blocked accounts hear nothing.
 */
export async function mayHearOf(strapi: Core.Strapi, personId: number, bodyDocumentId: string | null): Promise<boolean> {
  const user = (await unscoped(() =>
    strapi.db
      .query('admin::user')
      .findOne({ where: { id: personId }, select: ['id', 'email', 'isActive', 'blocked'], populate: ['roles'] }),
  )) as (UserRow & { roles: Array<{ code: string }> }) | null;
  if (!reachable(user)) return false;
  const actor = await actorFromUser(strapi, user);
  if (actor.kind === 'administrator') return true;
  if (actor.kind === 'member') return bodyDocumentId !== null && actor.bodyDocumentId === bodyDocumentId;
  if (actor.kind === 'national') return bodyDocumentId === null;
  return false;
}
