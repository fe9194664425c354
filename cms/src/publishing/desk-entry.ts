import type { Core } from '@strapi/strapi';
import { unscoped } from '../access/scope';
import type { DeskEntry, DeskPerson } from '../desk/events';

type AdminUser = { id: number; email?: string; firstname?: string | null; lastname?: string | null } | null | undefined;

/** An admin account as desk events name it: never its password, tokens or roles. */
export function deskPerson(user: AdminUser): DeskPerson | null {
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: [user.lastname, user.firstname].filter(Boolean).join(' ') || user.email };
}

/** The field people know an entry by: most types have a title, an honour its recipient. */
const titleOf = (row: Record<string, any>) => String(row.title ?? row.recipient ?? row.name ?? row.documentId);

export interface DeskEntryRow {
  entry: DeskEntry;
  createdBy: DeskPerson | null;
  updatedBy: DeskPerson | null;
}

/**
 * One entry of an owned type as desk events carry it, with who created and last saved its draft. Read
 * unscoped: the caller decides who may hear of it (the system's scheduler, a listener outside any request).
 */
export async function deskEntryOf(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | null,
): Promise<DeskEntryRow | null> {
  const people = { select: ['id', 'email', 'firstname', 'lastname'] };
  const rows = (await unscoped(() =>
    strapi.db.query(uid as any).findMany({
      where: { documentId, ...(locale ? { locale } : {}) },
      populate: { body: { select: ['documentId'] }, createdBy: people, updatedBy: people },
      orderBy: { publishedAt: 'desc' },
    }),
  )) as Array<Record<string, any>>;
  // The draft (publishedAt null) is the version editors work on: it names who last saved it.
  const row = rows.find((r) => !r.publishedAt) ?? rows[0];
  if (!row) return null;
  return {
    entry: { uid, documentId, locale: row.locale ?? locale ?? null, title: titleOf(row), bodyDocumentId: row.body?.documentId ?? null },
    createdBy: deskPerson(row.createdBy),
    updatedBy: deskPerson(row.updatedBy),
  };
}
