import { corsOrigin, parseCorsOrigins } from '../src/security/cors';
import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
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
