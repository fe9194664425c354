import type { Core } from '@strapi/strapi';

const BULLETIN = 'api::radio-bulletin.radio-bulletin';

/** "Bản tin: Đổi mới sáng tạo 2026" -> "ban-tin-doi-moi-sang-tao-2026" (diacritics dropped, đ read as d). */
export function slugOf(text: string, max = 80): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded.slice(0, max).replace(/-+$/, '') || 'ban-tin';
}

/**
 * Fills a bulletin's blank slug, before the rules run, with its title's slug, followed by -2, -3 … when
 * another bulletin of the same body has it. The page of a bulletin lives at that address.
 */
export async function deriveBulletinSlug(
  strapi: Core.Strapi,
  entry: Record<string, any>,
  data: Record<string, any>,
  documentId: string | undefined,
) {
  const blank = entry.slug === undefined || entry.slug === null || String(entry.slug).trim() === '';
  if (!blank || !entry.title || !entry.body) return;
  const base = slugOf(String(entry.title));
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const where: Record<string, unknown> = { slug, body: { documentId: entry.body } };
    if (documentId) where.documentId = { $ne: documentId };
    if (!(await strapi.db.query(BULLETIN).count({ where }))) {
      data.slug = entry.slug = slug;
      return;
    }
  }
}
