import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorForRequest } from './actor';
import { ACCESS_TEXT, sentences } from './messages';

/**
 * Strapi lets any signed-in admin account send an e-mail of its choosing, to anyone, through the CMS's
 * mail provider (POST /email). In column57 that would let every body's editor write as the ministry's
 * mail server to any address: only administrators may. The route inventory test lists the route; this
 * module is why it answers 403 to everyone else.
 */
export function administratorOnlyMail(strapi: Core.Strapi) {
  const controller = strapi.plugin('email').controller('email') as Record<string, (ctx: unknown) => Promise<unknown>>;
  const send = controller.send.bind(controller);
  controller.send = async (ctx: unknown) => {
    const actor = await actorForRequest(strapi);
    if (actor.kind !== 'administrator' && actor.kind !== 'system') {
      throw new errors.ForbiddenError(sentences(ACCESS_TEXT.pair('mailAdministratorsOnly')));
    }
    return send(ctx);
  };
}
