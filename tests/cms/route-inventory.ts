/**
 * Every route the running Strapi registers, classified. `probe` routes are called by
 * route-inventory.test.ts as accounts of another body, with that body's ids in every place an id can go;
 * `safe` routes are not called, for the reason given. A route Strapi registers that is missing here, or one
 * listed here that Strapi no longer registers, fails the test until someone reviews it and classifies it.
 */
export type RouteClass = 'probe' | { safe: string };

const probe = 'probe' as const;
const safe = (reason: string) => ({ safe: reason });

const OWN_SESSION = safe('acts only on the caller\'s own session (ends or lists it); it reads or changes no content');
const STATIC = safe('static files: the public folder and uploaded files are public by design (published media are in every column)');
const GENERATOR = safe('API-token only (the generator\'s read-only token, or the report token): a machine credential, never an editor\'s;'
  + ' the snapshot carries published content, the preview one draft for the build service; refused to admin sessions (isolation.test.ts)');

export const ROUTES: Record<string, RouteClass> = {
  // Strapi's own pages and liveness.
  'GET /': STATIC,
  'GET /((?!uploads/).+)': STATIC,
  'GET /uploads/(.*)': STATIC,
  'ALL /_health': safe('liveness answer (204, no body) on every method'),

  // Sessions and the signed-in account itself.
  'POST /admin/logout': OWN_SESSION,
  'DELETE /admin/users/me/sessions': OWN_SESSION,
  'DELETE /admin/users/me/sessions/:sessionId': OWN_SESSION,
  'GET /admin/users/me/sessions': OWN_SESSION,

  // The generator's and the reporting command's doors.
  'GET /api/column57/snapshot': GENERATOR,
  'GET /api/column57/snapshot/:slug': GENERATOR,
  'GET /api/column57/preview/:uid/:documentId': GENERATOR,
  'GET /api/column57/report': GENERATOR,
};

/** Everything else is probed. Listed by name all the same, so a new route is noticed. */
const PROBED = [
  'DELETE /admin/admin-tokens/:id', 'DELETE /admin/api-tokens/:id', 'DELETE /admin/roles/:id', 'DELETE /admin/transfer/tokens/:id',
  'DELETE /admin/users/:id', 'DELETE /admin/webhooks/:id',
  'DELETE /api/upload/files/:id', 'DELETE /content-manager/collection-types/:model/:id',
  'DELETE /content-manager/single-types/:model', 'DELETE /content-type-builder/component-categories/:name',
  'DELETE /content-type-builder/components/:uid', 'DELETE /content-type-builder/content-types/:uid', 'DELETE /i18n/locales/:id',
  'DELETE /upload/files/:id',
  'GET /admin/admin-tokens', 'GET /admin/admin-tokens/:id', 'GET /admin/admin-tokens/:id/owner-permissions', 'GET /admin/ai-feature-config',
  'GET /admin/ai-token', 'GET /admin/ai-usage', 'GET /admin/api-tokens', 'GET /admin/api-tokens/:id', 'GET /admin/content-api/permissions',
  'GET /admin/content-api/routes', 'GET /admin/guided-tour-meta', 'GET /admin/homepage/key-statistics', 'GET /admin/homepage/layout',
  'GET /admin/information', 'GET /admin/init', 'GET /admin/license-trial-time-left', 'GET /admin/permissions', 'GET /admin/plugins',
  'GET /admin/project-settings', 'GET /admin/project-type', 'GET /admin/registration-info', 'GET /admin/roles', 'GET /admin/roles/:id',
  'GET /admin/roles/:id/permissions', 'GET /admin/telemetry-properties',
  'GET /admin/transfer/runner/pull', 'GET /admin/transfer/runner/push',
  'GET /admin/transfer/tokens', 'GET /admin/transfer/tokens/:id', 'GET /admin/users', 'GET /admin/users/:id', 'GET /admin/users/me',
  'GET /admin/users/me/permissions', 'GET /admin/webhooks', 'GET /admin/webhooks/:id',
  'GET /api/content-type-builder/components', 'GET /api/content-type-builder/components/:uid',
  'GET /api/content-type-builder/content-types',
  'GET /api/content-type-builder/content-types/:uid', 'GET /api/i18n/locales', 'GET /api/upload/files', 'GET /api/upload/files/:id',
  'GET /api/upload/files/page',
  'GET /column57/build-status', 'GET /column57/reporting/bodies/:slug',
  'GET /column57/reporting/national', 'GET /column57/reporting/overview',
  'GET /content-manager/collection-types/:model', 'GET /content-manager/collection-types/:model/:id',
  'GET /content-manager/collection-types/:model/:id/actions/countDraftRelations',
  'GET /content-manager/collection-types/:model/actions/countManyEntriesDraftRelations', 'GET /content-manager/components',
  'GET /content-manager/components/:uid/configuration', 'GET /content-manager/content-types', 'GET /content-manager/content-types-settings',
  'GET /content-manager/content-types/:uid/configuration', 'GET /content-manager/homepage/count-documents',
  'GET /content-manager/homepage/recent-documents', 'GET /content-manager/init', 'GET /content-manager/preview/script',
  'GET /content-manager/preview/url/:contentType', 'GET /content-manager/relations/:model/:id/:targetField',
  'GET /content-manager/relations/:model/:targetField', 'GET /content-manager/single-types/:model',
  'GET /content-manager/single-types/:model/actions/countDraftRelations',
  'GET /content-type-builder/components', 'GET /content-type-builder/components/:uid', 'GET /content-type-builder/content-types',
  'GET /content-type-builder/content-types/:uid', 'GET /content-type-builder/reserved-names', 'GET /content-type-builder/schema',
  'GET /content-type-builder/update-schema-status', 'GET /email/settings',
  'GET /i18n/ai-localization-jobs/collection-types/:contentType/:documentId', 'GET /i18n/ai-localization-jobs/single-types/:contentType',
  'GET /i18n/content-manager/get-fill-from-locale/:model', 'GET /i18n/iso-locales', 'GET /i18n/locales', 'GET /i18n/settings',
  'GET /upload/ai-metadata-jobs/latest', 'GET /upload/ai-metadata-jobs/pending-count', 'GET /upload/configuration', 'GET /upload/files',
  'GET /upload/files/:id', 'GET /upload/folder-structure', 'GET /upload/folders', 'GET /upload/folders/:id', 'GET /upload/settings',
  'POST /admin/access-token', 'POST /admin/admin-tokens', 'POST /admin/admin-tokens/:id/regenerate', 'POST /admin/api-tokens',
  'POST /admin/api-tokens/:id/regenerate', 'POST /admin/forgot-password', 'POST /admin/login', 'POST /admin/permissions/check',
  'POST /admin/project-settings', 'POST /admin/register', 'POST /admin/register-admin', 'POST /admin/reset-password', 'POST /admin/roles',
  'POST /admin/roles/batch-delete', 'POST /admin/transfer/tokens', 'POST /admin/transfer/tokens/:id/regenerate', 'POST /admin/users',
  'POST /admin/users/batch-delete', 'POST /admin/webhooks', 'POST /admin/webhooks/:id/trigger', 'POST /admin/webhooks/batch-delete',
  'POST /api/email', 'POST /api/upload',
  'POST /column57/reporting/reports/:documentId/amend', 'POST /column57/reporting/reports/:documentId/submit',
  'POST /content-manager/collection-types/:model', 'POST /content-manager/collection-types/:model/:id/actions/discard',
  'POST /content-manager/collection-types/:model/:id/actions/publish',
  'POST /content-manager/collection-types/:model/:id/actions/unpublish',
  'POST /content-manager/collection-types/:model/actions/bulkDelete',
  'POST /content-manager/collection-types/:model/actions/bulkFindForValidation',
  'POST /content-manager/collection-types/:model/actions/bulkPublish',
  'POST /content-manager/collection-types/:model/actions/bulkUnpublish',
  'POST /content-manager/collection-types/:model/actions/publish', 'POST /content-manager/collection-types/:model/auto-clone/:sourceId',
  'POST /content-manager/collection-types/:model/clone/:sourceId', 'POST /content-manager/single-types/:model/actions/discard',
  'POST /content-manager/single-types/:model/actions/publish', 'POST /content-manager/single-types/:model/actions/unpublish',
  'POST /content-manager/uid/check-availability', 'POST /content-manager/uid/generate',
  'POST /content-type-builder/components', 'POST /content-type-builder/content-types', 'POST /content-type-builder/update-schema',
  'POST /email', 'POST /email/test', 'POST /email/verify',
  'POST /i18n/content-manager/actions/get-non-localized-fields', 'POST /i18n/locales',
  'POST /upload', 'POST /upload/actions/bulk-delete', 'POST /upload/actions/bulk-move', 'POST /upload/actions/bulk-update',
  'POST /upload/actions/generate-ai-metadata', 'POST /upload/actions/upload-from-urls',
  'POST /upload/ai-metadata-jobs', 'POST /upload/files',
  'POST /upload/files/:id/replace', 'POST /upload/folders',
  'PUT /admin/admin-tokens/:id', 'PUT /admin/api-tokens/:id', 'PUT /admin/homepage/layout', 'PUT /admin/roles/:id',
  'PUT /admin/roles/:id/permissions', 'PUT /admin/transfer/tokens/:id', 'PUT /admin/users/:id',
  'PUT /admin/users/me', 'PUT /admin/webhooks/:id',
  'PUT /content-manager/collection-types/:model/:id', 'PUT /content-manager/components/:uid/configuration',
  'PUT /content-manager/content-types/:uid/configuration', 'PUT /content-manager/single-types/:model',
  'PUT /content-type-builder/component-categories/:name', 'PUT /content-type-builder/components/:uid',
  'PUT /content-type-builder/content-types/:uid', 'PUT /i18n/locales/:id', 'PUT /i18n/settings', 'PUT /upload/configuration',
  'PUT /upload/files/:id', 'PUT /upload/folders/:id', 'PUT /upload/settings',
];
for (const route of PROBED) ROUTES[route] = probe;
