import type { Core, UID } from '@strapi/strapi';
import { unscoped } from '../access/scope';
import { ownFields, titleOf } from '../audit/content-hooks';

/**
 * Every published version of an article, a document and a campaign, kept in a table of its own (made at
 * bootstrap through Strapi's knex, unknown to the content manager): the row's own fields as they went
 * live, numbered per document and locale. Relations and components are not kept.
 */
export const HISTORY_TABLE = 'column57_history';
export const HISTORY_TYPES = ['api::article.article', 'api::resolution-document.resolution-document', 'api::campaign.campaign'];
export const keepsHistory = (uid: string) => HISTORY_TYPES.includes(uid);

export interface StoredVersion {
  version: number;
  at: string;
  userEmail: string | null;
  title: string | null;
  fields: Record<string, unknown>;
}

export async function ensureHistoryTable(strapi: Core.Strapi) {
  const db = strapi.db.connection;
  if (await db.schema.hasTable(HISTORY_TABLE)) return;
  await db.schema.createTable(HISTORY_TABLE, (t) => {
    t.increments('id');
    t.string('uid').notNullable();
    t.string('document_id').notNullable();
    t.string('locale', 16).notNullable();
    t.integer('version').notNullable();
    t.string('at', 32).notNullable();
    t.string('user_email').nullable();
    t.text('title').nullable();
    t.text('fields').notNullable();
    t.unique(['uid', 'document_id', 'locale', 'version']);
  });
}

/** Keeps what was just published, one version per published locale (publishing may cover every locale). */
export async function keepPublished(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | undefined,
  userEmail: string | null,
) {
  if (!keepsHistory(uid)) return;
  const where: Record<string, unknown> = { documentId, publishedAt: { $notNull: true } };
  if (locale && locale !== '*') where.locale = locale;
  const rows: Array<Record<string, any>> = await unscoped(() => strapi.db.query(uid as UID.Schema).findMany({ where }));
  await strapi.db.transaction(async ({ trx }) => {
    for (const row of rows) {
      const key = { uid, document_id: documentId, locale: row.locale ?? '' };
      const last = await trx(HISTORY_TABLE).where(key).max({ v: 'version' }).first();
      await trx(HISTORY_TABLE).insert({
        ...key,
        version: Number(last?.v ?? 0) + 1,
        at: new Date().toISOString(),
        user_email: userEmail,
        title: titleOf(row),
        fields: JSON.stringify(ownFields(strapi, uid, row)),
      });
    }
  });
}

export async function versionsOf(strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<StoredVersion[]> {
  const rows: Array<Record<string, any>> = await strapi.db
    .connection(HISTORY_TABLE)
    .where({ uid, document_id: documentId, locale })
    .orderBy('version', 'asc');
  return rows.map((r) => ({ version: Number(r.version), at: r.at, userEmail: r.user_email, title: r.title, fields: JSON.parse(r.fields) }));
}
