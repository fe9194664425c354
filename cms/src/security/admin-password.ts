import type { Core } from '@strapi/strapi';
import { WEAK_PASSWORD_WORDS } from '../policies-data/weak-passwords';
import { type FieldProblem, throwIfProblems } from '../validation/field-error';
import { SECURITY_TEXT as TEXT } from './messages';
import type { RequestContext } from '../request-context';

/**
 * The admin password policy. Strapi asks for 8 characters with a digit and an upper-case letter, so
 * "Password1" passes; an admin account here can publish into a ministry's or a province's portal.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** A passphrase this long needs no digit (words are what make it strong). */
const PASSPHRASE_LENGTH = 20;
const MIN_DISTINCT_CHARACTERS = 6;

/** Lower case, no diacritics (đ too): "Mật khẩu" and "mat khau" are the same weak password. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
const LEET: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', '@': 'a', $: 's', '!': 'i' };

/** The e-mail's local part and its pieces ("bientap.hanoi" -> bientaphanoi, bientap, hanoi). */
function nameParts(email: string | undefined): string[] {
  const local = fold(String(email ?? '').split('@')[0] ?? '');
  const pieces = local.split(/[^a-z0-9]+/).filter((p) => p.length >= 4);
  const whole = local.replace(/[^a-z0-9]/g, '');
  // Shorter names are ordinary syllables ("moi" is in "mới"); refusing them would refuse sentences.
  return [...new Set([...(whole.length >= 4 ? [whole] : []), ...pieces])];
}

/** Every character one step from the previous (abcdef, 123456, aaaaaa, 987654): no strength at all. */
function isRun(s: string): boolean {
  let steps = 0;
  for (let i = 1; i < s.length; i++) if (Math.abs(s.codePointAt(i)! - s.codePointAt(i - 1)!) <= 1) steps++;
  return steps >= s.length - 2;
}

/** What is wrong with this password for this account, in both languages; [] when it is fine. */
export function passwordProblems(password: unknown, email?: string): FieldProblem[] {
  const fix = TEXT.pair('passwordAdvice', { minLength: PASSWORD_MIN_LENGTH, passphraseLength: PASSPHRASE_LENGTH });
  const refuse = ({ vi, en }: { vi: string; en: string }): FieldProblem[] => [
    { field: 'password', vi: `${vi}; ${fix.vi}`, en: `${en}; ${fix.en}` },
  ];
  if (typeof password !== 'string' || !password) return refuse(TEXT.pair('passwordMissing'));
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return refuse(TEXT.pair('passwordTooShort', { length, minLength: PASSWORD_MIN_LENGTH }));
  const folded = fold(password);
  if (!/\p{L}/u.test(password) || (length < PASSPHRASE_LENGTH && !/\d/.test(password))) {
    return refuse(TEXT.pair('passwordNeedsLettersAndDigits'));
  }
  const letters = folded.replace(/[^a-z]/g, '');
  // Digits and symbols inside the word may stand for letters (P@ssw0rd); those around it are padding.
  const leet = [...folded.replace(/^[^a-z]+|[^a-z]+$/g, '')]
    .map((c) => LEET[c] ?? c)
    .join('')
    .replace(/[^a-z]/g, '');
  const compact = folded.replace(/[^a-z0-9]/g, '');
  const common = WEAK_PASSWORD_WORDS.has(letters) || WEAK_PASSWORD_WORDS.has(leet);
  if (common || new Set(password).size < MIN_DISTINCT_CHARACTERS || isRun(compact)) {
    return refuse(TEXT.pair('passwordGuessable'));
  }
  const name = nameParts(email).find((part) => compact.includes(part));
  if (name) {
    return refuse(TEXT.pair('passwordContainsName', { name }));
  }
  return [];
}

export function assertPasswordAllowed(password: unknown, email?: string) {
  throwIfProblems(passwordProblems(password, email));
}

/**
 * Every way Strapi sets an admin password ends in the admin user service: create (invitations, the
 * `admin:create-user` command, our seed), createFirstAdmin (the first registration), updateById
 * (profile, an administrator's edit, accepting an invitation, reset-password, `admin:reset-user-password`).
 * Checking there, before anything is written, covers every route and command, and any added later.
 */
export function enforceAdminPasswordPolicy(strapi: Core.Strapi) {
  strapi.get('services').extend('admin::user', (service: any) => {
    const emailOf = async (id: unknown) =>
      (await strapi.db.query('admin::user').findOne({ where: { id: id as any }, select: ['email'] }))?.email as string | undefined;
    return {
      ...service,
      async create(attributes: any, ...rest: unknown[]) {
        if (attributes && 'password' in attributes) assertPasswordAllowed(attributes.password, attributes.email);
        return service.create(attributes, ...rest);
      },
      async createFirstAdmin(attributes: any, ...rest: unknown[]) {
        assertPasswordAllowed(attributes?.password, attributes?.email);
        return service.createFirstAdmin(attributes, ...rest);
      },
      async updateById(id: unknown, attributes: any, ...rest: unknown[]) {
        if (attributes && 'password' in attributes) {
          assertPasswordAllowed(attributes.password, attributes.email ?? (await emailOf(id)));
        }
        return service.updateById(id, attributes, ...rest);
      },
    };
  });
  // The profile form signs every session out before it saves a new password: refused after that, a
  // weak password would change nothing yet log the user out. So it is checked first there.
  strapi.get('controllers').extend('admin::authenticated-user', (controller: any) => ({
    ...controller,
    async updateMe(ctx: RequestContext, ...rest: unknown[]) {
      const body = ctx.request?.body ?? {};
      if (body.password !== undefined) assertPasswordAllowed(body.password, body.email ?? ctx.state?.user?.email);
      return controller.updateMe(ctx, ...rest);
    },
  }));
}
