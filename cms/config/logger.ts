import type { Core } from '@strapi/strapi';
// `npm start` sets STRAPI_LOG_LEVEL=info so requests are not logged one by one; Strapi's default is "http".
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
