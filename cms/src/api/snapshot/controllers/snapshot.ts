import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { RequestContext } from '../../../request-context';
import { SNAPSHOT_API_TEXT as TEXT } from '../messages';

const SINCE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/column57/snapshot: the manifest (bodies, topics, audiences, national content). */
  async find(ctx: RequestContext) {
    ctx.body = await strapi.service('api::snapshot.snapshot').manifest();
  },

  /** GET /api/column57/snapshot/:slug[?since=ISO]: one body's published content, or what changed since. */
  async findOne(ctx: RequestContext) {
    const since = ctx.query.since as string | undefined;
    if (since !== undefined && (!SINCE.test(since) || Number.isNaN(Date.parse(since)))) {
      throw new errors.ValidationError(`since: ${TEXT.both('sinceNotIso', { since })}`);
    }
    const result = await strapi.service('api::snapshot.snapshot').bodyContent(ctx.params.slug, since ?? null);
    if (!result) return ctx.notFound(TEXT.both('noBody', { slug: ctx.params.slug }));
    ctx.body = result;
  },
});
