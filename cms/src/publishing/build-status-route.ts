import type { Core } from '@strapi/strapi';
import { actorFromUser } from '../access/actor';
import type { RequestContext } from '../request-context';
import { BUILD_STATUS_TEXT } from './messages';

/** Where the build service publishes its status: set, or next to the hook address the CMS already has. */
export function buildStatusUrl(): string | null {
  if (process.env.COLUMN57_BUILD_STATUS_URL) return process.env.COLUMN57_BUILD_STATUS_URL;
  const hook = process.env.COLUMN57_BUILD_HOOK_URL;
  return hook ? hook.replace(/\/hooks\/cms\/?$/, '/status.json') : null;
}

/**
 * GET /column57/build-status (admin panel session): the build status as this account may see it.
 * Administrators and national editors see every column; a body's editors see their own column only.
 */
export function registerBuildStatusRoute(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/build-status',
        handler: async (ctx: RequestContext) => {
          const actor = await actorFromUser(strapi, ctx.state.user);
          if (actor.kind === 'nobody' || actor.kind === 'system') return ctx.forbidden(BUILD_STATUS_TEXT.both('noBodyNoRole'));
          const url = buildStatusUrl();
          if (!url) {
            ctx.body = { available: false, reason: BUILD_STATUS_TEXT.both('notConnected') };
            return;
          }
          let status: any;
          try {
            const response = await fetch(url);
            if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
            status = await response.json();
          } catch (error) {
            ctx.body = { available: false, reason: BUILD_STATUS_TEXT.both('notAnswering', { url, error: (error as Error).message }) };
            return;
          }
          if (actor.kind === 'member') {
            const body = await strapi.db
              .query('api::body.body')
              .findOne({ where: { documentId: actor.bodyDocumentId }, select: ['slug', 'nameVi', 'nameEn'] });
            const own = body?.slug && status.bodies?.[body.slug];
            const names = body ? { [body.slug]: { vi: body.nameVi, en: body.nameEn } } : {};
            ctx.body = { available: true, state: status.state, bodies: own ? { [body.slug]: own } : {}, jobs: [], names };
            return;
          }
          // Columns are named as people name them (not "hanoi"): the bodies' names, for those the status lists.
          const listed = Object.keys(status.bodies ?? {});
          const rows = listed.length
            ? await strapi.db.query('api::body.body').findMany({ where: { slug: { $in: listed } }, select: ['slug', 'nameVi', 'nameEn'] })
            : [];
          const names = Object.fromEntries(
            rows.map((b: { slug: string; nameVi: string; nameEn: string }) => [b.slug, { vi: b.nameVi, en: b.nameEn }]),
          );
          ctx.body = { available: true, ...status, names };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as any);
}
