import { Readable } from 'node:stream';
import rss from '@astrojs/rss';
import { SitemapStream, streamToPromise } from 'sitemap';
import { experimental_AstroContainer } from 'astro/container';
import EmbedFragment from '../views/EmbedFragment.astro';
import { type Article, type Body, type LegalDocument, type Locale, LOCALES } from '@column57/snapshot';
import { boardWorker } from './board-assets.ts';
import { articlePath, type Column, listArticles, listFeedPath, listPath, type ListRef, pagesOf } from './column.ts';
import { isoDateTime } from './dates.ts';
import { feedCustomText, feedHtml, feedText, htmlText, xmlSafe } from './encode.ts';
import { hubData } from './hub.ts';
import { imageFor } from './images.ts';
import { canonical, paths } from './paths.ts';
import { buildData } from './plan.ts';
import { t } from './strings.ts';
import { DOCUMENT_TYPE } from '@column57/snapshot';
import { radioFeed, radioFeedPath } from './radio-feed.ts';
import { feedLinks, jsonFeedHubs } from './feed-links.ts';
import type { FeedTopic } from './feed-topics.ts';

/** How many items a feed carries. */
const FEED_ITEMS = 50;
/** Minutes a reader may keep a feed before fetching it again (RSS <ttl>); a publish is live in a minute or two. */
const FEED_TTL_MINUTES = 60;
/** The namespaces of the elements RSS 2.0 lacks: atom:link rel="self", dc:creator for a byline (a name, not an address). */
const FEED_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

export type FeedSpec =
  | { kind: 'articles'; path: string; locale: Locale; list: ListRef }
  | { kind: 'documents'; path: string; locale: Locale }
  | { kind: 'json'; path: string; locale: Locale }
  | { kind: 'sitemap'; path: string }
  | { kind: 'robots'; path: string }
  | { kind: 'headers'; path: string }
  | { kind: 'fragment'; path: string; locale: Locale; what: 'latest' | 'documents' }
  | { kind: 'radio'; path: string }
  | { kind: 'boardWorker'; path: string; locale: Locale };

/** Every feed and machine-readable file of a column. */
export function feedsOf(column: Column): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  for (const locale of column.locales) {
    const lists: ListRef[] = [
      { by: 'latest' },
      ...column.topics(locale).map((x) => ({ by: 'topic' as const, slug: x.slug })),
      ...column.audiencesIn(locale).map((a) => ({ by: 'audience' as const, code: a.code })),
    ];
    for (const list of lists) {
      feeds.push({ kind: 'articles', path: listFeedPath(column, locale, list), locale, list });
    }
    feeds.push({ kind: 'documents', path: paths.feed(paths.section(locale, 'documents')), locale });
    feeds.push({ kind: 'json', path: paths.jsonFeed(locale), locale });
  }
  for (const locale of column.locales) {
    for (const what of ['latest', 'documents'] as const) feeds.push({ kind: 'fragment', path: fragmentPath(locale, what), locale, what });
  }
  if (column.content.bulletins.length) feeds.push({ kind: 'radio', path: radioFeedPath() });
  for (const locale of column.locales) feeds.push({ kind: 'boardWorker', path: paths.boardWorker(locale), locale });
  feeds.push({ kind: 'sitemap', path: 'sitemap.xml' }, { kind: 'robots', path: 'robots.txt' }, { kind: 'headers', path: '_headers' });
  return feeds;
}

const absolute = (column: Column, path: string) => canonical(column.body.publicBaseUrl, column.body.basePath, path);

const TOPIC_TYPES: Partial<Record<FeedSpec['kind'], string>> = {
  articles: 'application/rss+xml',
  documents: 'application/rss+xml',
  radio: 'application/rss+xml',
  json: 'application/feed+json',
};

export function feedTopicsOf(column: Column): FeedTopic[] {
  return feedsOf(column).flatMap((spec) => {
    const type = TOPIC_TYPES[spec.kind];
    return type ? [{ url: absolute(column, spec.path), path: spec.path, type }] : [];
  });
}

/**
 * What a GUID identifies: one item as one column publishes it, in one language. A national document
 * is shown by all 56 columns, and each column's copy is an item of its own (a reader following two
 * columns must see it in both; readers that keep one item per GUID across feeds kept it in one only).
 * So a GUID names the column, the kind, the CMS's document id and the language. It is not the item's
 * address (isPermaLink="false"; <link> gives that): the id never changes, whatever an editor does to
 * the title or the slug, so correcting a slug does not hand every subscriber the item a second time.
 * The JSON feeds use the same ids, and the hub's feed keeps the GUID of the column an item comes from.
 */
export const feedGuid = (columnSlug: string, kind: 'article' | 'document', id: string, locale: Locale) =>
  `urn:column57:${columnSlug}:${kind}:${id}:${locale}`;

const guidElement = (guid: string) => `<guid isPermaLink="false">${guid}</guid>`;

/** The newest of some RFC 3339 times. */
const newest = (times: string[]): string => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

/**
 * When a column's content last changed, from the snapshot's times (never the clock, so a build of the
 * same content writes the same bytes): for a feed with no items and for the sitemap's other pages.
 */
function columnChanged(column: Column): string {
  const { content } = column;
  const times = [content.articles, column.documents, column.campaigns, content.honours, content.tasks].flatMap((items) =>
    items.map((item) => item.updatedAt),
  );
  return times.length ? newest(times) : content.generatedAt;
}

/**
 * The channel's elements besides its title, link and description: its language, its own address
 * and hub (feedLinks), when its content last changed (lastBuildDate: the newest date of its items, published
 * or changed, not when it was built, so builds stay reproducible) and how long a reader may keep it.
 */
function channelData(locale: Locale, self: string, changed: string) {
  return (
    `<language>${locale}</language>${feedLinks(self)}` +
    `<lastBuildDate>${new Date(changed).toUTCString()}</lastBuildDate><ttl>${FEED_TTL_MINUTES}</ttl>`
  );
}

/** When an article last changed in its feed: published, or edited after. */
const articleChanged = (article: Article) => newest([isoDateTime(article.publishDate), article.updatedAt]);

/**
 * The cover as an enclosure: the largest JPEG/PNG variant the build made, with that file's size (RSS
 * asks for the length of what the URL gives, not of the picture as it was uploaded).
 */
function enclosure(column: Column, article: Article) {
  const image = imageFor(article.cover);
  if (!image) return undefined;
  const largest = image.sources[image.sources.length - 1];
  return { url: absolute(column, largest.fallback), type: image.fallbackMime, length: largest.fallbackBytes };
}

function articleFeed(column: Column, spec: Extract<FeedSpec, { kind: 'articles' }>) {
  const { locale, list } = spec;
  const items = listArticles(column, locale, list).slice(0, FEED_ITEMS);
  const topic = list.by === 'topic' ? column.manifest.topics.find((x) => x.slug === list.slug)?.name[locale] : null;
  const audience = list.by === 'audience' ? column.audiences().find((a) => a.code === list.code)?.name[locale] : null;
  const scope = topic ?? audience;
  // The page the feed follows: the column's home for its main feed, else the topic's or audience's list.
  const page = list.by === 'latest' ? paths.home(locale) : listPath(column, locale, list);
  const changed = items.length ? newest(items.map(articleChanged)) : columnChanged(column);
  // Every text from content goes through feedText (titles, categories), feedCustomText (the byline) or
  // feedHtml (descriptions): @astrojs/rss escapes for XML, and a reader that decodes that and renders
  // the field as HTML must find text, not markup.
  return rss({
    title: feedText(`${t(locale, 'columnName')}: ${column.name(locale)}${scope ? `: ${scope}` : ''}`),
    description: feedHtml(t(locale, 'columnTagline')),
    site: absolute(column, page),
    trailingSlash: true,
    xmlns: FEED_NAMESPACES,
    customData: channelData(locale, absolute(column, spec.path), changed),
    items: items.map((article) => {
      const text = article.locales[locale]!;
      return {
        title: feedText(text.title),
        link: absolute(column, articlePath(locale, article)),
        description: feedHtml(text.summary),
        pubDate: new Date(isoDateTime(article.publishDate)),
        // RSS's <author> is an e-mail address; a byline is a name, which Dublin Core's creator holds.
        customData:
          guidElement(feedGuid(column.slug, 'article', article.id, locale)) +
          (text.byline ? `<dc:creator>${feedCustomText(text.byline)}</dc:creator>` : ''),
        categories: article.topics
          .map((slug) => column.manifest.topics.find((x) => x.slug === slug)?.name[locale])
          .filter((x): x is string => Boolean(x))
          .map(feedText),
        enclosure: enclosure(column, article),
      };
    }),
  });
}

/**
 * When a document is dated in its feed: the day it was issued, else (a document entered before its
 * issue date is known) when the CMS published it, so no reader dates it at fetch time and puts it on
 * top (the version's `updatedAt` if the CMS gave no publishing time).
 */
const documentDate = (doc: LegalDocument): string => (doc.issueDate ? isoDateTime(doc.issueDate) : (doc.publishedAt ?? doc.updatedAt));

/** Newest first by their feed date, then by number (the library's page keeps its own order). */
const byFeedDate = (a: LegalDocument, b: LegalDocument) =>
  Date.parse(documentDate(b)) - Date.parse(documentDate(a)) || a.number.localeCompare(b.number, 'vi');

function documentFeed(column: Column, spec: Extract<FeedSpec, { kind: 'documents' }>) {
  const { locale } = spec;
  const documents = [...column.documents].sort(byFeedDate);
  const changed = documents.length ? newest(documents.flatMap((doc) => [documentDate(doc), doc.updatedAt])) : columnChanged(column);
  return rss({
    title: feedText(`${t(locale, 'allDocuments')}: ${column.name(locale)}`),
    description: feedHtml(t(locale, 'keyDocuments')),
    site: absolute(column, paths.section(locale, 'documents')),
    trailingSlash: true,
    xmlns: FEED_NAMESPACES,
    customData: channelData(locale, absolute(column, spec.path), changed),
    items: documents.map((doc) => {
      const text = doc.locales[locale] ?? doc.locales.vi;
      return {
        title: feedText(`${DOCUMENT_TYPE.t(locale, doc.docType)} ${doc.number}: ${text.title}`),
        link: absolute(column, paths.document(locale, doc.slug)),
        description: feedHtml(text.summary),
        pubDate: new Date(documentDate(doc)),
        customData: guidElement(feedGuid(column.slug, 'document', doc.id, locale)),
      };
    }),
  });
}

/**
 * JSON Feed 1.1 of the latest items in one language (feed.json, en/feed.json), for widgets and
 * readers. Its title and summary are plain text by the spec (our widget sets them as textContent);
 * every item has content_html, the summary HTML-escaped for readers that show HTML, and content_text,
 * the same as text. Ids are the RSS GUIDs (feedGuid).
 */
function jsonFeed(column: Column, spec: Extract<FeedSpec, { kind: 'json' }>) {
  const { locale } = spec;
  const items = column
    .articles(locale)
    .slice(0, 20)
    .map((article) => {
      const text = article.locales[locale]!;
      const image = imageFor(article.cover);
      return {
        id: feedGuid(column.slug, 'article', article.id, locale),
        url: absolute(column, articlePath(locale, article)),
        title: text.title,
        summary: text.summary,
        content_html: `<p>${htmlText(text.summary)}</p>`,
        content_text: text.summary,
        date_published: isoDateTime(article.publishDate),
        date_modified: articleChanged(article),
        ...(text.byline ? { authors: [{ name: text.byline }] } : {}),
        ...(image ? { image: absolute(column, image.sources[image.sources.length - 1].fallback) } : {}),
        tags: article.topics,
      };
    });
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${t(locale, 'columnName')}: ${column.name(locale)}`,
    home_page_url: absolute(column, paths.home(locale)),
    feed_url: absolute(column, spec.path),
    ...jsonFeedHubs(),
    language: locale,
    items,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

/**
 * The sitemap, written by the `sitemap` library (escaping, URL and date checks of the protocol), with
 * only the protocol's own namespace declared. Dates are days: an article's last change; for other
 * pages the column's (not the day of the build: the same content makes the same sitemap).
 */
async function sitemap(column: Column) {
  const changed = columnChanged(column).slice(0, 10);
  const urls = pagesOf(column)
    .filter((p) => p.kind !== 'search' && p.kind !== 'embed')
    .map((p) => {
      const lastmod = p.kind === 'article' ? column.find<Article>(p.id)?.updatedAt.slice(0, 10) : changed;
      return { url: xmlSafe(absolute(column, p.path)), ...(lastmod ? { lastmod } : {}) };
    });
  const stream = new SitemapStream({ xmlns: { news: false, xhtml: false, image: false, video: false }, lastmodDateOnly: true });
  const xml = await streamToPromise(Readable.from(urls).pipe(stream));
  return new Response(new Uint8Array(xml), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

function robots(column: Column) {
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${absolute(column, 'sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export const fragmentPath = (locale: Locale, what: 'latest' | 'documents') =>
  `${paths.embed(locale)}${what === 'latest' ? 'latest' : 'documents'}.html`;

/** Who may frame the column: the body's allowed origins (from the CMS), and the column itself. */
export function frameAncestors(column: Column): string {
  return ["'self'", ...column.body.embedOrigins].join(' ');
}

/**
 * The column's Content-Security-Policy, the same in `_headers` and in every server snippet of the embed
 * guide. With a report address, browsers tell the build service when a portal's page was refused, so
 * its status page can name the origin to allow. Only `report-uri`: Chromium sends no `report-to` report
 * for frame-ancestors, and ignores `report-uri` when `report-to` is also given.
 */
export function contentSecurityPolicy(column: Column): string {
  const reportUrl = buildData().plan.framingReportUrl;
  const report = reportUrl ? `; report-uri ${reportUrl}${column.body.slug}` : '';
  return `frame-ancestors ${frameAncestors(column)}${report}`;
}

/**
 * Response headers for the column, in the `_headers` format (Netlify, Cloudflare Pages, our preview
 * server); the embed guide gives the same for nginx, Apache and IIS. Paths are from the column's root.
 */
function headersFile(column: Column) {
  const text = [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(column)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...column.locales.flatMap((locale) => [`/${paths.jsonFeed(locale)}`, '  Access-Control-Allow-Origin: *']),
    // The embed kit of each language: the scripts, and the fragments a portal's script may fetch.
    ...column.locales.flatMap((locale) => [`/${paths.embed(locale)}*`, '  Access-Control-Allow-Origin: *']),
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * A fragment for portals (views/EmbedFragment.astro), rendered through Astro's container as the renderer
 * renders pages, so its text is escaped by Astro. A container keeps a route for every render: a fresh one
 * per column keeps that from growing over a group of columns.
 */
const containers = new WeakMap<Column, Promise<experimental_AstroContainer>>();
async function fragment(column: Column, locale: Locale, what: 'latest' | 'documents') {
  if (!containers.has(column)) containers.set(column, experimental_AstroContainer.create());
  const container = await containers.get(column)!;
  const html = await container.renderToString(EmbedFragment, { props: { column, locale, what }, partial: true });
  return new Response(`${html}\n`, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** The national hub's own files, at the root of out/ beside its pages; none when this render does not carry the hub. */
export type HubFileSpec =
  { kind: 'feed'; path: string; locale: Locale } | { kind: 'sitemap'; path: string } | { kind: 'robots'; path: string };

/** The hub's own feeds, as topics (see feedTopicsOf). */
export function hubFeedTopics(): FeedTopic[] {
  const { url } = hubData();
  return hubFilesOf().flatMap((spec) =>
    spec.kind === 'feed' ? [{ url: `${url}${spec.path}`, path: spec.path, type: 'application/rss+xml' }] : [],
  );
}

export function hubFilesOf(): HubFileSpec[] {
  if (!buildData().plan.hub) return [];
  return [
    ...LOCALES.map((locale) => ({ kind: 'feed' as const, path: paths.feed(paths.home(locale)), locale })),
    { kind: 'sitemap', path: 'sitemap.xml' },
    { kind: 'robots', path: 'robots.txt' },
  ];
}

/**
 * The hub's feed in one language: the latest articles it lists of every column, newest first. An item
 * is the column's (its link the article's canonical address, its GUID the one the column's feed gives
 * it, as aggregators keep an entry's id) and names that column as its <source>.
 */
function hubFeed(spec: Extract<HubFileSpec, { kind: 'feed' }>) {
  const { manifest, latest, url } = hubData();
  const { locale } = spec;
  const items = [...latest]
    .flatMap(([slug, lists]) => {
      const body = manifest.bodies.find((b) => b.slug === slug);
      return body ? lists[locale].map((item) => ({ body, item })) : [];
    })
    .sort(
      (a, b) =>
        b.item.publishDate.localeCompare(a.item.publishDate) ||
        a.body.slug.localeCompare(b.body.slug) ||
        a.item.id.localeCompare(b.item.id),
    )
    .slice(0, FEED_ITEMS);
  const changed = items.length ? isoDateTime(items[0].item.publishDate) : manifest.generatedAt;
  const inColumn = (body: Body, path: string) => canonical(body.publicBaseUrl, body.basePath, path);
  return rss({
    title: feedText(t(locale, 'hubTitle')),
    description: feedHtml(t(locale, 'hubIntro')),
    site: `${url}${paths.home(locale)}`,
    trailingSlash: true,
    xmlns: FEED_NAMESPACES,
    customData: channelData(locale, `${url}${spec.path}`, changed),
    items: items.map(({ body, item }) => ({
      title: feedText(item.title),
      link: inColumn(body, paths.article(item.locale, item.slug)),
      pubDate: new Date(isoDateTime(item.publishDate)),
      customData: guidElement(feedGuid(body.slug, 'article', item.id, item.locale)),
      source: {
        title: feedText(`${t(locale, 'columnName')}: ${body.name[locale]}`),
        url: inColumn(body, paths.feed(paths.home(item.locale))),
      },
    })),
  });
}

/** The hub's sitemap: its page in each language. */
async function hubSitemap() {
  const { url } = hubData();
  const stream = new SitemapStream({ xmlns: { news: false, xhtml: false, image: false, video: false } });
  const xml = await streamToPromise(Readable.from(LOCALES.map((locale) => ({ url: `${url}${paths.home(locale)}` }))).pipe(stream));
  return new Response(new Uint8Array(xml), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

export async function renderHubFile(spec: HubFileSpec): Promise<Response> {
  switch (spec.kind) {
    case 'feed':
      return hubFeed(spec);
    case 'sitemap':
      return hubSitemap();
    case 'robots':
      return new Response(`User-agent: *\nAllow: /\nSitemap: ${hubData().url}sitemap.xml\n`, {
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
  }
}

export async function renderFeed(column: Column, spec: FeedSpec): Promise<Response> {
  switch (spec.kind) {
    case 'articles':
      return articleFeed(column, spec);
    case 'documents':
      return documentFeed(column, spec);
    case 'json':
      return jsonFeed(column, spec);
    case 'sitemap':
      return sitemap(column);
    case 'robots':
      return robots(column);
    case 'headers':
      return headersFile(column);
    case 'fragment':
      return fragment(column, spec.locale, spec.what);
    case 'radio':
      return radioFeed(column);
    case 'boardWorker':
      return new Response(boardWorker(column, spec.locale), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  }
}
