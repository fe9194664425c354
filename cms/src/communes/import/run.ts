import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../../access/actor';
import { sentences } from '../../access/messages';
import { BODY, managesCommunesOf, unscoped } from '../../access/scope';
import { fillFromProvince } from '../guard';
import { communeNames } from '../naming';
import { isProvinceLevel, latestKind, storedBody } from '../hierarchy';
import { COMMUNES_TEXT } from '../messages';
import { type Existing, fileProblem, type Plan, planImport } from './plan';
import { readTable, UnknownFormat, UnreadableFile } from './read';

export interface ImportRequest {
  /** The province's slug: required of an administrator, a publisher's own province otherwise. */
  province?: string;
  filename?: string;
  /** The file's bytes, base64 (the admin page reads the chosen file and sends it as JSON). */
  content?: string;
  apply?: boolean;
}

export interface ImportAnswer extends Plan {
  province: { slug: string; nameVi: string };
  applied: boolean;
}

const bad = (say: (l: 'vi' | 'en') => string): never => {
  throw new errors.ValidationError(`${say('vi')} / ${say('en')}`);
};

/** The province the import is for: the account's own, or the one an administrator names; refused otherwise. */
async function provinceFor(strapi: Core.Strapi, actor: Actor, slug: string | undefined) {
  const row =
    actor.kind === 'member'
      ? await strapi.db.query(BODY).findOne({ where: { documentId: actor.bodyDocumentId }, select: ['documentId'] })
      : slug
        ? await strapi.db.query(BODY).findOne({ where: { slug }, select: ['documentId'] })
        : null;
  if (!row && actor.kind === 'administrator') {
    if (!slug) bad((l) => COMMUNES_TEXT.t(l, 'provinceRequired'));
    bad((l) => COMMUNES_TEXT.t(l, 'provinceUnknown', { slug: slug! }));
  }
  if (!row || !managesCommunesOf(actor, row.documentId)) {
    throw new errors.ForbiddenError(sentences(COMMUNES_TEXT.pair('notYourProvince')));
  }
  const province = (await storedBody(strapi, row.documentId))!;
  if (!isProvinceLevel(province.kind)) bad((l) => COMMUNES_TEXT.t(l, 'notProvince', { name: province.nameVi }));
  return province;
}

async function existingUnits(strapi: Core.Strapi): Promise<Existing[]> {
  const rows = await strapi.db.query(BODY).findMany({ populate: { kindHistory: true, parent: { select: ['documentId'] } } });
  return rows.map((r: any) => ({
    documentId: r.documentId,
    slug: r.slug,
    code: r.administrativeCode ?? null,
    nameVi: r.nameVi,
    kind: latestKind(r.kindHistory),
    population: r.population ?? null,
    parent: r.parent?.documentId ?? null,
  }));
}

/**
 * A dry run, or with `apply` the same plan carried out in one transaction: read the file, plan against what
 * is stored, and write only when the plan has no problem. Run again with the same file, it finds every
 * unit unchanged and writes nothing.
 */
export async function importCommunes(strapi: Core.Strapi, actor: Actor, request: ImportRequest): Promise<ImportAnswer> {
  // The rule is applied here (provinceFor); the reads that plan it see every body's code.
  const province = await provinceFor(strapi, actor, request.province);
  if (!request.content || !request.filename) bad((l) => COMMUNES_TEXT.t(l, 'fileMissing'));
  let table;
  try {
    table = await readTable(request.filename!, Buffer.from(request.content!, 'base64'));
  } catch (error) {
    if (error instanceof UnknownFormat)
      return answer(
        province,
        failed((l) => COMMUNES_TEXT.t(l, 'formatUnknown', { name: request.filename! })),
      );
    if (error instanceof UnreadableFile)
      return answer(
        province,
        failed((l) => COMMUNES_TEXT.t(l, 'unreadable', { reason: error.message })),
      );
    throw error;
  }
  const plan = planImport(table, province.documentId, await unscoped(() => existingUnits(strapi)));
  if (!request.apply || plan.problems.length || (!plan.create.length && !plan.change.length)) return answer(province, plan);
  await strapi.db.transaction(async () => {
    // Planned again inside the transaction: what was checked is what is written.
    const fresh = planImport(table, province.documentId, await unscoped(() => existingUnits(strapi)));
    if (fresh.problems.length) throw new errors.ValidationError(fresh.problems.map((p) => `${p.vi} / ${p.en}`).join('\n'));
    await write(strapi, province.documentId, fresh);
  });
  return { ...answer(province, plan), applied: true };
}

const failed = (say: (l: 'vi' | 'en') => string): Plan => ({
  create: [],
  change: [],
  unchanged: [],
  notInFile: [],
  problems: [fileProblem(say)],
});
const answer = (province: { slug: string; nameVi: string }, plan: Plan): ImportAnswer => ({
  ...plan,
  province: { slug: province.slug, nameVi: province.nameVi },
  applied: false,
});

async function write(strapi: Core.Strapi, provinceDocumentId: string, plan: Plan) {
  const today = new Date().toISOString().slice(0, 10);
  const bodies = strapi.documents(BODY as 'api::body.body');
  for (const unit of plan.create) {
    const data: Record<string, any> = {
      nameVi: unit.nameVi,
      administrativeCode: unit.code,
      population: unit.population,
      parent: provinceDocumentId,
      kindHistory: [{ kind: unit.kind, effectiveFrom: today, legalBasis: null }],
    };
    await fillFromProvince(strapi, data, provinceDocumentId);
    await bodies.create({ data } as any);
  }
  for (const unit of plan.change) {
    const stored = await strapi.db.query(BODY).findOne({ where: { documentId: unit.documentId }, populate: { kindHistory: true } });
    const history = (stored?.kindHistory ?? []).map(({ kind, effectiveFrom, legalBasis }: any) => ({ kind, effectiveFrom, legalBasis }));
    // The English and short names follow the official name; the slug, an address, and the column stay.
    const data: Record<string, any> = { ...communeNames(unit.kind, unit.nameVi), population: unit.population, parent: provinceDocumentId };
    data.kindHistory = unit.kind === unit.before.kind ? history : [...history, { kind: unit.kind, effectiveFrom: today, legalBasis: null }];
    await bodies.update({ documentId: unit.documentId, data } as any);
  }
}
