import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../access/actor';
import { vnDay } from '../reporting/period';
import { isProvinceLevel, loadBodies } from './communes';
import { blockExpander } from '../programme-facts/store';
import { scriptFromArticle } from './listening';
import { BULLETIN_TEXT as TEXT } from './messages';
import { BULLETIN } from './rules';
import { voiceForCode } from './voice';

/** A proposal is broadcast for a week, morning and afternoon, until the editor says otherwise. */
const PROPOSED_DAYS = 7;
const PROPOSED_TIMES = '06:30, 17:00';

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function regionalCode(strapi: Core.Strapi, body: { administrativeCode?: string | null; parent?: string | null }) {
  if (!body.parent) return body.administrativeCode ?? null;
  const parent = await strapi.db.query('api::body.body').findOne({ where: { documentId: body.parent }, select: ['administrativeCode'] });
  return parent?.administrativeCode ?? null;
}

/**
 * "Make a bulletin from this article": a draft bulletin of the article's body with a script proposed from
 * the article. Both the read and the write go through the document service as the signed-in account, so
 * the ownership guards decide exactly as in the edit view: another body's article cannot be read, and the
 * new bulletin belongs to the account's own body.
 */
export async function bulletinFromArticle(strapi: Core.Strapi, actor: Actor, articleDocumentId: string, now = new Date()) {
  if (actor.kind !== 'member' && actor.kind !== 'administrator') throw new errors.ForbiddenError(TEXT.both('noBodyForBulletin'));
  const article = await strapi.documents('api::article.article').findOne({
    documentId: articleDocumentId,
    locale: 'vi',
    status: 'draft',
    populate: { body: { fields: ['documentId'] } },
  });
  if (!article) throw new errors.NotFoundError(TEXT.both('articleNotFound'));
  const bodyDocumentId = (article.body as { documentId?: string } | null | undefined)?.documentId;
  if (!bodyDocumentId) throw new errors.ValidationError(TEXT.both('articleWithoutBody'));
  const [owner] = await loadBodies(strapi, { documentId: bodyDocumentId });
  const coded = await strapi.db.query('api::body.body').findOne({ where: { documentId: bodyDocumentId }, select: ['administrativeCode'] });
  const from = vnDay(now);
  // The script is spoken: a programme block's code in the article becomes the block's words.
  const expand = await blockExpander(strapi);
  return strapi.documents(BULLETIN).create({
    data: {
      title: String(article.title).slice(0, 200),
      level: 'normal',
      script: scriptFromArticle({ title: String(article.title), summary: expand(article.summary), content: expand(article.content) }),
      voice: voiceForCode(await regionalCode(strapi, { administrativeCode: coded?.administrativeCode, parent: owner?.parent })),
      broadcastFrom: from,
      broadcastTo: addDays(from, PROPOSED_DAYS - 1),
      broadcastTimes: PROPOSED_TIMES,
      allCommunes: Boolean(owner && isProvinceLevel(owner.kind)),
      sourceArticle: articleDocumentId,
      body: bodyDocumentId,
    },
    status: 'draft',
  });
}
