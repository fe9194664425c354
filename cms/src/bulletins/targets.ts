import type { Core } from '@strapi/strapi';
import { type BodyRow, communesOf, isCommuneLevel, isProvinceLevel, loadBodies } from './communes';
import { BULLETIN } from './rules';

/** What decides where a bulletin is broadcast: its owner, the "all communes" box and the chosen communes. */
export interface Targeting {
  owner: BodyRow;
  allCommunes: boolean;
  communes: Array<{ documentId: string }>;
}

/**
 * The communes a bulletin is broadcast in, as body rows: a province's all or chosen communes (only its own,
 * whatever is stored), a commune's own bulletin in that commune, nothing for any other body. `provinceCommunes`
 * answers a province's communes (cached by the caller for a whole export).
 */
export async function broadcastCommunes(
  targeting: Targeting,
  provinceCommunes: (provinceDocumentId: string) => Promise<BodyRow[]>,
): Promise<BodyRow[]> {
  const { owner } = targeting;
  if (isCommuneLevel(owner.kind)) return [owner];
  if (!isProvinceLevel(owner.kind)) return [];
  const own = await provinceCommunes(owner.documentId);
  if (targeting.allCommunes) return own;
  const chosen = new Set(targeting.communes.map((c) => c.documentId));
  return own.filter((c) => chosen.has(c.documentId));
}

/** A cache of provinces' communes for one export or one report. */
export function communesCache(strapi: Core.Strapi) {
  const known = new Map<string, Promise<BodyRow[]>>();
  return (provinceDocumentId: string) => {
    if (!known.has(provinceDocumentId)) known.set(provinceDocumentId, communesOf(strapi, provinceDocumentId));
    return known.get(provinceDocumentId)!;
  };
}

/** Every commune any version (draft or published) of a bulletin is broadcast in: whose columns a change touches. */
export async function bulletinCommuneSlugs(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const versions: Array<{ allCommunes?: boolean; body?: { documentId: string } | null; communes?: Array<{ documentId: string }> }> =
    await strapi.db.query(BULLETIN).findMany({
      where: { documentId },
      populate: { body: { select: ['documentId'] }, communes: { select: ['documentId'] } },
    });
  const cache = communesCache(strapi);
  const slugs = new Set<string>();
  for (const version of versions) {
    const owner = version.body ? (await loadBodies(strapi, { documentId: version.body.documentId }))[0] : undefined;
    if (!owner) continue;
    const targets = await broadcastCommunes({ owner, allCommunes: Boolean(version.allCommunes), communes: version.communes ?? [] }, cache);
    for (const commune of targets) slugs.add(commune.slug);
  }
  return [...slugs];
}
