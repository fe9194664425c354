import type { Locale } from '@column57/i18n';

/*
 * Column paths live with the contract (not in sites/) so that the CMS can link an editor to the live page
 * by the very rule the generator writes it with; sites/src/lib/paths.ts re-exports them.
 */

/**
 * Every URL inside a column is a path relative to the column's root ("", "bai-viet/slug/") and every
 * link is written relative to the page it sits on. That is what lets a column work unchanged under
 * any sub-path of any portal (/nghi-quyet-57/, /web/guest/nq57/, /Pages/NQ57/).
 */
export type ColumnPath = string;

/**
 * The sections of a column: the URL segment of each in Vietnamese and in English, and whether a page in it
 * keeps one address in every language (a document, a topic, a campaign: `kept`) or has its own in each
 * (an article's slug is translated, an audience is named by its slug in Vietnamese and its code in English:
 * `own`). A link an editor writes to a section is resolved by the Markdown renderer, and localised on
 * English pages only where the address is kept; a section added here gets both without another edit.
 */
const SECTIONS = {
  articles: { vi: 'bai-viet', en: 'articles', addresses: 'own' },
  topics: { vi: 'chu-de', en: 'topics', addresses: 'kept' },
  audiences: { vi: 'doi-tuong', en: 'audiences', addresses: 'own' },
  documents: { vi: 'van-ban', en: 'documents', addresses: 'kept' },
  campaigns: { vi: 'chien-dich', en: 'campaigns', addresses: 'kept' },
  honours: { vi: 'khen-thuong', en: 'honours', addresses: 'kept' },
  tasks: { vi: 'nhiem-vu', en: 'tasks', addresses: 'kept' },
  search: { vi: 'tim-kiem', en: 'search', addresses: 'kept' },
  /** The form to get the column's news by mail (when the installation has a subscription service). */
  subscribe: { vi: 'dang-ky-nhan-tin', en: 'subscribe', addresses: 'kept' },
  /** A province's list of its commune-level columns. */
  communes: { vi: 'xa-phuong', en: 'communes', addresses: 'kept' },
  /** The radio channel: bulletins are Vietnamese only, so its pages exist in Vietnamese alone and links stay there. */
  radio: { vi: 'truyen-thanh', en: 'radio', addresses: 'own' },
  board: { vi: 'bang-tin', en: 'bulletin-board', addresses: 'kept' },
} as const satisfies Record<string, { vi: string; en: string; addresses: 'kept' | 'own' }>;

/** Segments below a section: a list's later pages and the documents' facets. */
const PARTS = {
  page: { vi: 'trang', en: 'page' },
  type: { vi: 'loai', en: 'type' },
  year: { vi: 'nam', en: 'year' },
  issuer: { vi: 'co-quan', en: 'issuer' },
  programme: { vi: 'lich-phat', en: 'programme' },
  images: { vi: 'anh', en: 'images' },
} as const;

/** Every section of a column, by name. */
export const SECTION_NAMES = Object.keys(SECTIONS) as ReadonlyArray<keyof typeof SECTIONS>;

type Segments = { [K in keyof typeof SECTIONS | keyof typeof PARTS]: string };
const segmentsIn = (locale: Locale) =>
  Object.fromEntries(Object.entries({ ...SECTIONS, ...PARTS }).map(([name, segment]) => [name, segment[locale]])) as Segments;
const SEGMENTS: Record<Locale, Segments> = { vi: segmentsIn('vi'), en: segmentsIn('en') };

export type Section = keyof typeof SECTIONS | keyof typeof PARTS;

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
  /** A radio bulletin's page, and a commune's broadcast programme of one day (YYYY-MM-DD). */
  bulletin: (locale: Locale, slug: string) => `${paths.section(locale, 'radio')}${slug}/`,
  programme: (locale: Locale, day: string) => `${paths.section(locale, 'radio')}${SEGMENTS[locale].programme}/${day}/`,
  feed: (listPath: ColumnPath) => `${listPath}rss.xml`,
  /** The JSON Feed of a language's latest articles, beside its home: feed.json, en/feed.json. */
  jsonFeed: (locale: Locale): ColumnPath => `${prefix(locale)}feed.json`,
  /** The embed guide for portal administrators. */
  embed: (locale: Locale): ColumnPath => `${prefix(locale)}embed/`,
  media: (file: string) => `media/${file}`,
  /** The bulletin board's slides as pictures, and the board's offline worker (beside the board, so it may control it). */
  boardImages: (locale: Locale): ColumnPath => `${paths.section(locale, 'board')}${SEGMENTS[locale].images}/`,
  boardWorker: (locale: Locale): ColumnPath => `${paths.section(locale, 'board')}sw.js`,
};

/**
 * A column path an editor wrote in Vietnamese ("van-ban/57-nq-tw/"), as the same page in `locale`.
 * Documents, topics and campaigns keep their slugs across languages; other pages (articles, whose
 * slugs differ) stay in Vietnamese.
 */
export function localizeColumnPath(path: ColumnPath, locale: Locale): ColumnPath {
  if (locale === 'vi') return path;
  const [first, ...rest] = path.split('/');
  const section = Object.values(SECTIONS).find((s) => s.vi === first && s.addresses === 'kept');
  return section ? [`${prefix(locale)}${section[locale]}`, ...rest].join('/') : path;
}

/**
 * Whether a path an editor wrote starts at a column page ("van-ban/…", "en/articles/…"): the first segment
 * of a section in Vietnamese, or a language's prefix.
 */
export function isColumnPath(path: string): boolean {
  const first = path.split('/')[0];
  return path.includes('/') && (Object.values(SECTIONS).some((s) => s.vi === first) || `${first}/` === prefix('en'));
}

/** A link from the page at `from` to `to`, both column paths: "../../van-ban/57-nq-tw/". */
export function relative(from: ColumnPath, to: ColumnPath): string {
  const depth = from.split('/').filter(Boolean).length;
  const up = depth ? '../'.repeat(depth) : './';
  return `${up}${to}`;
}

/** The canonical, absolute address of a page: the body's public origin, its base path, the page. */
export const canonical = (publicBaseUrl: string, basePath: string, path: ColumnPath) => `${publicBaseUrl}${basePath}${path}`;
