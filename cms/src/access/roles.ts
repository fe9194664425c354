import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { CONDITIONS } from './conditions';
import { REPORT_SERVER_FIELDS } from '../reporting/fields';
import { NATIONAL_CAPABLE_TYPES, OWNED_TYPES, REFERENCE_TYPES, REPORTING_TYPES, ROLE_CODES } from './owned-types';
import { ACCESS_TEXT, sentences, withEnglish } from './messages';
import { attributesOf, schemaOf } from '../schema-of';
import { REVIEW_FIELDS } from '../review/fields';

const CM = 'plugin::content-manager.explorer';
/** Fields only the server sets: who owns an entry is decided by the account, never by the form. */
const SERVER_OWNED_FIELDS = new Set(['body', 'national', 'factsToCheck']);

type Permission = { action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };

/** Every editable field path of a content type, components flattened (seo.metaTitle). */
function fieldPaths(strapi: Core.Strapi, uid: string, prefix = '', depth = 0): string[] {
  const paths: string[] = [];
  for (const [name, attribute] of attributesOf(strapi, uid)) {
    if (depth === 0 && SERVER_OWNED_FIELDS.has(name)) continue;
    if (['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'documentId', 'id'].includes(name))
      continue;
    if (attribute.type === 'component') {
      paths.push(...fieldPaths(strapi, attribute.component, `${prefix}${name}.`, depth + 1));
    } else if (attribute.type !== 'dynamiczone') {
      paths.push(`${prefix}${name}`);
    }
  }
  return paths;
}

function isLocalized(strapi: Core.Strapi, uid: string) {
  const options = schemaOf(strapi, uid)?.pluginOptions as { i18n?: { localized?: boolean } } | undefined;
  return Boolean(options?.i18n?.localized);
}

function contentPermissions(
  strapi: Core.Strapi,
  locales: string[],
  uid: string,
  actions: string[],
  conditions: string[],
  hidden: string[] = [],
): Permission[] {
  const localized = isLocalized(strapi, uid);
  return actions.map((action) => {
    const properties: Record<string, unknown> = {};
    // Server-written fields can be read but not written from the form.
    if (['create', 'read', 'update'].includes(action))
      properties.fields = fieldPaths(strapi, uid).filter((f) => action === 'read' || !hidden.includes(f));
    if (localized) properties.locales = locales;
    return { action: `${CM}.${action}`, subject: uid, properties, conditions };
  });
}

function mediaPermissions(conditions: string[]): Permission[] {
  return [
    { action: 'plugin::upload.read', conditions },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions },
    { action: 'plugin::upload.assets.download', conditions },
    { action: 'plugin::upload.assets.copy-link', conditions },
  ];
}

function bodyMemberPermissions(strapi: Core.Strapi, locales: string[], canPublish: boolean): Permission[] {
  const permissions: Permission[] = [];
  for (const uid of OWNED_TYPES) {
    const own = [CONDITIONS.ownBody];
    // National documents and campaigns are readable, so editors can link to them; never editable.
    const readable = (NATIONAL_CAPABLE_TYPES as readonly string[]).includes(uid) ? [CONDITIONS.ownBody, CONDITIONS.national] : own;
    permissions.push(...contentPermissions(strapi, locales, uid, ['read'], readable));
    // Review state is read in the form and written only by the review actions (review/actions.ts).
    permissions.push(...contentPermissions(strapi, locales, uid, ['create', 'update'], own, REVIEW_FIELDS));
    if (canPublish) permissions.push(...contentPermissions(strapi, locales, uid, ['publish', 'delete'], own));
  }
  // Reference data is public: reading bodies lets a province's editors pick target communes by name, and
  // reading programme blocks lets editors find the code of the one they embed.
  for (const uid of REFERENCE_TYPES) {
    permissions.push(...contentPermissions(strapi, locales, uid, ['read'], []));
  }
  // Reports and plans: a body edits its own drafts (the publisher submits them through the reporting
  // page); the programme office reads every body's. Nobody deletes them from the form.
  for (const uid of REPORTING_TYPES) {
    permissions.push(...contentPermissions(strapi, locales, uid, ['read'], [CONDITIONS.ownBody, CONDITIONS.programmeOffice]));
    permissions.push(...contentPermissions(strapi, locales, uid, ['create', 'update'], [CONDITIONS.ownBody], REPORT_SERVER_FIELDS));
  }
  permissions.push(...mediaPermissions([CONDITIONS.ownBodyMedia]));
  // A province's publishers manage its communes (scope.ts, bodyWriteScope); for other bodies the condition
  // matches nothing. The parent comes from the account, never from the form.
  if (canPublish) {
    permissions.push(
      ...contentPermissions(strapi, locales, 'api::body.body', ['read', 'create', 'update'], [CONDITIONS.ownCommunes], ['parent']),
    );
  }
  return permissions;
}

function nationalEditorPermissions(strapi: Core.Strapi, locales: string[]): Permission[] {
  const permissions: Permission[] = [];
  for (const uid of NATIONAL_CAPABLE_TYPES) {
    permissions.push(...contentPermissions(strapi, locales, uid, ['create', 'read', 'update', 'publish', 'delete'], [CONDITIONS.national]));
  }
  for (const uid of REFERENCE_TYPES) {
    permissions.push(...contentPermissions(strapi, locales, uid, ['create', 'read', 'update', 'delete'], []));
  }
  permissions.push(...mediaPermissions([]));
  return permissions;
}

export const ROLE_DEFINITIONS = [
  {
    code: ROLE_CODES.bodyEditor,
    name: withEnglish(ACCESS_TEXT.pair('bodyEditor')),
    description: sentences(ACCESS_TEXT.pair('bodyEditorDescription')),
    permissions: (strapi: Core.Strapi, locales: string[]) => bodyMemberPermissions(strapi, locales, false),
  },
  {
    code: ROLE_CODES.bodyPublisher,
    name: withEnglish(ACCESS_TEXT.pair('bodyPublisher')),
    description: sentences(ACCESS_TEXT.pair('bodyPublisherDescription')),
    permissions: (strapi: Core.Strapi, locales: string[]) => bodyMemberPermissions(strapi, locales, true),
  },
  {
    code: ROLE_CODES.nationalEditor,
    name: withEnglish(ACCESS_TEXT.pair('nationalEditor')),
    description: sentences(ACCESS_TEXT.pair('nationalEditorDescription')),
    permissions: nationalEditorPermissions,
  },
];

/**
 * Gives each role the permissions defined above. They are assigned again only when what they would be
 * changes (a content type, a field, a locale or a rule here), found by a fingerprint stored at the last
 * sync, not on every start: an administrator's own tuning in the admin panel survives restarts, and no
 * version number has to be remembered when a type is added.
 */
export async function syncRoles(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  const locales = (await strapi.plugin('i18n').service('locales').find()).map((l: { code: string }) => l.code);
  const roleService = strapi.service('admin::role');
  const wanted = ROLE_DEFINITIONS.map((definition) => ({ definition, permissions: definition.permissions(strapi, locales) }));
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(wanted.map(({ definition, permissions }) => [definition.code, permissions])))
    .digest('hex');
  const synced = (await store.get({ key: 'rolesFingerprint' })) as string | null;
  for (const { definition, permissions } of wanted) {
    let role = await roleService.findOne({ code: definition.code });
    const fresh = !role;
    if (!role) role = await roleService.create({ name: definition.name, code: definition.code, description: definition.description });
    if (fresh || synced !== fingerprint) await roleService.assignPermissions(role.id, permissions);
  }
  await store.set({ key: 'rolesFingerprint', value: fingerprint });
}
