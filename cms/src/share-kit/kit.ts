import type { Core } from '@strapi/strapi';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessiblePalette, canonical, paths, UNBRANDED } from '@column57/snapshot';
import type { Locale } from '@column57/i18n';
import type { Banner } from '@column57/artwork';
import type { Actor } from '../access/actor';
import { type Filters, readScope, within } from '../access/scope';
import { blockExpander } from '../programme-facts/store';
import { publicCmsUrl } from '../subscriptions/routes';
import { SHARE_KIT_SIZES } from './limits';
import { shareTexts, type ShareTexts } from './text';

export const ARTICLE = 'api::article.article';

/**
 * A short link is the first characters of the article's document id (random, 24 letters and digits): ten of
 * them leave 36^10 codes, so two published articles sharing one is not a case worth a table of links. The
 * English page is the same code under `/en`.
 */
export const SHORT_CODE_LENGTH = 10;
export const shortCodeOf = (documentId: string) => documentId.slice(0, SHORT_CODE_LENGTH);
export const shortLinkOf = (strapi: Core.Strapi, documentId: string, locale: Locale) =>
  `${publicCmsUrl(strapi)}/l/${shortCodeOf(documentId)}${locale === 'en' ? '/en' : ''}`;
export const pictureUrlOf = (strapi: Core.Strapi, documentId: string, locale: Locale, size: string) =>
  `${publicCmsUrl(strapi)}/api/column57/share-kit/${shortCodeOf(documentId)}/${size}.jpg${locale === 'en' ? '?locale=en' : ''}`;

export interface LiveArticle {
  documentId: string;
  locale: Locale;
  title: string;
  summary: string;
  /** The page in the body's column. */
  url: string;
  body: { documentId: string; slug: string; name: string; primaryColor: string | null; secondaryColor: string | null };
  topics: string[];
  /** The cover as the upload provider stores it: a path under public/ or an absolute URL; null without one. */
  cover: string | null;
}

/**
 * The published article in one language, with what a kit needs, read within `scope` (the caller's ownership
 * scope; null for the public routes, which only ever see published articles). Null when there is none, or when
 * its body has no public column to link to.
 */
export async function liveArticle(strapi: Core.Strapi, where: Filters, locale: Locale, scope: Filters | null): Promise<LiveArticle | null> {
  const rows = await strapi.db.query(ARTICLE).findMany({
    where: within({ ...where, locale, publishedAt: { $notNull: true } }, scope),
    select: ['documentId', 'title', 'summary', 'slug'],
    populate: {
      body: { select: ['documentId', 'slug', 'nameVi', 'nameEn', 'publicBaseUrl', 'basePath', 'primaryColor', 'secondaryColor'] },
      topics: { select: ['nameVi', 'nameEn'] },
      cover: { select: ['url', 'formats'] },
    },
    limit: 2,
  });
  // Two published articles under one short code (see SHORT_CODE_LENGTH) would be ambiguous: neither is chosen.
  if (rows.length !== 1) return null;
  const row = rows[0];
  const body = row.body;
  if (!body?.publicBaseUrl || !row.slug) return null;
  const name = (vi: string | null, en: string | null) => (locale === 'en' ? en || vi : vi) ?? '';
  // The summary as the column prints it: a programme block's code becomes the block's words.
  const expand = await blockExpander(strapi);
  return {
    documentId: row.documentId,
    locale,
    title: row.title ?? '',
    summary: expand(row.summary, locale),
    url: canonical(body.publicBaseUrl, body.basePath ?? '/', paths.article(locale, row.slug)),
    body: {
      documentId: body.documentId,
      slug: body.slug,
      name: name(body.nameVi, body.nameEn),
      primaryColor: body.primaryColor,
      secondaryColor: body.secondaryColor,
    },
    topics: (row.topics ?? []).map((t: { nameVi: string; nameEn: string }) => name(t.nameVi, t.nameEn)).filter(Boolean),
    cover: row.cover?.formats?.large?.url ?? row.cover?.url ?? null,
  };
}

/** The article the signed-in person may read, by document id: their own body's (or, for the administrator, any). */
export async function ownLiveArticle(strapi: Core.Strapi, actor: Actor, documentId: string, locale: Locale) {
  return liveArticle(strapi, { documentId }, locale, await readScope(strapi, actor, ARTICLE));
}

/** A published article by its short code, for anyone (it is public already). */
export async function articleByCode(strapi: Core.Strapi, code: string, locale: Locale) {
  if (!new RegExp(`^[a-z0-9]{${SHORT_CODE_LENGTH}}$`).test(code)) return null;
  return liveArticle(strapi, { documentId: { $startsWith: code } }, locale, null);
}

/** The cover's bytes, from the local upload folder or the storage's address (S3 and the like). */
export async function coverBytes(strapi: Core.Strapi, cover: string | null): Promise<Buffer | null> {
  if (!cover) return null;
  try {
    if (/^https?:\/\//.test(cover)) {
      const response = await fetch(cover, { signal: AbortSignal.timeout(15_000) });
      return response.ok ? Buffer.from(await response.arrayBuffer()) : null;
    }
    return readFileSync(join(strapi.dirs.static.public, cover));
  } catch {
    // A picture without its artwork is still a picture in the body's brand: a missing cover is not an error.
    return null;
  }
}

const paletteOf = ({ body }: LiveArticle) =>
  accessiblePalette(body.primaryColor || UNBRANDED.primary, body.secondaryColor || UNBRANDED.secondary);

/** What an article's pictures show besides its cover: its title, its body's name and the body's palette. */
export function bannerOf(article: LiveArticle): Omit<Banner, 'image'> {
  const palette = paletteOf(article);
  return {
    title: article.title,
    bodyName: article.body.name,
    brand: palette.brand,
    onBrand: palette.onBrand,
    decoration: palette.decoration,
  };
}

export interface ShareKit extends ShareTexts {
  documentId: string;
  locale: Locale;
  url: string;
  shortUrl: string;
  pictures: Array<{ name: string; width: number; height: number; url: string }>;
  palette: { brand: string; onBrand: string };
}

/** Everything the panel shows: the texts to copy, the links and where each picture is drawn. */
export function shareKitOf(strapi: Core.Strapi, article: LiveArticle): ShareKit {
  const shortUrl = shortLinkOf(strapi, article.documentId, article.locale);
  const palette = paletteOf(article);
  return {
    documentId: article.documentId,
    locale: article.locale,
    url: article.url,
    shortUrl,
    ...shareTexts({ locale: article.locale, title: article.title, summary: article.summary, shortUrl, topics: article.topics }),
    pictures: SHARE_KIT_SIZES.map((s) => ({ ...s, url: pictureUrlOf(strapi, article.documentId, article.locale, s.name) })),
    palette: { brand: palette.brand, onBrand: palette.onBrand },
  };
}
