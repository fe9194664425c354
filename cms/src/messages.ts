import { defineCatalogue } from '@column57/i18n';

/**
 * The content languages as the CMS lists them (Strapi's i18n locales, created at bootstrap in index.ts):
 * each language named in itself, so each side of the catalogue holds its own language's name.
 */
export const LOCALE_TEXT = defineCatalogue('cms/locales', {
  vi: { languageName: 'Tiếng Việt' },
  en: { languageName: 'English' },
});
