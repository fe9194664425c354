import type { Core } from '@strapi/strapi';
import { throwIfProblems } from '../validation/field-error';
import { ALL_ON, NOTIFICATION_KIND, NOTIFICATION_KINDS, type NotificationKind, type NotificationPreferences } from './kinds';
import { PREFERENCES_TEXT as TEXT } from './preferences-text';

/**
 * Which notifications an admin account receives, kept in Strapi's core store under the account's id: one
 * small record per person, every kind on until they turn it off. Only ever read or written for the
 * account that asks (routes.ts) or by the mailer deciding whom to tell.
 */
const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: 'column57' });
const keyOf = (userId: number) => `notification-preferences-${userId}`;

export async function preferencesOf(strapi: Core.Strapi, userId: number): Promise<NotificationPreferences> {
  const saved = ((await store(strapi).get({ key: keyOf(userId) })) ?? {}) as Partial<NotificationPreferences>;
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => [k, typeof saved[k] === 'boolean' ? saved[k] : ALL_ON[k]]),
  ) as NotificationPreferences;
}

export const wants = async (strapi: Core.Strapi, userId: number, kind: NotificationKind) => (await preferencesOf(strapi, userId))[kind];

/**
 * Saves the kinds named in `input` (others keep their value). A kind that does not exist, or a value
 * that is not true or false, is refused with the field named and nothing saved.
 */
export async function savePreferences(strapi: Core.Strapi, userId: number, input: unknown): Promise<NotificationPreferences> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throwIfProblems([{ field: 'preferences', ...TEXT.pair('notAnObject') }]);
  }
  const problems = Object.entries(input as Record<string, unknown>).flatMap(([key, value]) => {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(key)) {
      return [{ field: `preferences.${key}`, ...TEXT.pair('unknownKind', { kind: key, kinds: NOTIFICATION_KINDS.join(', ') }) }];
    }
    if (typeof value !== 'boolean') {
      const label = NOTIFICATION_KIND.labels[key as NotificationKind];
      return [
        {
          field: `preferences.${key}`,
          vi: TEXT.t('vi', 'notBoolean', { label: label.vi }),
          en: TEXT.t('en', 'notBoolean', { label: label.en }),
        },
      ];
    }
    return [];
  });
  throwIfProblems(problems);
  const next = { ...(await preferencesOf(strapi, userId)), ...(input as Partial<NotificationPreferences>) };
  await store(strapi).set({ key: keyOf(userId), value: next });
  return next;
}
