import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorFromUser } from '../access/actor';
import type { RequestContext } from '../request-context';
import { myColumn, myDrafts, monthReport, scheduled } from './home';
import { LINKABLE, liveLinkOf } from './live-link';
import { DESK_TEXT } from './messages';

/**
 * The editor's desk, read by the admin panel (its home widgets and the edit view's live link). Each answer
 * is the caller's own: the account decides the body, never the request.
 */
export function registerDeskRoutes(strapi: Core.Strapi) {
  const policies = ['admin::isAuthenticatedAdmin'];
  const member = async (ctx: RequestContext) => {
    const actor = await actorFromUser(strapi, ctx.state.user);
    if (actor.kind === 'nobody' || actor.kind === 'system') throw new errors.ForbiddenError(DESK_TEXT.both('noBodyNoRole'));
    return actor;
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/desk/my-drafts',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { data: await myDrafts(strapi, await member(ctx)) };
        },
      },
      {
        method: 'GET',
        path: '/desk/scheduled',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          ctx.body = { data: await scheduled(strapi, await member(ctx)) };
        },
      },
      {
        method: 'GET',
        path: '/desk/my-column',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const actor = await member(ctx);
          if (actor.kind !== 'member') {
            ctx.body = { data: { column: null, report: null } };
            return;
          }
          const [column, report] = await Promise.all([
            myColumn(strapi, actor.bodyDocumentId),
            monthReport(strapi, actor, actor.bodyDocumentId),
          ]);
          ctx.body = { data: { column, report } };
        },
      },
      {
        method: 'GET',
        path: '/desk/live-link/:uid/:documentId',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const { uid, documentId } = ctx.params;
          if (!LINKABLE[uid]) throw new errors.ValidationError(DESK_TEXT.both('notLinkable', { uid }));
          const locale = String(ctx.query.locale ?? 'vi');
          if (locale !== 'vi' && locale !== 'en') throw new errors.ValidationError(DESK_TEXT.both('localeUnknown', { locale }));
          ctx.body = { data: await liveLinkOf(strapi, await member(ctx), uid, documentId, locale) };
        },
      },
    ],
  } as any);
}
