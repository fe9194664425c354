import { previewOrigin, previewUrl } from '../src/publishing/preview-link';
import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: { salt: env('TRANSFER_TOKEN_SALT') },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // Nothing phones home and nothing opens a browser on the server.
  flags: {
    nps: false,
    promoteEE: false,
  },
  autoOpen: false,
  // Strapi Preview: a draft shown in its column's real layout, rendered by the build service.
  preview: {
    enabled: Boolean(previewOrigin()),
    config: {
      allowedOrigins: previewOrigin() ? [previewOrigin()] : [],
      async handler(uid: string, params: { documentId?: string; locale?: string; status?: string }) {
        // Read as the signed-in editor: the ownership guard refuses another body's draft, so no link is made.
        const strapi = (globalThis as any).strapi;
        const entry = await strapi
          .documents(uid)
          .findOne({ documentId: params.documentId, locale: params.locale, status: 'draft' })
          .catch(() => null);
        return entry ? previewUrl(uid, params) : null;
      },
    },
  },
  watchIgnoreFiles: ['**/seed/**'],
});
