import type { Core } from '@strapi/strapi';
import { type Article, type BodyContent, canonical, paths } from '@column57/snapshot';
import type { Locale } from '@column57/i18n';
import { AUDIT_TABLE } from '../audit/store';
import type { MailQueue } from '../notifications/queue';
import { newsMail, type NewsItem } from './mails';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';
import { deleteStalePending, describeChoice, markSent, type Subscription, confirmedSubscriptions } from './store';

const ARTICLE = 'api::article.article';
const DOCUMENT = 'api::resolution-document.resolution-document';
/** Digests go out at 07:00 in Vietnam (UTC+7, no daylight saving): 00:00 UTC. Weekly ones on Mondays. */
const DIGEST_HOUR_UTC = 0;

/** The latest digest moment at or before `now`: today's 07:00 in Vietnam, or Monday's for a weekly digest. */
export function lastDigestMoment(now: Date, frequency: 'daily' | 'weekly'): Date {
  const moment = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (moment > now) moment.setUTCDate(moment.getUTCDate() - 1);
  if (frequency === 'weekly') {
    // Vietnam's Monday 07:00 is Monday 00:00 UTC: step back to the latest Monday.
    while (moment.getUTCDay() !== 1) moment.setUTCDate(moment.getUTCDate() - 1);
  }
  return moment;
}

/** Whether the subscription has mail due at `now`, and from which moment its news counts. */
function due(subscription: Subscription, now: Date, delayMs: number): { since: Date; until: Date } | null {
  const since = new Date(subscription.lastSentAt ?? subscription.confirmedAt ?? subscription.createdAt);
  if (subscription.frequency === 'immediate') {
    // A short wait gives the build service time to put the page live before the mail links to it.
    const until = new Date(now.getTime() - delayMs);
    return until > since ? { since, until } : null;
  }
  const moment = lastDigestMoment(now, subscription.frequency);
  return moment > since ? { since, until: moment } : null;
}

/**
 * When each entry was first published, per type and language, from the audit log (which only grows): an entry
 * edited and published again, or taken down and put back, is not news a second time. Read once per cycle for
 * the widest window any subscription needs, then cut per subscription in memory, so a minute with nothing new
 * costs one query per type and language, not one per subscriber.
 */
class FirstPublications {
  private readonly read = new Map<string, Promise<Array<{ documentId: string; first: string }>>>();
  private readonly strapi: Core.Strapi;
  private readonly from: Date;

  constructor(strapi: Core.Strapi, from: Date) {
    this.strapi = strapi;
    this.from = from;
  }

  private all(type: string, locale: Locale) {
    const key = `${type}:${locale}`;
    if (!this.read.has(key)) {
      this.read.set(
        key,
        this.strapi.db
          .connection(AUDIT_TABLE)
          .select({ documentId: 'document_id' })
          .min({ first: 'at' })
          .where({ action: 'publish', type, locale })
          .whereNotNull('document_id')
          .groupBy('document_id')
          .havingRaw('min(at) > ?', [this.from.toISOString()]) as unknown as Promise<Array<{ documentId: string; first: string }>>,
      );
    }
    return this.read.get(key)!;
  }

  /** The entries of `type` first published in (since, until], in `locale`, with that moment. */
  async within(type: string, locale: Locale, since: Date, until: Date): Promise<Map<string, string>> {
    const [low, high] = [since.toISOString(), until.toISOString()];
    const rows = (await this.all(type, locale)).filter((row) => row.first > low && row.first <= high);
    return new Map(rows.map((row) => [row.documentId, new Date(row.first).toISOString()]));
  }
}

const newestFirst = (items: NewsItem[]) => items.sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime());

type Column = { slug: string; publicBaseUrl: string | null; basePath: string | null; name: string };
type Exported = Pick<BodyContent, 'articles' | 'documents'>;

/**
 * The news is read from the snapshot, as the CMS exports it for the columns (api/snapshot): the same articles
 * and documents, in the same words (programme blocks put in), at the same addresses, a province's articles
 * shared to a commune among the commune's. One export per column and window, and only when something was
 * first published in it: a minute with nothing new reads no snapshot.
 */
class Snapshots {
  private readonly read = new Map<string, Promise<Exported | null>>();
  private readonly strapi: Core.Strapi;

  constructor(strapi: Core.Strapi) {
    this.strapi = strapi;
  }

  of(slug: string, since: Date): Promise<Exported | null> {
    const key = `${slug}:${since.toISOString()}`;
    if (!this.read.has(key))
      this.read.set(
        key,
        this.strapi
          .service('api::snapshot.snapshot')
          .bodyContent(slug, since.toISOString())
          .then((exported: { data: Exported } | null) => exported?.data ?? null),
      );
    return this.read.get(key)!;
  }
}

/** A column's articles among `fresh` (first published in the window), as news in `locale`. */
function articleNews(exported: Exported, column: Column, locale: Locale, fresh: Map<string, string>, keep: (a: Article) => boolean) {
  const items: NewsItem[] = [];
  if (!column.publicBaseUrl) return items;
  for (const article of exported.articles) {
    const text = article.locales[locale];
    if (!text || !fresh.has(article.id) || !keep(article)) continue;
    items.push({
      kind: 'article',
      title: text.title,
      summary: text.summary,
      url: canonical(column.publicBaseUrl, column.basePath ?? '/', paths.article(locale, text.slug)),
      publishedAt: fresh.get(article.id)!,
    });
  }
  return items;
}

/** The national hub's news: the articles every column first published in (since, until], each linked in its own column. */
async function hubNews(strapi: Core.Strapi, firsts: FirstPublications, snapshots: Snapshots, locale: Locale, since: Date, until: Date) {
  const fresh = await firsts.within(ARTICLE, locale, since, until);
  if (!fresh.size) return [];
  // The columns the new articles belong to: each is read from its own column's export.
  const owners = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: { $notNull: true }, documentId: { $in: [...fresh.keys()] }, locale },
    select: ['documentId'],
    populate: { body: { select: ['slug', 'nameVi', 'nameEn', 'publicBaseUrl', 'basePath'] } },
  });
  const columns = new Map<string, Column>();
  for (const { body } of owners as Array<{ body: any }>) {
    if (body) columns.set(body.slug, { ...body, name: locale === 'en' ? body.nameEn || body.nameVi : body.nameVi });
  }
  const items: NewsItem[] = [];
  for (const column of columns.values()) {
    const exported = await snapshots.of(column.slug, since);
    // A column's own articles only: one shared to its communes is the province's news, named once.
    if (exported)
      items.push(...articleNews(exported, column, locale, fresh, (a) => !a.sharedFrom).map((item) => ({ ...item, source: column.name })));
  }
  return newestFirst(items);
}

/** What the subscription's column first published in (since, until], in its reader's language, newest first. */
async function newsFor(
  strapi: Core.Strapi,
  firsts: FirstPublications,
  snapshots: Snapshots,
  subscription: Subscription,
  since: Date,
  until: Date,
): Promise<NewsItem[]> {
  if (subscription.scope === 'hub') return hubNews(strapi, firsts, snapshots, subscription.language, since, until);
  const body = subscription.body;
  if (!body.publicBaseUrl) return [];
  const locale: Locale = subscription.language === 'en' && body.englishEnabled ? 'en' : 'vi';
  const column: Column = { ...body, name: body.nameVi };
  const articles = subscription.scope === 'documents' ? new Map<string, string>() : await firsts.within(ARTICLE, locale, since, until);
  const documents =
    subscription.scope === 'column' || subscription.scope === 'documents' ? await firsts.within(DOCUMENT, locale, since, until) : new Map();
  if (!articles.size && !documents.size) return [];
  const exported = await snapshots.of(body.slug, since);
  if (!exported) return [];
  const about = (a: Article) =>
    subscription.scope === 'topic'
      ? a.topics.includes(subscription.scopeValue ?? '')
      : subscription.scope === 'audience'
        ? (a.audiences as string[]).includes(subscription.scopeValue ?? '')
        : true;
  const items = articleNews(exported, column, locale, articles, about);
  for (const document of exported.documents) {
    const text = document.locales[locale];
    if (!text || !documents.has(document.id)) continue;
    items.push({
      kind: 'document',
      title: `${document.number} ${text.title}`,
      summary: text.summary,
      url: canonical(body.publicBaseUrl, body.basePath ?? '/', paths.document(locale, document.slug)),
      publishedAt: documents.get(document.id)!,
    });
  }
  return newestFirst(items);
}

export interface CycleResult {
  mails: number;
  deletedPending: number;
}

/**
 * One pass over every confirmed subscription at `now` (the clock is the caller's, so tests choose it): news
 * published since its last mail goes out as one mail (immediate) or as the day's or week's digest. A
 * subscription with nothing new is marked as sent all the same, so a digest covers one period only.
 */
export async function runSubscriptionCycle(
  strapi: Core.Strapi,
  queue: MailQueue,
  links: { unsubscribe: (token: string) => string },
  now = new Date(),
  delayMs = Number(process.env.COLUMN57_SUBSCRIPTION_DELAY_MS ?? 60_000),
): Promise<CycleResult> {
  let mails = 0;
  const dueNow = (await confirmedSubscriptions(strapi)).flatMap((subscription) => {
    const window = due(subscription, now, delayMs);
    return window ? [{ subscription, window }] : [];
  });
  if (!dueNow.length) return { mails, deletedPending: await deleteStalePending(strapi, now) };
  const oldest = dueNow.reduce((min, { window }) => Math.min(min, window.since.getTime()), Infinity);
  const firsts = new FirstPublications(strapi, new Date(oldest));
  const snapshots = new Snapshots(strapi);
  for (const { subscription, window } of dueNow) {
    let items: NewsItem[];
    try {
      items = await newsFor(strapi, firsts, snapshots, subscription, window.since, window.until);
    } catch (error) {
      // A column whose export fails (a published entry the snapshot refuses) holds back its own subscribers
      // only, and is not marked as sent: its news goes out once the export works again.
      strapi.log.error(
        `column57: ${TEXT.both('newsFailed', { column: subscription.body?.slug ?? 'hub', error: (error as Error).message })}`,
      );
      continue;
    }
    if (items.length) {
      const choice = await describeChoice(strapi, subscription, subscription.language);
      await queue.enqueue([newsMail(subscription, choice, items, { unsubscribe: links.unsubscribe(subscription.token) })]);
      mails++;
    }
    await markSent(strapi, subscription, window.until);
  }
  return { mails, deletedPending: await deleteStalePending(strapi, now) };
}
