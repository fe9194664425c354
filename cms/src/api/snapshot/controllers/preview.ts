import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { TOKEN_NAME } from '../../../access/generator-token';
import { isOwnedType } from '../../../access/owned-types';
import type { RequestContext } from '../../../request-context';
import { SNAPSHOT_API_TEXT as TEXT } from '../messages';

const PREVIEWABLE = new Set(['api::article.article', 'api::campaign.campaign', 'api::resolution-document.resolution-document']);

/**
 * GET /api/column57/preview/:uid/:documentId: what one column looks like with this draft in place
 * of its published version. Behind the same read-only token as the snapshot (only the build service
 * holds it); the build service renders it for the editor and never into the public columns.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: RequestContext) {
    // Drafts go to the build service alone: any other read-only token gets published content only.
    if (ctx.state.auth?.credentials?.name !== TOKEN_NAME) return ctx.forbidden(TEXT.both('previewsOnlyForToken', { token: TOKEN_NAME }));
    const { uid, documentId } = ctx.params as { uid: string; documentId: string };
    if (!PREVIEWABLE.has(uid) || !isOwnedType(uid)) throw new errors.ValidationError(`uid: ${TEXT.both('noPreview', { uid })}`);
    const draft = await strapi.db
      .query(uid as UID.Schema)
      .findOne({ where: { documentId, publishedAt: null }, populate: { body: { select: ['slug'] } } });
    if (!draft) return ctx.notFound(TEXT.both('noDraft', { uid, documentId }));
    // National content is shown in the lead column (the Ministry of Science and Technology's).
    const slug = draft.body?.slug ?? 'mst';
    const snapshot = strapi.service('api::snapshot.snapshot');
    const overlay = { uid, documentId };
    const manifest = await snapshot.manifest(overlay);
    const body = await snapshot.bodyContent(slug, null, overlay);
    if (!body) return ctx.notFound(TEXT.both('noBody', { slug }));
    ctx.body = { slug, manifest, body };
  },
});
