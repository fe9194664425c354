import type { Core } from '@strapi/strapi';
import { COMMUNE_LEVEL_KINDS, PROVINCE_LEVEL_KINDS } from '@column57/snapshot';
import { relationTargets } from '../access/relation-targets';

/** A body as the bulletin rules and exports read it: its kind today, its parent, and its population if entered. */
export interface BodyRow {
  id: number;
  documentId: string;
  slug: string;
  nameVi: string;
  kind: string;
  parent: string | null;
  population: number | null;
}

type Stored = {
  id: number;
  documentId: string;
  slug: string;
  nameVi: string;
  population?: number | string | null;
  parent?: { documentId: string } | null;
  kindHistory?: Array<{ kind: string; effectiveFrom: string }>;
};

/** The kind in force today: the latest period that has started (the first one if none has). */
export function kindToday(history: Array<{ kind: string; effectiveFrom: string }> = [], today = new Date().toISOString().slice(0, 10)) {
  const sorted = [...history].sort((a, b) => String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)));
  return (sorted.filter((h) => String(h.effectiveFrom).slice(0, 10) <= today).pop() ?? sorted[0])?.kind ?? 'province';
}

export const isCommuneLevel = (kind: string) => (COMMUNE_LEVEL_KINDS as readonly string[]).includes(kind);
export const isProvinceLevel = (kind: string) => (PROVINCE_LEVEL_KINDS as readonly string[]).includes(kind);

/**
 * Bodies read with what the rules need. `population` is read only where the body type has it (it comes
 * with the communes' import); without it, coverage is counted by communes.
 */
export async function loadBodies(strapi: Core.Strapi, where: Record<string, unknown> = {}): Promise<BodyRow[]> {
  const hasPopulation = 'population' in (strapi.contentType('api::body.body').attributes as object);
  const rows: Stored[] = await strapi.db.query('api::body.body').findMany({
    where,
    select: ['id', 'documentId', 'slug', 'nameVi', ...(hasPopulation ? ['population'] : [])],
    populate: { parent: { select: ['documentId'] }, kindHistory: true },
  });
  return rows.map((row) => {
    const population = row.population === null || row.population === undefined ? null : Number(row.population);
    return {
      id: row.id,
      documentId: row.documentId,
      slug: row.slug,
      nameVi: row.nameVi,
      kind: kindToday(row.kindHistory),
      parent: row.parent?.documentId ?? null,
      population: population !== null && Number.isFinite(population) && population > 0 ? population : null,
    };
  });
}

/** The commune-level bodies a province or city runs. */
export async function communesOf(strapi: Core.Strapi, provinceDocumentId: string): Promise<BodyRow[]> {
  return (await loadBodies(strapi, { parent: { documentId: provinceDocumentId } })).filter((b) => isCommuneLevel(b.kind));
}

/**
 * The bodies a relation list will hold after a write: what is stored, replaced by a plain list or `set`, or
 * changed by `connect` and `disconnect` (what the admin form sends). Items may be ids or document ids.
 */
export async function relationAfterWrite(strapi: Core.Strapi, stored: string[], value: unknown): Promise<BodyRow[]> {
  if (value === undefined) return stored.length ? loadBodies(strapi, { documentId: { $in: stored } }) : [];
  const v = (value ?? {}) as Record<string, unknown>;
  const replaces = value === null || Array.isArray(value) || typeof value !== 'object' || 'set' in v;
  const added = relationTargets(replaces ? (Array.isArray(value) || typeof value !== 'object' ? value : v.set) : v.connect);
  const removed = replaces ? relationTargets(null) : relationTargets(v.disconnect);
  const asked = [...added.documentIds, ...removed.documentIds, ...stored];
  const askedIds = [...added.ids, ...removed.ids];
  const rows = await loadBodies(strapi, { $or: [{ documentId: { $in: [...asked, '-'] } }, { id: { $in: [...askedIds, -1] } }] });
  const byId = new Map(rows.map((r) => [r.id, r.documentId]));
  const toDocuments = (set: { documentIds: Set<string>; ids: Set<number> }) =>
    new Set([...set.documentIds, ...[...set.ids].map((id) => byId.get(id) ?? `#${id}`)]);
  const final = replaces ? toDocuments(added) : new Set([...stored, ...toDocuments(added)]);
  for (const documentId of toDocuments(removed)) final.delete(documentId);
  const known = new Map(rows.map((r) => [r.documentId, r]));
  // An id that names no body is kept as a row of its own, so the rules can name it and refuse it.
  return [...final].map(
    (documentId) =>
      known.get(documentId) ?? { id: -1, documentId, slug: documentId, nameVi: documentId, kind: '', parent: null, population: null },
  );
}
