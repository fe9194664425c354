import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RequestContext } from '../request-context';
import { NOTIFICATION_KIND, NOTIFICATION_KINDS } from './kinds';
import { preferencesOf, savePreferences } from './preferences';
import { PREFERENCES_TEXT as TEXT } from './preferences-text';

/**
 * GET and PUT /column57/notification-preferences (admin panel session): the caller's own choice of
 * notification mails. The account is the session's, never an id from the request, so no one can read
 * or change another person's choice.
 */
export function registerNotificationRoutes(strapi: Core.Strapi) {
  const own = (ctx: RequestContext): number => {
    const id = ctx.state.user?.id;
    if (typeof id !== 'number') throw new errors.ForbiddenError(TEXT.both('noAccount'));
    return id;
  };
  const answer = (preferences: Record<string, boolean>) => ({
    kinds: NOTIFICATION_KINDS.map((code) => ({ code, label: NOTIFICATION_KIND.labels[code] })),
    preferences,
  });
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/notification-preferences',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = answer(await preferencesOf(strapi, own(ctx)));
        },
      },
      {
        method: 'PUT',
        path: '/notification-preferences',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const userId = own(ctx);
          ctx.body = answer(
            await savePreferences(strapi, userId, (ctx.request.body as { preferences?: unknown } | undefined)?.preferences),
          );
        },
      },
    ],
  } as any);
}
