import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { join } from 'node:path';
import { LOCALES, type Locale } from '@column57/i18n';
import { type Actor, actorFromUser } from '../access/actor';
import { writeScope, within } from '../access/scope';
import type { RequestContext } from '../request-context';
import { answerPage } from '../subscriptions/pages';
import { accountsOf } from './accounts';
import { kitPicture } from './images';
import { ARTICLE, articleByCode, bannerOf, coverBytes, ownLiveArticle, pictureUrlOf, shareKitOf } from './kit';
import { SHARE_KIT_SIZES, type ShareKitSize } from './limits';
import { SHARE_KIT_TEXT as TEXT } from './messages';
import { NETWORKS, type NetworkId, SOCIAL_NETWORKS } from './networks';
import { postsOf, recordPost } from './posts';

const localeOf = (value: unknown): Locale => {
  const locale = typeof value === 'string' && value ? value : 'vi';
  if (!(LOCALES as readonly string[]).includes(locale)) throw new errors.ValidationError(TEXT.both('localeUnknown', { locale }));
  return locale as Locale;
};

/** Publishers of the article's own body post for it (and the administrator); editors copy the kit by hand. */
async function mayPost(strapi: Core.Strapi, actor: Actor, documentId: string): Promise<boolean> {
  if (actor.kind === 'administrator') return true;
  if (actor.kind !== 'member' || !actor.canPublish) return false;
  const own = await strapi.db.query(ARTICLE).findOne({ where: within({ documentId }, await writeScope(strapi, actor, ARTICLE)) });
  return Boolean(own);
}

/**
 * The share kit of an article (issue 18), for the body's communication staff:
 * - GET  /column57/share-kit/:documentId?locale=  the texts, links, pictures and connected networks (admin session)
 * - POST /column57/share-kit/:documentId/post     { network, locale, again? }: posts to the body's page (publishers)
 * And for everyone, since the article is public already:
 * - GET  /api/column57/share-kit/:code/:size.jpg   a picture of the kit (what the panel shows, what Zalo fetches)
 * - GET  /l/:code[/en]                             the short link: a redirect to the article's page
 */
export function registerShareKitRoutes(strapi: Core.Strapi) {
  const cacheDir = process.env.COLUMN57_SHARE_KIT_CACHE || join(strapi.dirs.app.root, '.cache', 'share-kit');
  const policies = ['admin::isAuthenticatedAdmin'];
  const liveOrRefuse = async (actor: Actor, documentId: string, locale: Locale) => {
    const article = await ownLiveArticle(strapi, actor, documentId, locale);
    if (!article) throw new errors.NotFoundError(TEXT.both('notLive'));
    return article;
  };

  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/share-kit/:documentId',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const actor = await actorFromUser(strapi, ctx.state.user);
          const locale = localeOf(ctx.query.locale);
          const article = await liveOrRefuse(actor, ctx.params.documentId, locale);
          const accounts = accountsOf(article.body.slug);
          const canPost = await mayPost(strapi, actor, article.documentId);
          ctx.body = {
            data: {
              ...shareKitOf(strapi, article),
              networks: NETWORKS.map((id) => ({
                id,
                label: SOCIAL_NETWORKS[id].label,
                connected: SOCIAL_NETWORKS[id].connected(accounts),
              })),
              canPost,
              posts: await postsOf(strapi, article.documentId, locale),
            },
          };
        },
      },
      {
        method: 'POST',
        path: '/share-kit/:documentId/post',
        config: { policies },
        handler: async (ctx: RequestContext) => {
          const actor = await actorFromUser(strapi, ctx.state.user);
          const input = (ctx.request.body ?? {}) as { network?: unknown; locale?: unknown; again?: unknown };
          const locale = localeOf(input.locale);
          const article = await liveOrRefuse(actor, ctx.params.documentId, locale);
          if (!(await mayPost(strapi, actor, article.documentId))) {
            // Answered here rather than thrown: a thrown ForbiddenError reaches the panel as a bare "Forbidden",
            // and an editor needs to read who may post instead.
            ctx.status = 403;
            ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: TEXT.both('notPublisher'), details: {} } };
            return;
          }
          const network = String(input.network ?? '');
          if (!(NETWORKS as readonly string[]).includes(network))
            throw new errors.ValidationError(TEXT.both('networkUnknown', { network }));
          const target = SOCIAL_NETWORKS[network as NetworkId];
          const accounts = accountsOf(article.body.slug);
          if (!target.connected(accounts)) throw new errors.ValidationError(TEXT.both('notConfigured', { network: target.label }));
          const earlier = (await postsOf(strapi, article.documentId, locale)).find((p) => p.network === network);
          if (earlier && input.again !== true)
            throw new errors.ValidationError(TEXT.both('alreadyPosted', { network: target.label, at: earlier.at }));
          const kit = shareKitOf(strapi, article);
          let postId: string;
          try {
            ({ id: postId } = await target.post(accounts, {
              facebookText: kit.facebook.text,
              zaloTitle: kit.zalo.title,
              zaloDescription: kit.zalo.description,
              url: kit.url,
              author: article.body.name,
              pictureUrl: pictureUrlOf(strapi, article.documentId, locale, 'landscape'),
            }));
          } catch (error) {
            // The network's refusal reaches the publisher as it was given (an expired token, a permission).
            throw new errors.ApplicationError(TEXT.both('postFailed', { network: target.label, error: (error as Error).message }));
          }
          await recordPost(strapi, {
            documentId: article.documentId,
            locale,
            title: article.title,
            body: article.body.documentId,
            network: network as NetworkId,
            postId,
            url: kit.url,
          });
          ctx.body = { data: { network, postId } };
        },
      },
    ],
  } as any);

  strapi.server.routes({
    type: 'content-api',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: '/column57/share-kit/:code/:picture',
        config: { auth: false },
        handler: async (ctx: RequestContext) => {
          const size = String(ctx.params.picture).replace(/\.jpg$/, '');
          if (!SHARE_KIT_SIZES.some((s) => s.name === size)) throw new errors.NotFoundError(TEXT.both('sizeUnknown', { size }));
          const article = await articleByCode(strapi, String(ctx.params.code), localeOf(ctx.query.locale));
          if (!article) throw new errors.NotFoundError(TEXT.both('notLive'));
          ctx.type = 'image/jpeg';
          // Named by content on disk, not in the address: a changed title must show at once, so only a short cache.
          ctx.set('Cache-Control', 'public, max-age=300');
          ctx.set('Content-Disposition', `inline; filename="${article.body.slug}-${size}.jpg"`);
          const picture = { banner: bannerOf(article), cover: article.cover, size: size as ShareKitSize };
          ctx.body = await kitPicture(picture, cacheDir, (cover) => coverBytes(strapi, cover));
        },
      },
    ],
  } as any);

  const redirect = (locale: Locale) => async (ctx: RequestContext) => {
    const article = await articleByCode(strapi, String(ctx.params.code), locale);
    if (!article) {
      ctx.status = 404;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = answerPage({ locale, title: TEXT.t(locale, 'linkUnknownTitle'), paragraphs: [TEXT.t(locale, 'linkUnknown')] });
      return;
    }
    // 302, not 301: a link taken down or moved must not stay cached in browsers as the old page.
    ctx.redirect(article.url);
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      { method: 'GET', path: '/l/:code', config: { auth: false }, handler: redirect('vi') },
      { method: 'GET', path: '/l/:code/en', config: { auth: false }, handler: redirect('en') },
    ],
  } as any);
}
