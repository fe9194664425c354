import { corsOrigin, parseCorsOrigins } from '../src/security/cors';
import type { Core } from '@strapi/strapi';

/** Where the admin panel shows uploaded pictures from, when they are on S3-compatible storage (config/plugins.ts). */
function storageOrigins(env: Core.Config.Shared.ConfigParams['env']): string[] {
  if (!env('COLUMN57_S3_BUCKET', '')) return [];
  const address = env('COLUMN57_S3_PUBLIC_URL', '') || env('COLUMN57_S3_ENDPOINT', '');
  return [
    address ? new URL(address).origin : `https://${env('COLUMN57_S3_BUCKET')}.s3.${env('COLUMN57_S3_REGION', 'us-east-1')}.amazonaws.com`,
  ];
}

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', ...storageOrigins(env)],
          'media-src': ["'self'", 'data:', 'blob:', ...storageOrigins(env)],
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    // Only the admin panel's own origin and those an administrator lists (checked here, at start).
    // The preview panel needs none: it frames the build service, which reads drafts server-side.
    config: { origin: corsOrigin(parseCorsOrigins(env('COLUMN57_CORS_ORIGINS', ''))), credentials: true },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // After the body parser: refuses uploads whose content does not match their name, or that are too big.
  'global::upload-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
