/**
 * The generator's door into the CMS, behind an API token. Read-only tokens may call these because the
 * actions are named find/findOne. The snapshot is published content only; the preview is one draft
 * shown in its column, for the build service to render for an editor.
 */
export default {
  routes: [
    { method: 'GET', path: '/column57/snapshot', handler: 'snapshot.find', config: { policies: [] } },
    { method: 'GET', path: '/column57/snapshot/:slug', handler: 'snapshot.findOne', config: { policies: [] } },
    { method: 'GET', path: '/column57/preview/:uid/:documentId', handler: 'preview.find', config: { policies: [] } },
  ],
};
