// `npm start` sets STRAPI_LOG_LEVEL=info so requests are not logged one by one; Strapi's default is "http".
export default ({ env }) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
