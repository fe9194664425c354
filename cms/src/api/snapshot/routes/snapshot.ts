/**
 * The generator's door into the CMS: published content only, behind an API token. Read-only tokens
 * may call these because the actions are named find/findOne.
 */
export default {
  routes: [
    { method: 'GET', path: '/column57/snapshot', handler: 'snapshot.find', config: { policies: [] } },
    { method: 'GET', path: '/column57/snapshot/:slug', handler: 'snapshot.findOne', config: { policies: [] } },
  ],
};
