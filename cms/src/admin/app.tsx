export default {
  config: {
    // The admin panel in Vietnamese (English stays available as Strapi's built-in language).
    locales: ['vi'],
    // The release-notes widget fetches from the internet; the CMS must not.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap() {},
};
