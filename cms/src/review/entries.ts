import type { Core, UID } from '@strapi/strapi';
import { LABELS } from '../admin-labels';
import { fieldLabel as formLabel } from '../admin-labels/field-label';
import { unscoped } from '../access/scope';
import type { DeskEntry, DeskPerson } from '../desk/events';

/** The field that names an entry of a type (its title, or an honour's recipient), as the list shows it. */
export const mainFieldOf = (uid: string) => LABELS.find((l) => l.uid === uid)?.mainField ?? 'title';

/** A field's label as editors read it ("Tiêu đề (title)"), or its name when it has none. */
export const fieldLabel = (uid: string, field: string) => formLabel(uid, field) ?? field;

export type Row = Record<string, any>;

/** Every stored row of a document (each locale, draft and published), read whoever asks: callers decide access. */
export const rowsOf = (strapi: Core.Strapi, uid: string, documentId: string): Promise<Row[]> =>
  unscoped(() => strapi.db.query(uid as UID.Schema).findMany({ where: { documentId }, populate: { body: { select: ['documentId'] } } }));

/** Writes review fields on every row of a document, so the list shows the state in each locale and status. */
export const setReview = (strapi: Core.Strapi, uid: string, documentId: string, data: Row) =>
  unscoped(() => strapi.db.query(uid as UID.Schema).updateMany({ where: { documentId }, data }));

/** The draft of a document a person would call it by: Vietnamese first. */
export const mainDraft = (rows: Row[]): Row | undefined => {
  const drafts = rows.filter((r) => !r.publishedAt);
  return drafts.find((r) => r.locale === 'vi') ?? drafts[0] ?? rows[0];
};

export function deskEntry(uid: string, rows: Row[]): DeskEntry {
  const row = mainDraft(rows) ?? {};
  return {
    uid,
    documentId: row.documentId,
    locale: row.locale ?? null,
    title: String(row[mainFieldOf(uid)] ?? ''),
    bodyDocumentId: row.body?.documentId ?? null,
  };
}

/** Admin accounts as events and the queue name them (never their password or tokens). */
export async function people(strapi: Core.Strapi, ids: Array<number | null | undefined>): Promise<Map<number, DeskPerson>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (!wanted.length) return new Map();
  const users: Row[] = await unscoped(() =>
    strapi.db.query('admin::user').findMany({ where: { id: { $in: wanted } }, select: ['id', 'email', 'firstname', 'lastname'] }),
  );
  return new Map(
    users.map((u) => [u.id, { id: u.id, email: u.email, name: [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email }]),
  );
}

export const personOf = async (strapi: Core.Strapi, id: number | null | undefined): Promise<DeskPerson | null> =>
  typeof id === 'number' ? ((await people(strapi, [id])).get(id) ?? null) : null;
