import type { Core, UID } from '@strapi/strapi';
import { defineVocabulary } from '@column57/i18n';
import { fieldLabel } from '../admin-labels/field-label';
import { valueKindOf } from '../value-kind';

/** The things the log records that are not our content types, by the names an administrator knows them by. */
const OTHER_TYPES = defineVocabulary(
  'cms/audit-other-types',
  ['admin::user', 'admin::role', 'admin::permission', 'plugin::upload.file', 'plugin::upload.folder', 'strapi::core-store'],
  {
    'admin::user': { vi: 'Tài khoản quản trị', en: 'admin account' },
    'admin::role': { vi: 'Vai trò', en: 'role' },
    'admin::permission': { vi: 'Quyền', en: 'permission' },
    'plugin::upload.file': { vi: 'Tệp trong thư viện media', en: 'media file' },
    'plugin::upload.folder': { vi: 'Thư mục media', en: 'media folder' },
    'strapi::core-store': { vi: 'Cài đặt', en: 'setting' },
  },
);

/**
 * What the log page and its exports call a type and a field: a content type by its display name ("Bài viết
 * (article)"), a field by its form label ("Tiêu đề (title)"); what has neither keeps its code.
 */
export function typeName(strapi: Core.Strapi, uid: string): string {
  if ((OTHER_TYPES.codes as readonly string[]).includes(uid)) return OTHER_TYPES.t('vi', uid as (typeof OTHER_TYPES.codes)[number]);
  return (strapi.contentType(uid as UID.ContentType)?.info as { displayName?: string } | undefined)?.displayName ?? uid;
}

export const fieldName = (uid: string, field: string) => fieldLabel(uid, field) ?? field;

/** An entry as the page shows it: the names beside the codes (the codes stay, for filters), and how values read. */
export function named<E extends { type: string; changes: Record<string, unknown> }>(strapi: Core.Strapi, entry: E) {
  const attributes = ((strapi.getModel(entry.type as UID.Schema) as { attributes?: object } | undefined)?.attributes ?? {}) as Record<
    string,
    { type?: string }
  >;
  const fields = Object.keys(entry.changes);
  return {
    ...entry,
    typeName: typeName(strapi, entry.type),
    fieldNames: Object.fromEntries(fields.map((field) => [field, fieldName(entry.type, field)])),
    fieldKinds: Object.fromEntries(fields.map((field) => [field, valueKindOf(attributes[field]?.type)]).filter(([, kind]) => kind)),
  };
}
