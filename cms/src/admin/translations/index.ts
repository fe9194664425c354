import adminVi from './admin.vi.json';
import contentManagerVi from './content-manager.vi.json';
import defaultMessagesVi from './default-messages.vi.json';
import i18nVi from './i18n.vi.json';
import uploadVi from './upload.vi.json';
import { BRANDING, ENUMERATION_LABELS } from './ours';

/**
 * What the admin panel says in Vietnamese where Strapi ships no Vietnamese (or an English copy), one JSON
 * file per Strapi package beside this file, keyed as that package's own en.json. A plugin's keys reach the
 * panel prefixed with the plugin's id (Strapi prefixes its own files the same way), the panel's own keys
 * as they are. tests/admin-translations.unit.test.ts reads Strapi's en.json of each package and fails
 * when a key has no Vietnamese here or in Strapi's vi.json.
 */
export const STRAPI_VI: Record<string, Record<string, string>> = {
  admin: adminVi,
  'content-manager': contentManagerVi,
  i18n: i18nVi,
  upload: uploadVi,
};

const prefixed = (plugin: string, messages: Record<string, string>) =>
  plugin === 'admin' ? messages : Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${plugin}.${key}`, text]));

/**
 * Messages Strapi says only through a `defaultMessage` in its code, with no entry in any en.json (so no
 * language has them), keyed by the full id the panel asks for: found by the browser test and by reading
 * the packages' code for `id: …, defaultMessage: …`.
 */
export const DEFAULT_MESSAGES_VI: Record<string, string> = defaultMessagesVi;

/** The panel's messages per language: Strapi's missing Vietnamese, then our branding and enumeration labels. */
export const ADMIN_TRANSLATIONS = {
  vi: {
    ...Object.assign({}, ...Object.entries(STRAPI_VI).map(([plugin, messages]) => prefixed(plugin, messages))),
    ...DEFAULT_MESSAGES_VI,
    ...BRANDING.vi,
    ...ENUMERATION_LABELS.vi,
  },
  en: { ...BRANDING.en, ...ENUMERATION_LABELS.en },
};
