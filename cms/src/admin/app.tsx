export default {
  config: {
    locales: ['vi'],
    // The release-notes widget fetches from the internet; the CMS must not.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap() {},
};
