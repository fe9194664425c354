import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../validation/field-error';
import { BULLETIN_TEXT as TEXT } from './messages';
import { parseTimes } from './times';
import { type BodyRow, isCommuneLevel, isProvinceLevel, loadBodies, relationAfterWrite } from './communes';
import { relationTargets } from '../access/relation-targets';
import { AUDIO_UPLOADS } from '../policies-data/upload-limits';

export const BULLETIN = 'api::radio-bulletin.radio-bulletin';

type Entry = Record<string, any>;
interface Context {
  strapi: Core.Strapi;
  documentId?: string;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** "06:30, 17:00": every piece a time of day, and at least one. */
export function timeProblems(entry: Entry): FieldProblem[] {
  if (entry.broadcastTimes === undefined) return [];
  const { times, malformed } = parseTimes(entry.broadcastTimes);
  if (malformed.length) return malformed.map((time) => ({ field: 'broadcastTimes', ...TEXT.pair('timeMalformed', { time }) }));
  return times.length ? [] : [{ field: 'broadcastTimes', ...TEXT.pair('noTimes') }];
}

export function windowProblems(entry: Entry): FieldProblem[] {
  const [from, to] = [entry.broadcastFrom, entry.broadcastTo].map((d) => (d ? String(d).slice(0, 10) : ''));
  return from && to && to < from ? [{ field: 'broadcastTo', ...TEXT.pair('toBeforeFrom', { from, to }) }] : [];
}

/** The stored draft's relations, which the shared rule runner does not read. */
async function storedRelations(ctx: Context): Promise<{ communes: string[]; sourceArticle: string | null }> {
  if (!ctx.documentId) return { communes: [], sourceArticle: null };
  const row = await ctx.strapi.db.query(BULLETIN).findOne({
    where: { documentId: ctx.documentId, publishedAt: null },
    populate: { communes: { select: ['documentId'] }, sourceArticle: { select: ['documentId'] } },
  });
  return {
    communes: (row?.communes ?? []).map((c: { documentId: string }) => c.documentId),
    sourceArticle: row?.sourceArticle?.documentId ?? null,
  };
}

/**
 * Whom a bulletin is broadcast to. A province or city: all its communes or some of them, never another's.
 * A commune, ward or special zone: itself (its own bulletin), nothing else. Any other body: no commune.
 */
export function targetProblems(owner: BodyRow, targets: BodyRow[], allCommunes: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (allCommunes && !isProvinceLevel(owner.kind)) problems.push({ field: 'allCommunes', ...TEXT.pair('allCommunesNotProvince') });
  for (const target of targets) {
    if (isCommuneLevel(owner.kind)) {
      if (target.documentId !== owner.documentId) {
        problems.push({ field: 'communes', ...TEXT.pair('communeTargetsOther', { name: target.nameVi }) });
      }
    } else if (!isCommuneLevel(target.kind) || target.parent !== owner.documentId) {
      problems.push({ field: 'communes', ...TEXT.pair('notOwnCommune', { name: target.nameVi }) });
    }
  }
  if (isProvinceLevel(owner.kind) && !allCommunes && !targets.length) problems.push({ field: 'communes', ...TEXT.pair('noTarget') });
  return problems;
}

async function ownerOf(strapi: Core.Strapi, documentId: string | null | undefined): Promise<BodyRow | undefined> {
  return documentId ? (await loadBodies(strapi, { documentId }))[0] : undefined;
}

async function relationProblems(entry: Entry, ctx: Context): Promise<FieldProblem[]> {
  const owner = await ownerOf(ctx.strapi, entry.body);
  if (!owner) return []; // the owner rule says what is missing
  const stored = await storedRelations(ctx);
  const targets = await relationAfterWrite(ctx.strapi, stored.communes, entry.communes);
  const problems = targetProblems(owner, targets, Boolean(entry.allCommunes));
  const asked = relationTargets(entry.sourceArticle);
  const source = entry.sourceArticle === undefined ? stored.sourceArticle : ([...asked.documentIds][0] ?? [...asked.ids][0] ?? null);
  if (source !== null) {
    const byId = typeof source === 'number' ? { id: source } : { documentId: source };
    const article = await ctx.strapi.db
      .query('api::article.article')
      .findOne({ where: byId, populate: { body: { select: ['documentId'] } } });
    if (article?.body?.documentId !== owner.documentId) problems.push({ field: 'sourceArticle', ...TEXT.pair('sourceNotOwn') });
  }
  return problems;
}

/** A recording, of a type loudspeaker systems and phones play: checked on the stored file, whatever the picker allowed. */
async function audioProblems(entry: Entry, ctx: Context): Promise<FieldProblem[]> {
  const value = entry.audio;
  if (isBlank(value) || (Array.isArray(value) && !value.length)) return [];
  const file =
    typeof value === 'object' && !Array.isArray(value) && 'mime' in value
      ? value
      : await ctx.strapi.db.query('plugin::upload.file').findOne({ where: { id: [...relationTargets(value).ids][0] ?? -1 } });
  if (!file) return [];
  const mime = String(file.mime ?? '').split(';')[0];
  return AUDIO_UPLOADS[mime] ? [] : [{ field: 'audio', ...TEXT.pair('audioNotAudio', { name: file.name, mime }) }];
}

async function slugProblems(entry: Entry, ctx: Context): Promise<FieldProblem[]> {
  if (isBlank(entry.slug) || !entry.body) return [];
  const where: Entry = { slug: entry.slug, body: { documentId: entry.body } };
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  const count = await ctx.strapi.db.query(BULLETIN).count({ where });
  return count ? [{ field: 'slug', ...TEXT.pair('slugTaken', { slug: entry.slug }) }] : [];
}

/** The rules of a bulletin, after its owner rule (content-rules.ts). */
export const BULLETIN_RULES = [timeProblems, windowProblems, relationProblems, audioProblems, slugProblems];
