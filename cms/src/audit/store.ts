import type { Core } from '@strapi/strapi';
import { AUDIT_TEXT } from './messages';

/**
 * The audit log's own table, made at bootstrap through Strapi's knex and unknown to the content manager,
 * so no admin form can edit it. A trigger on both databases refuses UPDATE and DELETE (and TRUNCATE on
 * PostgreSQL): the log only grows, whoever holds the connection.
 */
export const AUDIT_TABLE = 'column57_audit_log';

/** One change of a field: before and after, or only `secret: true` for a password or a token. */
export type FieldChange = { before: unknown; after: unknown } | { secret: true };

export interface AuditEntry {
  at: string;
  month: string;
  userId: number | null;
  userEmail: string | null;
  userName: string | null;
  /** The acting account's body, and the body that owns what was touched: either lets that body read the entry. */
  actorBody: string | null;
  body: string | null;
  action: string;
  type: string;
  documentId: string | null;
  locale: string | null;
  title: string | null;
  address: string | null;
  changes: Record<string, FieldChange>;
}

export interface StoredEntry extends AuditEntry {
  id: number;
}

const knex = (strapi: Core.Strapi) => strapi.db.connection;
const quoted = (text: string) => text.replace(/'/g, "''");

export async function ensureAuditTable(strapi: Core.Strapi) {
  const db = knex(strapi);
  if (!(await db.schema.hasTable(AUDIT_TABLE))) {
    await db.schema.createTable(AUDIT_TABLE, (t) => {
      t.increments('id');
      t.string('at', 32).notNullable();
      t.string('month', 7).notNullable().index();
      t.integer('user_id').nullable();
      t.string('user_email').nullable();
      t.string('user_name').nullable();
      t.string('actor_body').nullable().index();
      t.string('body').nullable().index();
      t.string('action', 32).notNullable();
      t.string('type').notNullable();
      t.string('document_id').nullable();
      t.string('locale', 16).nullable();
      t.text('title').nullable();
      t.string('address', 64).nullable();
      t.text('changes').notNullable();
    });
  }
  const refusal = quoted(AUDIT_TEXT.both('appendOnly'));
  if (strapi.db.dialect.client !== 'postgres') {
    for (const event of ['UPDATE', 'DELETE']) {
      await db.raw(
        `CREATE TRIGGER IF NOT EXISTS ${AUDIT_TABLE}_no_${event.toLowerCase()} BEFORE ${event} ON ${AUDIT_TABLE} ` +
          `BEGIN SELECT RAISE(ABORT, '${refusal}'); END`,
      );
    }
  } else {
    await db.raw(
      `CREATE OR REPLACE FUNCTION ${AUDIT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS ` +
        `$$ BEGIN RAISE EXCEPTION '${refusal}'; END $$`,
    );
    await db.raw(`DROP TRIGGER IF EXISTS ${AUDIT_TABLE}_append_only ON ${AUDIT_TABLE}`);
    await db.raw(
      `CREATE TRIGGER ${AUDIT_TABLE}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${AUDIT_TABLE} ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION ${AUDIT_TABLE}_append_only()`,
    );
  }
}

/**
 * Written inside the action's own transaction when there is one (publishing runs in one): the entry commits
 * with the action, and on SQLite, whose pool has one connection, a second connection would wait forever.
 */
export async function appendEntry(strapi: Core.Strapi, entry: AuditEntry) {
  await strapi.db.transaction(({ trx }) =>
    trx(AUDIT_TABLE).insert({
      at: entry.at,
      month: entry.month,
      user_id: entry.userId,
      user_email: entry.userEmail,
      user_name: entry.userName,
      actor_body: entry.actorBody,
      body: entry.body,
      action: entry.action,
      type: entry.type,
      document_id: entry.documentId,
      locale: entry.locale,
      title: entry.title,
      address: entry.address,
      changes: JSON.stringify(entry.changes),
    }),
  );
}

export interface EntryFilters {
  month: string;
  /** The bodies whose entries may be read, or null for all (the administrator). */
  bodies: string[] | null;
  user?: string;
  type?: string;
  action?: string;
}

export async function findEntries(strapi: Core.Strapi, filters: EntryFilters): Promise<StoredEntry[]> {
  const query = knex(strapi)(AUDIT_TABLE).where('month', filters.month);
  if (filters.bodies) {
    const bodies = filters.bodies;
    query.andWhere((q) => q.whereIn('body', bodies).orWhereIn('actor_body', bodies));
  }
  if (filters.user) {
    const user = filters.user;
    query.andWhere((q) => (/^\d+$/.test(user) ? q.where('user_id', Number(user)) : q.where('user_email', user)));
  }
  if (filters.type) query.andWhere('type', filters.type);
  if (filters.action) query.andWhere('action', filters.action);
  const rows: Array<Record<string, any>> = await query.orderBy('id', 'asc');
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    month: r.month,
    userId: r.user_id === null ? null : Number(r.user_id),
    userEmail: r.user_email,
    userName: r.user_name,
    actorBody: r.actor_body,
    body: r.body,
    action: r.action,
    type: r.type,
    documentId: r.document_id,
    locale: r.locale,
    title: r.title,
    address: r.address,
    changes: JSON.parse(r.changes),
  }));
}
