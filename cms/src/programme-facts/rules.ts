import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { unscoped } from '../access/scope';
import type { FieldProblem } from '../validation/field-error';
import { blockKeysIn } from './codes';
import { PROGRAMME_FACT_TEXT as TEXT } from './messages';
import { PROGRAMME_FACT, programmeFacts } from './store';

/** The texts of each type that may embed a block (what a page of the column prints as prose). */
export const TEXTS_WITH_BLOCKS: Record<string, string[]> = {
  'api::article.article': ['summary', 'content'],
  'api::resolution-document.resolution-document': ['summary', 'fullText'],
  'api::campaign.campaign': ['description'],
};

/** A rule of content-rules.ts: every code in the entry's texts names a block that exists, or its field says which. */
export async function blockProblems(strapi: Core.Strapi, uid: string, entry: Record<string, unknown>): Promise<FieldProblem[]> {
  const fields = (TEXTS_WITH_BLOCKS[uid] ?? []).filter((field) => typeof entry[field] === 'string' && entry[field].includes('{{'));
  if (!fields.length) return [];
  const facts = await programmeFacts(strapi);
  const known = [...facts.keys()];
  return fields.flatMap((field) =>
    blockKeysIn(entry[field] as string)
      .filter((key) => !facts.has(key))
      .map((key) => ({
        field,
        ...TEXT.pair('unknownBlock', { key, known: known.length ? known.join(', ') : TEXT.t('vi', 'noBlocks') }),
      })),
  );
}

/** The titles of entries (drafts or published, any locale) whose texts embed `key`, a few of them. */
async function embeddersOf(strapi: Core.Strapi, key: string): Promise<string[]> {
  const titles = new Set<string>();
  for (const [uid, fields] of Object.entries(TEXTS_WITH_BLOCKS)) {
    // Every body's entries, whoever deletes: the national editor's own scope would not show a body's articles.
    const rows = await unscoped(() =>
      strapi.db.query(uid as UID.Schema).findMany({
        where: { $or: fields.map((field) => ({ [field]: { $contains: `:${key}` } })) },
        select: ['title', ...fields],
        limit: 50,
      }),
    );
    for (const row of rows) if (fields.some((f) => blockKeysIn(row[f]).includes(key))) titles.add(`"${row.title}"`);
  }
  return [...titles];
}

/** A block still embedded somewhere is not deleted: the texts would lose words without anyone seeing it. */
export function registerBlockGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== PROGRAMME_FACT || context.action !== 'delete') return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    const row = documentId ? await strapi.db.query(PROGRAMME_FACT).findOne({ where: { documentId } }) : null;
    if (row) {
      const titles = await embeddersOf(strapi, row.key);
      if (titles.length) {
        const shown = titles.slice(0, 5).join(', ') + (titles.length > 5 ? ', …' : '');
        throw new errors.ValidationError(TEXT.both('inUse', { key: row.key, titles: shown }));
      }
    }
    return next();
  });
}
