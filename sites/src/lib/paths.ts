import type { Locale } from '@column57/snapshot';

/**
 * Every URL inside a column is a path relative to the column's root ("", "bai-viet/slug/") and every
 * link is written relative to the page it sits on. That is what lets a column work unchanged under
 * any sub-path of any portal (/nghi-quyet-57/, /web/guest/nq57/, /Pages/NQ57/).
 */
export type ColumnPath = string;

const SEGMENTS = {
  vi: {
    articles: 'bai-viet',
    topics: 'chu-de',
    audiences: 'doi-tuong',
    documents: 'van-ban',
    campaigns: 'chien-dich',
    honours: 'khen-thuong',
    tasks: 'nhiem-vu',
    search: 'tim-kiem',
    page: 'trang',
    type: 'loai',
    year: 'nam',
    issuer: 'co-quan',
  },
  en: {
    articles: 'articles',
    topics: 'topics',
    audiences: 'audiences',
    documents: 'documents',
    campaigns: 'campaigns',
    honours: 'honours',
    tasks: 'tasks',
    search: 'search',
    page: 'page',
    type: 'type',
    year: 'year',
    issuer: 'issuer',
  },
} as const;

export type Section = keyof (typeof SEGMENTS)['vi'];

// URL segments, not text: Vietnamese at the column's root, other languages under their code.
const prefix = (locale: Locale) => (locale === 'vi' ? '' : `${locale}/`);

export const paths = {
  home: (locale: Locale): ColumnPath => prefix(locale),
  section: (locale: Locale, section: Section): ColumnPath => `${prefix(locale)}${SEGMENTS[locale][section]}/`,
  /** Page n of a paginated list (page 1 is the list itself). */
  page: (listPath: ColumnPath, locale: Locale, n: number): ColumnPath => (n <= 1 ? listPath : `${listPath}${SEGMENTS[locale].page}-${n}/`),
  article: (locale: Locale, slug: string) => `${paths.section(locale, 'articles')}${slug}/`,
  topic: (locale: Locale, slug: string) => `${paths.section(locale, 'topics')}${slug}/`,
  audience: (locale: Locale, slug: string) => `${paths.section(locale, 'audiences')}${slug}/`,
  document: (locale: Locale, slug: string) => `${paths.section(locale, 'documents')}${slug}/`,
  documentFacet: (locale: Locale, facet: 'type' | 'year' | 'issuer', value: string) =>
    `${paths.section(locale, 'documents')}${SEGMENTS[locale][facet]}/${value}/`,
  campaign: (locale: Locale, slug: string) => `${paths.section(locale, 'campaigns')}${slug}/`,
  feed: (listPath: ColumnPath) => `${listPath}rss.xml`,
  /** The JSON Feed of a language's latest articles, beside its home: feed.json, en/feed.json. */
  jsonFeed: (locale: Locale): ColumnPath => `${prefix(locale)}feed.json`,
  /** The embed guide for portal administrators. */
  embed: (locale: Locale): ColumnPath => `${prefix(locale)}embed/`,
  media: (file: string) => `media/${file}`,
};

/**
 * A column path an editor wrote in Vietnamese ("van-ban/57-nq-tw/"), as the same page in `locale`.
 * Documents, topics and campaigns keep their slugs across languages; other pages (articles, whose
 * slugs differ) stay in Vietnamese.
 */
export function localizeColumnPath(path: ColumnPath, locale: Locale): ColumnPath {
  if (locale === 'vi') return path;
  const [first, ...rest] = path.split('/');
  const sections: Section[] = ['documents', 'topics', 'campaigns', 'honours', 'tasks'];
  const section = sections.find((name) => SEGMENTS.vi[name] === first);
  return section ? [`${prefix(locale)}${SEGMENTS[locale][section]}`, ...rest].join('/') : path;
}

/** A link from the page at `from` to `to`, both column paths: "../../van-ban/57-nq-tw/". */
export function relative(from: ColumnPath, to: ColumnPath): string {
  const depth = from.split('/').filter(Boolean).length;
  const up = depth ? '../'.repeat(depth) : './';
  return `${up}${to}`;
}

/** Slug for free text such as an issuer's name: ascii, lowercase, hyphenated. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The canonical, absolute address of a page: the body's public origin, its base path, the page. */
export const canonical = (publicBaseUrl: string, basePath: string, path: ColumnPath) => `${publicBaseUrl}${basePath}${path}`;
