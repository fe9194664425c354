import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../validation/field-error';
import { VALIDATION_TEXT as TEXT } from '../validation/messages';
import { unscoped } from '../access/scope';
import { BODY_UID, isCommuneLevel, isProvinceLevel, latestKind, storedBody } from './hierarchy';

type Entry = Record<string, any>;
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * A body's place in the hierarchy: only a commune-level body has a parent, it must have one, and the parent
 * is a province or centrally run city; a commune's code has five digits, a province's two.
 */
export async function hierarchyProblems(strapi: Core.Strapi, entry: Entry, documentId?: string): Promise<FieldProblem[]> {
  const kind = latestKind(entry.kindHistory);
  const problems: FieldProblem[] = [];
  const parent = typeof entry.parent === 'string' ? entry.parent : null;
  if (parent && documentId && parent === documentId) problems.push({ field: 'parent', ...TEXT.pair('parentIsSelf') });
  else if (parent && !isCommuneLevel(kind)) problems.push({ field: 'parent', ...TEXT.pair('parentOnlyForCommunes') });
  else if (parent) {
    const found = await storedBody(strapi, parent);
    if (!found || !isProvinceLevel(found.kind)) {
      problems.push({ field: 'parent', ...TEXT.pair('parentNotProvince', { parent: found?.nameVi ?? parent }) });
    }
  } else if (isCommuneLevel(kind)) problems.push({ field: 'parent', ...TEXT.pair('parentMissing') });
  const code = blank(entry.administrativeCode) ? null : String(entry.administrativeCode);
  if (code && isCommuneLevel(kind) && !/^\d{5}$/.test(code)) {
    problems.push({ field: 'administrativeCode', ...TEXT.pair('communeCodeMalformed', { code }) });
  }
  if (code && isProvinceLevel(kind) && !/^\d{2}$/.test(code)) {
    problems.push({ field: 'administrativeCode', ...TEXT.pair('provinceCodeMalformed', { code }) });
  }
  // A code names one unit of the national list. Looked up across every body (unscoped): a code taken by a
  // unit of another province would otherwise block that province's next import of its official list.
  if (code) {
    const holder = await unscoped(() =>
      strapi.db.query(BODY_UID).findOne({
        where: { administrativeCode: code, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
        select: ['nameVi'],
      }),
    );
    if (holder) problems.push({ field: 'administrativeCode', ...TEXT.pair('codeTaken', { code, holder: holder.nameVi }) });
  }
  return problems;
}

/** Sharing an article to communes: only a province shares, and only to communes whose parent it is. */
export async function sharingProblems(strapi: Core.Strapi, entry: Entry): Promise<FieldProblem[]> {
  const targets: string[] = Array.isArray(entry.sharedTo) ? entry.sharedTo : [];
  if (!entry.sharedToAllCommunes && !targets.length) return [];
  const owner = typeof entry.body === 'string' ? await storedBody(strapi, entry.body) : null;
  if (!owner || !isProvinceLevel(owner.kind)) {
    return [{ field: entry.sharedToAllCommunes ? 'sharedToAllCommunes' : 'sharedTo', ...TEXT.pair('shareNotProvince') }];
  }
  if (!targets.length) return [];
  const rows = await strapi.db.query(BODY_UID).findMany({
    where: { documentId: { $in: targets } },
    populate: { parent: { select: ['documentId'] } },
    select: ['documentId', 'nameVi'],
  });
  const own = new Set(rows.filter((r: any) => r.parent?.documentId === owner.documentId).map((r: any) => r.documentId));
  const foreign = targets.filter((t) => !own.has(t));
  if (!foreign.length) return [];
  const names = foreign.map((t) => rows.find((r: any) => r.documentId === t)?.nameVi ?? t).join(', ');
  return [{ field: 'sharedTo', ...TEXT.pair('shareNotOwnCommune', { names }) }];
}
