export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // After the body parser: refuses uploads whose content does not match their name, or that are too big.
  'global::upload-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
