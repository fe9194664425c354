import type { Core } from '@strapi/strapi';

/** A slug from a Vietnamese title: diacritics folded, đ to d, words joined by hyphens (the schema's pattern). */
export function slugFromTitle(title: string): string {
  const folded = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (folded.slice(0, 80).replace(/-+$/, '') || 'bai-viet').trim();
}

/** The title's slug, with -2, -3 … when the body already has an article (any locale, any state) with it. */
export async function freeArticleSlug(strapi: Core.Strapi, bodyDocumentId: string, title: string): Promise<string> {
  const base = slugFromTitle(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await strapi.db.query('api::article.article').count({ where: { slug, body: { documentId: bodyDocumentId } } });
    if (!taken) return slug;
  }
}
