import type { Core, UID } from '@strapi/strapi';
import { numberedSlug, slugify } from '@column57/snapshot';

type Entry = Record<string, any>;

/**
 * Which types have a slug an editor should never have to type: the field it is proposed from, whether it
 * differs per language, and its schema's length. A slug is an address in the column, unique within its body
 * (or among national entries), and per locale where the slug is localised.
 */
const SLUGGED: Record<string, { from: string; localized: boolean; max: number }> = {
  'api::article.article': { from: 'title', localized: true, max: 100 },
  'api::campaign.campaign': { from: 'title', localized: false, max: 100 },
  // A document's slug comes from its number first (content-rules.ts), from its title only without one.
  'api::resolution-document.resolution-document': { from: 'title', localized: false, max: 80 },
  'api::radio-bulletin.radio-bulletin': { from: 'title', localized: false, max: 80 },
};

const isBlank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/**
 * A typed slug with accents, capitals or spaces is normalised rather than refused ("Hội nghị 2026" becomes
 * "hoi-nghi-2026"), before the rules run; a typed slug already used in the body is still refused there, with
 * the fix, since the editor chose it.
 */
export function normaliseTypedSlug(uid: string, data: Entry) {
  const rule = SLUGGED[uid];
  if (!rule || typeof data.slug !== 'string' || isBlank(data.slug)) return;
  data.slug = slugify(data.slug, rule.max) || data.slug;
}

/**
 * Fills a blank slug from the entry's title, followed by -2, -3 … when another entry of the same body (and
 * locale, where localised) has it. `entry` is what the document will be after the write, `data` the write.
 */
export async function proposeSlug(
  strapi: Core.Strapi,
  uid: string,
  entry: Entry,
  data: Entry,
  where: { documentId?: string; locale?: string; storedLocale?: string },
) {
  const rule = SLUGGED[uid];
  if (!rule) return;
  // A new language of a localised entry: the stored row read is another language's, whose slug is not this one's.
  const otherLanguage = rule.localized && where.storedLocale && where.locale && where.storedLocale !== where.locale && !('slug' in data);
  const current = otherLanguage ? undefined : entry.slug;
  if (!isBlank(current) || isBlank(entry[rule.from]) || (!entry.body && !entry.national)) return;
  const base = slugify(String(entry[rule.from]), rule.max);
  if (!base) return;
  for (let n = 1; ; n++) {
    const slug = numberedSlug(base, n, rule.max);
    const clash: Record<string, unknown> = { slug, ...(entry.body ? { body: { documentId: entry.body } } : { national: true }) };
    if (where.documentId) clash.documentId = { $ne: where.documentId };
    if (rule.localized && where.locale) clash.locale = where.locale;
    if (!(await strapi.db.query(uid as UID.Schema).count({ where: clash }))) {
      data.slug = entry.slug = slug;
      return;
    }
  }
}
