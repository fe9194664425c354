import type { Core } from '@strapi/strapi';
import { actorForRequest } from '../access/actor';
import type { RequestContext } from '../request-context';
import { bulletinFromArticle } from './from-article';
import { spokenPreview } from './spoken';

/**
 * The bulletin actions of the admin panel (admin sessions only). Each acts as the signed-in account through
 * the document service, so the ownership guards apply as they do to the content manager's own routes.
 */
export function registerBulletinRoutes(strapi: Core.Strapi) {
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'POST',
        path: '/bulletins/from-article/:documentId',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const created = await bulletinFromArticle(strapi, await actorForRequest(strapi), String(ctx.params.documentId));
          ctx.status = 201;
          ctx.body = { data: { documentId: created.documentId, title: created.title, script: created.script } };
        },
      },
      {
        // What will be read and for how long: a pure function of the text sent, which touches no content.
        method: 'POST',
        path: '/bulletins/speech-preview',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { data: spokenPreview((ctx.request.body as { script?: unknown } | undefined)?.script) };
        },
      },
    ],
  } as any);
}
