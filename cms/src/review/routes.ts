import type { Core } from '@strapi/strapi';
import { actorForRequest } from '../access/actor';
import type { RequestContext } from '../request-context';
import { approve, publishEntry, returnForChanges, returnedToMe, reviewQueue, submitForReview } from './actions';

/**
 * The review actions of the admin panel (admin sessions only). Each handler takes the account from the
 * session and checks the entry against the ownership rule (access/scope.ts) before touching it.
 */
export function registerReviewRoutes(strapi: Core.Strapi) {
  const policies = ['admin::isAuthenticatedAdmin'];
  const bodyOf = (ctx: RequestContext) => (ctx.request.body ?? {}) as Record<string, unknown>;
  const entryAction =
    (act: (strapi: Core.Strapi, actor: any, uid: string, documentId: string, body: Record<string, unknown>) => Promise<unknown>) =>
    async (ctx: RequestContext) => {
      ctx.body = {
        data: await act(strapi, await actorForRequest(strapi), String(ctx.params.uid), String(ctx.params.documentId), bodyOf(ctx)),
      };
    };
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/review/queue',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { data: await reviewQueue(strapi, await actorForRequest(strapi)) };
        },
      },
      {
        method: 'GET',
        path: '/review/returned',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { data: await returnedToMe(strapi, await actorForRequest(strapi)) };
        },
      },
      { method: 'POST', path: '/review/:uid/:documentId/submit', config: { policies }, handler: entryAction(submitForReview) },
      { method: 'POST', path: '/review/:uid/:documentId/return', config: { policies }, handler: entryAction(returnForChanges) },
      { method: 'POST', path: '/review/:uid/:documentId/approve', config: { policies }, handler: entryAction(approve) },
      { method: 'POST', path: '/review/:uid/:documentId/publish', config: { policies }, handler: entryAction(publishEntry) },
    ],
  } as any);
}
