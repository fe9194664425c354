import type { Core } from '@strapi/strapi';

/**
 * Vietnamese is the panel's language for every new account, however it is made (an invitation, the
 * communes' account import, the demo seed): Strapi leaves `preferedLanguage` empty and the panel then
 * keeps whatever the browser last used, often English. A language given explicitly is kept, and each
 * user can switch to English on their profile page.
 */
export function registerVietnameseByDefault(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null } | undefined;
      if (data) data.preferedLanguage ??= 'vi';
    },
  });
}
