import {
  type Article,
  AUDIENCE_CODES,
  type Audience,
  type Body,
  type BodyContent,
  type Campaign,
  type LegalDocument,
  type Locale,
  type Manifest,
  type Task,
  type Topic,
} from '@column57/snapshot';
import { accessiblePalette, type Palette } from './colour.ts';
import { bulletinsOf, communesOf, hasProgramme, programmeDays } from './grassroots.ts';
import { type ColumnPath, paths, slugify } from './paths.ts';
import { buildData } from './plan.ts';

export const PAGE_SIZE = 20;
/** The documents every column shows first, in this order when present. */
const KEY_DOCUMENT_ORDER = ['57-nq-tw', '03-nq-cp', '71-nq-cp', '193-2025-qh15', '1169-qd-ttg'];

/** What one body's column shows, with the lookups its pages need. */
export class Column {
  readonly body: Body;
  readonly content: BodyContent;
  readonly manifest: Manifest;
  readonly palette: Palette;
  readonly documents: LegalDocument[];
  readonly campaigns: Campaign[];
  private readonly byId: Map<string, Article | LegalDocument | Task>;
  // Every page asks for these; a column's content does not change during a build.
  private readonly sorted = new Map<Locale, readonly Article[]>();
  private readonly lists = new Map<string, readonly Article[]>();

  constructor(body: Body, content: BodyContent, manifest: Manifest) {
    this.body = body;
    this.content = content;
    this.manifest = manifest;
    this.palette = accessiblePalette(body.primaryColor, body.secondaryColor);
    this.documents = [...manifest.national.documents, ...content.documents].sort(
      (a, b) => rank(a) - rank(b) || (b.issueDate ?? '').localeCompare(a.issueDate ?? '') || a.number.localeCompare(b.number),
    );
    this.campaigns = [...manifest.national.campaigns, ...content.campaigns].sort((a, b) => b.startDate.localeCompare(a.startDate));
    this.byId = new Map<string, Article | LegalDocument | Task>(
      [...content.articles, ...this.documents, ...content.tasks].map((x) => [x.id, x]),
    );
  }

  get slug() {
    return this.body.slug;
  }

  get locales(): Locale[] {
    return this.body.languages;
  }

  name(locale: Locale) {
    return this.body.name[locale];
  }

  /** Articles that exist in this locale, newest first. */
  articles(locale: Locale): readonly Article[] {
    let list = this.sorted.get(locale);
    if (!list) {
      list = Object.freeze(
        this.content.articles
          .filter((a) => a.locales[locale])
          .sort((a, b) => b.publishDate.localeCompare(a.publishDate) || a.id.localeCompare(b.id)),
      );
      this.sorted.set(locale, list);
    }
    return list;
  }

  /** The articles of one list (latest, a topic, an audience), newest first. */
  listed(locale: Locale, list: ListRef): readonly Article[] {
    const key = `${locale}:${list.by}:${list.by === 'topic' ? list.slug : list.by === 'audience' ? list.code : ''}`;
    let articles = this.lists.get(key);
    if (!articles) {
      const all = this.articles(locale);
      articles =
        list.by === 'topic'
          ? all.filter((a) => a.topics.includes(list.slug))
          : list.by === 'audience'
            ? all.filter((a) => a.audiences.includes(list.code as Article['audiences'][number]))
            : all;
      this.lists.set(key, articles);
    }
    return articles;
  }

  find<T extends Article | LegalDocument | Task>(id: string): T | undefined {
    return this.byId.get(id) as T | undefined;
  }

  topics(locale: Locale): Topic[] {
    const used = new Set(this.articles(locale).flatMap((a) => a.topics));
    return this.manifest.topics.filter((t) => used.has(t.slug));
  }

  /** In the order Decision 1169/QĐ-TTg names them: the public first, foreign readers last. */
  audiences(): Audience[] {
    return [...this.manifest.audiences].sort((a, b) => AUDIENCE_CODES.indexOf(a.code) - AUDIENCE_CODES.indexOf(b.code));
  }

  /** The audiences with an article in a language, as topics(): an audience's page that would hold nothing is not written. */
  audiencesIn(locale: Locale): Audience[] {
    const used = new Set(this.articles(locale).flatMap((a) => a.audiences));
    return this.audiences().filter((a) => used.has(a.code));
  }

  currentCampaigns(today = new Date().toISOString().slice(0, 10)): Campaign[] {
    return this.campaigns.filter((c) => c.startDate <= today && c.endDate >= today);
  }
}

function rank(doc: LegalDocument) {
  const i = KEY_DOCUMENT_ORDER.indexOf(doc.slug);
  return i === -1 ? KEY_DOCUMENT_ORDER.length : i;
}

let columnsCache: Column[] | undefined;
export function columns(): Column[] {
  if (columnsCache) return columnsCache;
  const { plan, snapshot } = buildData();
  columnsCache = plan.bodies.map((slug) => {
    const body = snapshot.manifest.bodies.find((b) => b.slug === slug)!;
    return new Column(body, snapshot.bodies.get(slug)!, snapshot.manifest);
  });
  return columnsCache;
}

export const columnBySlug = (slug: string) => columns().find((c) => c.slug === slug)!;

/** One HTML page of a column. */
/** A filtered view of the document library: by type (a vocabulary value, shown by its label), year or issuer. */
export type DocumentFacet =
  { by: 'type'; value: LegalDocument['docType']; label: string } | { by: 'year' | 'issuer'; value: string; label: string };

export type PageSpec =
  | { kind: 'home'; path: ColumnPath; locale: Locale }
  | { kind: 'list'; path: ColumnPath; locale: Locale; list: ListRef; page: number; pages: number }
  | { kind: 'article'; path: ColumnPath; locale: Locale; id: string }
  | { kind: 'documents'; path: ColumnPath; locale: Locale; facet?: DocumentFacet }
  | { kind: 'document'; path: ColumnPath; locale: Locale; id: string }
  | { kind: 'campaigns'; path: ColumnPath; locale: Locale }
  | { kind: 'campaign'; path: ColumnPath; locale: Locale; id: string }
  | { kind: 'honours'; path: ColumnPath; locale: Locale }
  | { kind: 'tasks'; path: ColumnPath; locale: Locale }
  | { kind: 'search'; path: ColumnPath; locale: Locale }
  | { kind: 'subscribe'; path: ColumnPath; locale: Locale }
  | { kind: 'embed'; path: ColumnPath; locale: Locale }
  | { kind: 'communes'; path: ColumnPath; locale: Locale }
  | { kind: 'radio'; path: ColumnPath; locale: 'vi' }
  | { kind: 'bulletin'; path: ColumnPath; locale: 'vi'; id: string }
  | { kind: 'programme'; path: ColumnPath; locale: 'vi'; day: string }
  | { kind: 'board'; path: ColumnPath; locale: Locale }
  | { kind: 'boardImages'; path: ColumnPath; locale: Locale };

/** A list of articles: the latest, or those of a topic or an audience. */
export type ListRef = { by: 'latest' } | { by: 'topic'; slug: string } | { by: 'audience'; code: string };

export function listPath(column: Column, locale: Locale, list: ListRef): ColumnPath {
  if (list.by === 'latest') return paths.section(locale, 'articles');
  if (list.by === 'topic') return paths.topic(locale, list.slug);
  const audience = column.audiences().find((a) => a.code === list.code)!;
  // A URL segment, not text: Vietnamese pages name an audience by its slug, English ones by its code.
  return paths.audience(locale, locale === 'vi' ? audience.slug : audience.code);
}

/** A list's RSS feed: the column's main feed sits at its root (rss.xml, en/rss.xml), the others beside their list. */
export function listFeedPath(column: Column, locale: Locale, list: ListRef): ColumnPath {
  return paths.feed(list.by === 'latest' ? paths.home(locale) : listPath(column, locale, list));
}

export const listArticles = (column: Column, locale: Locale, list: ListRef): readonly Article[] => column.listed(locale, list);

export function articlePath(locale: Locale, article: Article) {
  return paths.article(locale, article.locales[locale]!.slug);
}

/**
 * An item's text in a language, or its Vietnamese text when it has none in that language: the contract
 * requires Vietnamese and makes English optional, and national items are listed on English pages too.
 */
export const textIn = <T>(item: { locales: { vi: T; en?: T } }, locale: Locale): T => item.locales[locale] ?? item.locales.vi;

export const issuerSlug = (doc: LegalDocument) => slugify(doc.locales.vi.issuer);
export const documentYear = (doc: LegalDocument) => doc.issueDate?.slice(0, 4) ?? null;

/** A page's route parameters in src/pages/[body]/[...page].astro (its path inside the column). */
export const pageParams = (slug: string, spec: PageSpec) => ({ body: slug, page: spec.path.replace(/\/$/, '') || undefined });

/** Every page of a column, in both languages where the body publishes English. */
export function pagesOf(column: Column): PageSpec[] {
  const pages: PageSpec[] = [];
  for (const locale of column.locales) {
    pages.push({ kind: 'home', path: paths.home(locale), locale });
    const lists: ListRef[] = [
      { by: 'latest' },
      ...column.topics(locale).map((t) => ({ by: 'topic' as const, slug: t.slug })),
      ...column.audiencesIn(locale).map((a) => ({ by: 'audience' as const, code: a.code })),
    ];
    for (const list of lists) {
      const count = listArticles(column, locale, list).length;
      const total = Math.max(1, Math.ceil(count / PAGE_SIZE));
      for (let page = 1; page <= total; page++) {
        pages.push({ kind: 'list', path: paths.page(listPath(column, locale, list), locale, page), locale, list, page, pages: total });
      }
    }
    for (const article of column.articles(locale))
      pages.push({ kind: 'article', path: articlePath(locale, article), locale, id: article.id });
    pages.push({ kind: 'documents', path: paths.section(locale, 'documents'), locale });
    const facets = new Map<string, DocumentFacet>();
    for (const doc of column.documents) {
      facets.set(`type:${doc.docType}`, { by: 'type', value: doc.docType, label: doc.docType });
      const year = documentYear(doc);
      if (year) facets.set(`year:${year}`, { by: 'year', value: year, label: year });
      facets.set(`issuer:${issuerSlug(doc)}`, {
        by: 'issuer',
        value: issuerSlug(doc),
        label: doc.locales[locale]?.issuer ?? doc.locales.vi.issuer,
      });
    }
    for (const facet of facets.values())
      pages.push({ kind: 'documents', path: paths.documentFacet(locale, facet.by, facet.value), locale, facet });
    for (const doc of column.documents) pages.push({ kind: 'document', path: paths.document(locale, doc.slug), locale, id: doc.id });
    pages.push({ kind: 'campaigns', path: paths.section(locale, 'campaigns'), locale });
    for (const campaign of column.campaigns)
      pages.push({ kind: 'campaign', path: paths.campaign(locale, campaign.slug), locale, id: campaign.id });
    pages.push({ kind: 'honours', path: paths.section(locale, 'honours'), locale });
    pages.push({ kind: 'tasks', path: paths.section(locale, 'tasks'), locale });
    pages.push({ kind: 'search', path: paths.section(locale, 'search'), locale });
    if (buildData().plan.subscriptionsUrl) pages.push({ kind: 'subscribe', path: paths.section(locale, 'subscribe'), locale });
    pages.push({ kind: 'embed', path: paths.embed(locale), locale });
    if (communesOf(column.manifest, column.body).length) pages.push({ kind: 'communes', path: paths.section(locale, 'communes'), locale });
    pages.push({ kind: 'board', path: paths.section(locale, 'board'), locale });
    pages.push({ kind: 'boardImages', path: paths.boardImages(locale), locale });
  }
  pages.push(...radioPagesOf(column));
  return pages;
}

/** The radio channel, in Vietnamese only (bulletins are written for listening in Vietnamese): index, bulletins, programmes. */
function radioPagesOf(column: Column): PageSpec[] {
  const bulletins = bulletinsOf(column.content);
  if (!bulletins.length) return [];
  const days = hasProgramme(column.body, column.content) ? programmeDays(bulletins, column.manifest.generatedAt) : [];
  return [
    { kind: 'radio', path: paths.section('vi', 'radio'), locale: 'vi' },
    ...bulletins.map((b) => ({ kind: 'bulletin' as const, path: paths.bulletin('vi', b.slug), locale: 'vi' as const, id: b.id })),
    ...days.map((day) => ({ kind: 'programme' as const, path: paths.programme('vi', day), locale: 'vi' as const, day })),
  ];
}

/** The same page in the other language, when it exists. */
export function counterpart(column: Column, spec: PageSpec, locale: Locale): ColumnPath | null {
  if (!column.locales.includes(locale)) return null;
  switch (spec.kind) {
    case 'article': {
      const article = column.find<Article>(spec.id);
      return article?.locales[locale] ? articlePath(locale, article) : null;
    }
    case 'home':
      return paths.home(locale);
    case 'document':
      return paths.document(locale, column.find<LegalDocument>(spec.id)!.slug);
    case 'campaign':
      return paths.campaign(locale, column.campaigns.find((c) => c.id === spec.id)!.slug);
    case 'list': {
      const { list } = spec;
      const exists =
        list.by === 'latest' ||
        (list.by === 'topic' && column.topics(locale).some((x) => x.slug === list.slug)) ||
        (list.by === 'audience' && column.audiencesIn(locale).some((x) => x.code === list.code));
      return exists ? listPath(column, locale, spec.list) : null;
    }
    case 'documents':
      return spec.facet ? paths.documentFacet(locale, spec.facet.by, spec.facet.value) : paths.section(locale, 'documents');
    case 'campaigns':
      return paths.section(locale, 'campaigns');
    case 'honours':
      return paths.section(locale, 'honours');
    case 'tasks':
      return paths.section(locale, 'tasks');
    case 'search':
      return paths.section(locale, 'search');
    case 'subscribe':
      return paths.section(locale, 'subscribe');
    case 'embed':
      return paths.embed(locale);
    case 'communes':
      return paths.section(locale, 'communes');
    case 'radio':
    case 'bulletin':
    case 'programme':
      return locale === 'vi' ? spec.path : null;
    case 'board':
      return paths.section(locale, 'board');
    case 'boardImages':
      return paths.boardImages(locale);
  }
}
