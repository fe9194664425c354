import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { actorForRequest } from '../access/actor';
import { relationTargets } from '../access/relation-targets';
import { ACCESS_TEXT, sentences } from '../access/messages';
import { BODY, bodyWriteScope, unscoped, within } from '../access/scope';
import { communeDefaults, communeNames, communeSlug, isCommuneKind } from './naming';
import { latestKind } from './hierarchy';

const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);
const refuse = (): never => {
  throw new errors.ForbiddenError(sentences(ACCESS_TEXT.pair('ownCommunesOnly')));
};
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The document-level half of the commune rule (access/scope.ts, `bodyWriteScope`): a body member may
 * create a body only as a commune of their own province, and change only the communes whose parent is
 * their body; the parent always comes from the account. What a new commune leaves empty it takes from its
 * province (communes/naming.ts). The data guard applies the same scope to every database write.
 */
export function registerCommuneGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== BODY || READS.has(context.action)) return next();
    const actor = await actorForRequest(strapi);
    if (actor.kind !== 'member' && actor.kind !== 'nobody') {
      // The administrator may create a commune of any province: it fills from the province it names.
      const params = context.params as Record<string, any>;
      if (context.action === 'create' && params.data) {
        const [parent] = await parentDocumentIds(strapi, params.data.parent);
        if (parent) await fillFromProvince(strapi, params.data, parent);
      }
      return next();
    }
    const scope = bodyWriteScope(actor);
    if (actor.kind !== 'member' || !actor.canPublish || !scope) return refuse();
    const params = context.params as Record<string, any>;
    if (context.action === 'create') {
      params.data = { ...(params.data ?? {}), parent: actor.bodyDocumentId };
      await fillFromProvince(strapi, params.data, actor.bodyDocumentId);
      return next();
    }
    if (context.action !== 'update' || typeof params.documentId !== 'string') return refuse();
    const mine = await unscoped(() => strapi.db.query(BODY).count({ where: within({ documentId: params.documentId }, scope) }));
    if (!mine) return refuse();
    if (params.data && typeof params.data === 'object') {
      delete params.data.documentId;
      params.data.parent = actor.bodyDocumentId;
    }
    return next();
  });
}

/** The document ids a relation value names (by document id or by row id). */
async function parentDocumentIds(strapi: Core.Strapi, value: unknown): Promise<string[]> {
  const { documentIds, ids } = relationTargets(value);
  const byId = ids.size
    ? await unscoped(() => strapi.db.query(BODY).findMany({ where: { id: { $in: [...ids] } }, select: ['documentId'] }))
    : [];
  return [...documentIds, ...byId.map((row: { documentId: string }) => row.documentId)];
}

/** Names, slug and column fields a commune created without them takes from its kind, name and province. */
export async function fillFromProvince(strapi: Core.Strapi, data: Record<string, any>, provinceDocumentId: string) {
  const province = await unscoped(() =>
    strapi.db.query(BODY).findOne({ where: { documentId: provinceDocumentId }, populate: { logo: { select: ['id'] } } }),
  );
  const kind = latestKind(data.kindHistory);
  if (!province || !isCommuneKind(kind)) return;
  const name = String(data.nameVi ?? '');
  if (name) {
    const names = communeNames(kind, name);
    for (const [key, value] of Object.entries(names)) if (blank(data[key]) || key === 'nameVi') data[key] = value;
  }
  if (blank(data.slug) && name) {
    data.slug = await communeSlug(province.slug, kind, name, async (slug) =>
      Boolean(await unscoped(() => strapi.db.query(BODY).count({ where: { slug } }))),
    );
  }
  const defaults = communeDefaults(province, String(data.slug ?? ''));
  for (const [key, value] of Object.entries(defaults)) if (blank(data[key]) && value !== null) data[key] = value;
}
