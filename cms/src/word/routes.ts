import type { Core } from '@strapi/strapi';
import { actorFromUser } from '../access/actor';
import type { RequestContext } from '../request-context';
import { importDocx, type UploadedDocx } from './import-docx';

/**
 * "Soạn từ Word" (admin panel sessions): a .docx sent as multipart field `file` becomes a draft article of
 * the account's body. The upload guard (middlewares/upload-guard.ts) has already checked the file's bytes
 * against its name and the size limit; the body comes from the account, never from the request.
 */
export function registerWordRoutes(strapi: Core.Strapi) {
  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'POST',
        path: '/word/import',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: RequestContext) => {
          const user = ctx.state.user as { id: number };
          const files = (ctx.request as { files?: Record<string, UploadedDocx | UploadedDocx[]> }).files ?? {};
          const file = Array.isArray(files.file) ? files.file[0] : files.file;
          ctx.body = { data: await importDocx(strapi, await actorFromUser(strapi, user), user, file) };
        },
      },
    ],
  } as any);
}
