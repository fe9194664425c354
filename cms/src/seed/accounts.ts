import type { Core } from '@strapi/strapi';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROLE_CODES, SUPER_ADMIN_CODE } from '../access/owned-types';
import { CMS_LOG_TEXT } from '../log-messages';

/** A role by the short name used in cms/seed/demo-accounts.json and in tests. */
export const ROLE_BY_NAME = {
  administrator: SUPER_ADMIN_CODE,
  'national-editor': ROLE_CODES.nationalEditor,
  'body-editor': ROLE_CODES.bodyEditor,
  'body-publisher': ROLE_CODES.bodyPublisher,
} as const;

export interface AccountSpec {
  email: string;
  firstname: string;
  lastname: string;
  role: keyof typeof ROLE_BY_NAME;
  body?: string;
}

/** Creates an admin account with a role and, for body roles, its membership. Idempotent by email. */
export async function ensureAccount(strapi: Core.Strapi, account: AccountSpec, password: string) {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: account.email } });
  if (existing) return existing;
  const role = await strapi.service('admin::role').findOne({ code: ROLE_BY_NAME[account.role] });
  if (!role) throw new Error(CMS_LOG_TEXT.both('seedRoleMissing', { role: account.role }));
  const user = await strapi.service('admin::user').create({
    email: account.email,
    firstname: account.firstname,
    lastname: account.lastname,
    password,
    isActive: true,
    roles: [role.id],
    registrationToken: null,
  });
  if (account.body) {
    const body = await strapi.db.query('api::body.body').findOne({ where: { slug: account.body } });
    if (!body) throw new Error(CMS_LOG_TEXT.both('seedBodyMissing', { body: account.body }));
    await strapi.documents('api::membership.membership').create({ data: { user: user.id, body: body.documentId } } as any);
  }
  return user;
}

/** The demo logins `npm start` prints: one per role, and two bodies so isolation can be tried by hand. */
export async function ensureDemoAccounts(strapi: Core.Strapi, password: string) {
  const accounts = JSON.parse(readFileSync(path.join(strapi.dirs.app.root, 'seed', 'demo-accounts.json'), 'utf8')) as AccountSpec[];
  for (const account of accounts) await ensureAccount(strapi, account, password);
}
