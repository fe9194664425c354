import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../access/actor';
import { sentences } from '../access/messages';
import { ROLE_CODES } from '../access/owned-types';
import { BODY, managesCommunesOf } from '../access/scope';
import { communesOf, isProvinceLevel, latestKind } from './hierarchy';
import { COMMUNES_TEXT } from './messages';

/**
 * The accounts of a province's communes, managed by the province's publishers (access/scope.ts,
 * `managesCommunesOf`): who writes for which commune, inviting a new editor or publisher of one, and
 * withdrawing one. Only the two body roles can be given here; an account with any other role is never
 * touched. Strapi's own user management stays with the administrator.
 */
const ROLES = { 'body-editor': ROLE_CODES.bodyEditor, 'body-publisher': ROLE_CODES.bodyPublisher } as const;
const refuse = (): never => {
  throw new errors.ForbiddenError(sentences(COMMUNES_TEXT.pair('notYourProvince')));
};
const bad = (say: (l: 'vi' | 'en') => string): never => {
  throw new errors.ValidationError(`${say('vi')} / ${say('en')}`);
};

interface Editor {
  id: number;
  email: string;
  firstname: string | null;
  lastname: string | null;
  role: string | null;
  active: boolean;
  /** Whether every role of the account is a body role: only such an account is withdrawn here. */
  bodyRolesOnly: boolean;
}

async function editorsOf(strapi: Core.Strapi, bodyDocumentId: string): Promise<Editor[]> {
  const memberships = await strapi.db.query('api::membership.membership').findMany({
    where: { body: { documentId: bodyDocumentId } },
    populate: { user: { populate: { roles: { select: ['code'] } } } },
  });
  return memberships
    .filter((m: any) => m.user)
    .map((m: any) => ({
      id: m.user.id,
      email: m.user.email,
      firstname: m.user.firstname ?? null,
      lastname: m.user.lastname ?? null,
      role: (Object.entries(ROLES).find(([, code]) => m.user.roles?.some((r: any) => r.code === code)) ?? [null])[0],
      active: Boolean(m.user.isActive),
      bodyRolesOnly: (m.user.roles ?? []).every((r: any) => (Object.values(ROLES) as string[]).includes(r.code)),
    }));
}

/** The provinces this account manages, each with its communes and their accounts. */
export async function managedProvinces(strapi: Core.Strapi, actor: Actor) {
  const bodies = await strapi.db.query(BODY).findMany({ populate: { kindHistory: true }, orderBy: { slug: 'asc' } });
  const provinces = bodies.filter((b: any) => isProvinceLevel(latestKind(b.kindHistory)) && managesCommunesOf(actor, b.documentId));
  return Promise.all(
    provinces.map(async (p: any) => ({
      slug: p.slug,
      nameVi: p.nameVi,
      communes: await Promise.all(
        (await communesOf(strapi, p.documentId)).map(async (c) => ({
          slug: c.slug,
          nameVi: c.nameVi,
          code: c.administrativeCode,
          kind: c.kind,
          editors: await editorsOf(strapi, c.documentId),
        })),
      ),
    })),
  );
}

/** A commune of a province this account manages, by slug; refused for any other body. */
async function managedCommune(strapi: Core.Strapi, actor: Actor, slug: string) {
  const commune = await strapi.db.query(BODY).findOne({ where: { slug }, populate: { parent: { select: ['documentId'] } } });
  if (!commune?.parent || !managesCommunesOf(actor, commune.parent.documentId)) {
    if (actor.kind === 'member' && actor.canPublish && !commune) bad((l) => COMMUNES_TEXT.t(l, 'communeUnknown', { slug }));
    refuse();
  }
  return commune as { id: number; documentId: string; slug: string };
}

export interface Invitation {
  email?: string;
  firstname?: string;
  lastname?: string;
  role?: string;
}

/** A new account for a commune, with its membership; it signs up through Strapi's invitation link. */
export async function inviteEditor(strapi: Core.Strapi, actor: Actor, slug: string, invitation: Invitation) {
  const commune = await managedCommune(strapi, actor, slug);
  const email = String(invitation.email ?? '')
    .trim()
    .toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) bad((l) => COMMUNES_TEXT.t(l, 'emailMalformed', { email }));
  const role = String(invitation.role ?? 'body-editor');
  if (!(role in ROLES)) bad((l) => COMMUNES_TEXT.t(l, 'roleUnknown', { role }));
  const firstname = String(invitation.firstname ?? '').trim();
  const lastname = String(invitation.lastname ?? '').trim();
  if (!firstname || !lastname) bad((l) => COMMUNES_TEXT.t(l, 'nameOfPersonMissing'));
  if (await strapi.db.query('admin::user').count({ where: { email } })) bad((l) => COMMUNES_TEXT.t(l, 'emailTaken', { email }));
  const roleRow = await strapi.service('admin::role').findOne({ code: ROLES[role as keyof typeof ROLES] });
  return strapi.db.transaction(async () => {
    const user = await strapi.service('admin::user').create({ email, firstname, lastname, roles: [roleRow.id], isActive: false });
    await strapi.documents('api::membership.membership').create({ data: { user: user.id, body: commune.documentId } } as any);
    return { id: user.id as number, email, role, registrationToken: user.registrationToken as string };
  });
}

/** Withdraws a commune account: its membership goes and it can no longer sign in. */
export async function withdrawEditor(strapi: Core.Strapi, actor: Actor, slug: string, userId: number) {
  const commune = await managedCommune(strapi, actor, slug);
  const editors = await editorsOf(strapi, commune.documentId);
  const editor = editors.find((e) => e.id === userId);
  if (!editor || !editor.role || !editor.bodyRolesOnly) bad((l) => COMMUNES_TEXT.t(l, 'accountNotOfCommune'));
  await strapi.db.transaction(async () => {
    await strapi.db.query('api::membership.membership').deleteMany({ where: { user: { id: userId } } });
    await strapi.db.query('admin::user').update({ where: { id: userId }, data: { isActive: false } });
  });
  return { id: userId, withdrawn: true };
}
