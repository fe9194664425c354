import * as React from 'react';

/** A small chart-bars mark for the menu (no icon package is needed for one icon). */
const StatusIcon = () => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <rect x="1" y="9" width="3" height="6" rx="1" />
    <rect x="6.5" y="5" width="3" height="10" rx="1" />
    <rect x="12" y="1" width="3" height="14" rx="1" />
  </svg>
);

export default {
  config: {
    // The admin panel in Vietnamese (English stays available as Strapi's built-in language).
    locales: ['vi'],
    // The release-notes widget fetches from the internet; the CMS must not.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: any) {
    app.addMenuLink({
      to: 'column57/build-status',
      icon: StatusIcon,
      intlLabel: { id: 'column57.build-status', defaultMessage: 'Trạng thái dựng (build status)' },
      Component: () => import('./pages/BuildStatus'),
      permissions: [],
    });
  },
  bootstrap() {},
};
