import type { Core } from '@strapi/strapi';
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Loopback by default: the CMS sits behind the portal's proxy in production (set HOST to change it).
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Scheduled publishing (src/publishing/schedule.ts) runs on Strapi's cron.
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // Behind the portal's proxy, TRUSTED_PROXY_HOPS says how many proxies' X-Forwarded-For entries to believe:
  // the audit log records the address Koa derives from them (ctx.request.ip), never more than that.
  proxy: {
    koa: env.int('TRUSTED_PROXY_HOPS', 0) > 0,
    maxIpsCount: env.int('TRUSTED_PROXY_HOPS', 0),
  },
  app: {
    keys: env.array('APP_KEYS'),
  },
  // No daily query to the registry for new Strapi versions.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('COLUMN57_STARTUP_BANNER', true) },
  },
});
