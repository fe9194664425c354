import type { Core, UID } from '@strapi/strapi';
import { canonical, type ColumnPath, paths } from '@column57/snapshot';
import type { Locale } from '@column57/i18n';
import type { Actor } from '../access/actor';
import { readScope, within } from '../access/scope';

/** The types that have a page of their own in a column, and the path rule of each (packages/snapshot). */
export const LINKABLE: Record<string, (locale: Locale, slug: string) => ColumnPath> = {
  'api::article.article': paths.article,
  'api::resolution-document.resolution-document': paths.document,
  'api::campaign.campaign': paths.campaign,
  'api::radio-bulletin.radio-bulletin': paths.bulletin,
};

export interface LiveLink {
  live: boolean;
  /** The page in the entry's own column; null while not published, or for national content (in every column). */
  url: string | null;
  publishedAt: string | null;
}

/**
 * Where a published entry can be read: its body's public address, base path and the page's path. Read
 * through the ownership rule, so another body's entry is as good as absent. Radio bulletins exist in
 * Vietnamese only, so their link stays Vietnamese.
 */
export async function liveLinkOf(strapi: Core.Strapi, actor: Actor, uid: string, documentId: string, locale: Locale): Promise<LiveLink> {
  const scope = await readScope(strapi, actor, uid);
  const localised = Boolean((strapi.contentType(uid as UID.ContentType) as any).pluginOptions?.i18n?.localized);
  const where = within({ documentId, publishedAt: { $notNull: true }, ...(localised ? { locale } : {}) }, scope);
  const row = await strapi.db.query(uid as UID.Schema).findOne({
    where,
    select: ['slug', 'publishedAt'],
    populate: { body: { select: ['publicBaseUrl', 'basePath'] } },
  });
  if (!row?.slug) return { live: false, url: null, publishedAt: null };
  const body = row.body;
  const pageLocale = uid === 'api::radio-bulletin.radio-bulletin' ? 'vi' : locale;
  const url = body?.publicBaseUrl ? canonical(body.publicBaseUrl, body.basePath ?? '/', LINKABLE[uid](pageLocale, row.slug)) : null;
  return { live: true, url, publishedAt: new Date(row.publishedAt).toISOString() };
}
