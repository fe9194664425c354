import type { Core } from '@strapi/strapi';
import { COMMUNE_LEVEL_KINDS, PROVINCE_LEVEL_KINDS } from '@column57/snapshot';

/**
 * Provinces and their communes as stored: a commune-level body points at its province through `parent`.
 * The kind that counts is the latest period of `kindHistory` (what the body is now, or is about to be).
 */
type Period = { kind?: string | null; effectiveFrom?: unknown };

export const BODY_UID = 'api::body.body';

export function latestKind(history: Period[] | null | undefined): string | null {
  const sorted = [...(history ?? [])].sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
  return sorted.at(-1)?.kind ?? null;
}

export const isCommuneLevel = (kind: string | null) => (COMMUNE_LEVEL_KINDS as readonly (string | null)[]).includes(kind);
export const isProvinceLevel = (kind: string | null) => (PROVINCE_LEVEL_KINDS as readonly (string | null)[]).includes(kind);

export interface StoredBody {
  id: number;
  documentId: string;
  slug: string;
  nameVi: string;
  kind: string | null;
  parent: string | null;
}

/** A body by document id, with its kind and its parent's document id. */
export async function storedBody(strapi: Core.Strapi, documentId: string): Promise<StoredBody | null> {
  const row = await strapi.db.query(BODY_UID).findOne({
    where: { documentId },
    populate: { kindHistory: true, parent: { select: ['documentId'] } },
  });
  return row ? toStored(row) : null;
}

const toStored = (row: any): StoredBody => ({
  id: row.id,
  documentId: row.documentId,
  slug: row.slug,
  nameVi: row.nameVi,
  kind: latestKind(row.kindHistory),
  parent: row.parent?.documentId ?? null,
});

/** The commune-level bodies whose parent is this province (document ids, slugs, codes). */
export async function communesOf(strapi: Core.Strapi, provinceDocumentId: string) {
  const rows = await strapi.db.query(BODY_UID).findMany({
    where: { parent: { documentId: provinceDocumentId } },
    populate: { kindHistory: true, parent: { select: ['documentId'] } },
    orderBy: { slug: 'asc' },
  });
  return rows.map((row: any) => ({ ...toStored(row), administrativeCode: row.administrativeCode ?? null, row }));
}
