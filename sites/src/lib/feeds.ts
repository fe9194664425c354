import rss from '@astrojs/rss';
import type { Article, LegalDocument, Locale } from '@column57/snapshot';
import { articlePath, type Column, listArticles, listFeedPath, type ListRef, pagesOf } from './column.ts';
import { isoDateTime } from './dates.ts';
import { imageFor } from './images.ts';
import { canonical, paths } from './paths.ts';
import { DOCUMENT_TYPES, t } from './strings.ts';

/** How many items a feed carries. */
const FEED_ITEMS = 50;

export type FeedSpec =
  | { kind: 'articles'; path: string; locale: Locale; list: ListRef }
  | { kind: 'documents'; path: string; locale: Locale }
  | { kind: 'json'; path: string }
  | { kind: 'sitemap'; path: string }
  | { kind: 'robots'; path: string };

/** Every feed and machine-readable file of a column. */
export function feedsOf(column: Column): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  for (const locale of column.locales) {
    const lists: ListRef[] = [{ by: 'latest' }, ...column.topics(locale).map((x) => ({ by: 'topic' as const, slug: x.slug })), ...column.audiences().map((a) => ({ by: 'audience' as const, code: a.code }))];
    for (const list of lists) {
      feeds.push({ kind: 'articles', path: listFeedPath(column, locale, list), locale, list });
    }
    feeds.push({ kind: 'documents', path: paths.feed(paths.section(locale, 'documents')), locale });
  }
  feeds.push({ kind: 'json', path: 'feed.json' }, { kind: 'sitemap', path: 'sitemap.xml' }, { kind: 'robots', path: 'robots.txt' });
  return feeds;
}

const absolute = (column: Column, path: string) => canonical(column.body.publicBaseUrl, column.body.basePath, path);

/** The cover as an enclosure: the largest JPEG/PNG variant the build made. */
function enclosure(column: Column, article: Article) {
  const image = imageFor(article.cover);
  if (!image || !article.cover) return undefined;
  const largest = image.sources[image.sources.length - 1];
  return { url: absolute(column, largest.fallback), type: image.fallbackMime, length: article.cover.size };
}

function articleFeed(column: Column, spec: Extract<FeedSpec, { kind: 'articles' }>) {
  const { locale, list } = spec;
  const items = listArticles(column, locale, list).slice(0, FEED_ITEMS);
  const topic = list.by === 'topic' ? column.manifest.topics.find((x) => x.slug === list.slug)?.name[locale] : null;
  const audience = list.by === 'audience' ? column.audiences().find((a) => a.code === list.code)?.name[locale] : null;
  const scope = topic ?? audience;
  return rss({
    title: `${t(locale, 'columnName')}: ${column.name(locale)}${scope ? `: ${scope}` : ''}`,
    description: t(locale, 'columnTagline'),
    site: absolute(column, ''),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${absolute(column, spec.path)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((article) => {
      const text = article.locales[locale]!;
      return {
        title: text.title,
        link: absolute(column, articlePath(locale, article)),
        description: text.summary,
        pubDate: new Date(isoDateTime(article.publishDate)),
        // The document id never changes, whatever happens to the title or the slug.
        customData: `<guid isPermaLink="false">urn:column57:${column.slug}:article:${article.id}:${locale}</guid>`,
        categories: article.topics.map((slug) => column.manifest.topics.find((x) => x.slug === slug)?.name[locale]).filter((x): x is string => Boolean(x)),
        enclosure: enclosure(column, article),
        ...(text.byline ? { author: text.byline } : {}),
      };
    }),
  });
}

function documentFeed(column: Column, locale: Locale) {
  return rss({
    title: `${t(locale, 'allDocuments')}: ${column.name(locale)}`,
    description: t(locale, 'keyDocuments'),
    site: absolute(column, ''),
    trailingSlash: true,
    customData: `<language>${locale}</language>`,
    items: column.documents.map((doc: LegalDocument) => {
      const text = doc.locales[locale] ?? doc.locales.vi;
      return {
        title: `${DOCUMENT_TYPES[doc.docType][locale]} ${doc.number}: ${text.title}`,
        link: absolute(column, paths.document(locale, doc.slug)),
        description: text.summary,
        ...(doc.issueDate ? { pubDate: new Date(isoDateTime(doc.issueDate)) } : {}),
        customData: `<guid isPermaLink="false">urn:column57:document:${doc.id}:${locale}</guid>`,
      };
    }),
  });
}

/** JSON Feed 1.1 of the latest items, for widgets. */
function jsonFeed(column: Column) {
  const locale: Locale = 'vi';
  const items = column.articles(locale).slice(0, 20).map((article) => {
    const text = article.locales[locale]!;
    const image = imageFor(article.cover);
    return {
      id: `urn:column57:${column.slug}:article:${article.id}:${locale}`,
      url: absolute(column, articlePath(locale, article)),
      title: text.title,
      summary: text.summary,
      date_published: isoDateTime(article.publishDate),
      ...(image ? { image: absolute(column, image.sources[image.sources.length - 1].fallback) } : {}),
      tags: article.topics,
    };
  });
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${t(locale, 'columnName')}: ${column.name(locale)}`,
    home_page_url: absolute(column, ''),
    feed_url: absolute(column, 'feed.json'),
    language: locale,
    items,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sitemap(column: Column) {
  const today = new Date().toISOString().slice(0, 10);
  const urls = pagesOf(column).filter((p) => p.kind !== 'search').map((p) => {
    const lastmod = p.kind === 'article' ? column.find<Article>(p.id)?.updatedAt.slice(0, 10) : today;
    return `<url><loc>${escapeXml(absolute(column, p.path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

function robots(column: Column) {
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${absolute(column, 'sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function renderFeed(column: Column, spec: FeedSpec): Promise<Response> {
  switch (spec.kind) {
    case 'articles': return articleFeed(column, spec);
    case 'documents': return documentFeed(column, spec.locale);
    case 'json': return jsonFeed(column);
    case 'sitemap': return sitemap(column);
    case 'robots': return robots(column);
  }
}
