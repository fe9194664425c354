import type { Core } from '@strapi/strapi';
import { actorFromUser } from '../access/actor';
import { unscoped } from '../access/scope';
import type { RequestContext } from '../request-context';
import { inviteEditor, managedProvinces, withdrawEditor } from './accounts';
import { importCommunes } from './import/run';

/**
 * The communes page's server side (admin panel sessions): the provinces an account manages with their
 * communes and accounts, importing a province's official list (dry run, then apply), and inviting or
 * withdrawing a commune's editors. Each handler applies the commune rule itself (access/scope.ts,
 * `managesCommunesOf`), from the account, never from what the request says.
 */
export function registerCommuneRoutes(strapi: Core.Strapi) {
  const actorOf = (ctx: RequestContext) => actorFromUser(strapi, ctx.state.user);
  // Planning an import must see every body's code (a code of another province is refused by name), so
  // the reads run unscoped; the writes still pass the commune guard and the data guard.
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/communes',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { provinces: await unscoped(async () => managedProvinces(strapi, await actorOf(ctx))) };
        },
      },
      {
        method: 'POST',
        path: '/communes/import',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const body = (ctx.request.body ?? {}) as Record<string, unknown>;
          ctx.body = await importCommunes(strapi, await actorOf(ctx), {
            province: typeof body.province === 'string' ? body.province : undefined,
            filename: typeof body.filename === 'string' ? body.filename : undefined,
            content: typeof body.content === 'string' ? body.content : undefined,
            apply: body.apply === true,
          });
        },
      },
      {
        method: 'POST',
        path: '/communes/:slug/editors',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = {
            data: await unscoped(async () => inviteEditor(strapi, await actorOf(ctx), ctx.params.slug, ctx.request.body ?? {})),
          };
        },
      },
      {
        method: 'DELETE',
        path: '/communes/:slug/editors/:userId',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const userId = Number(ctx.params.userId);
          ctx.body = { data: await unscoped(async () => withdrawEditor(strapi, await actorOf(ctx), ctx.params.slug, userId)) };
        },
      },
    ],
  } as any);
}
