import type { Core } from '@strapi/strapi';
import { canonical, paths } from '@column57/snapshot';
import type { Locale } from '@column57/i18n';
import { AUDIT_TABLE } from '../audit/store';
import { blockExpander } from '../programme-facts/store';
import type { MailQueue } from '../notifications/queue';
import { newsMail, type NewsItem } from './mails';
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

  /** The entries of `type` first published in (since, until], in `locale`. */
  async within(type: string, locale: Locale, since: Date, until: Date): Promise<string[]> {
    const [low, high] = [since.toISOString(), until.toISOString()];
    return (await this.all(type, locale)).filter((row) => row.first > low && row.first <= high).map((row) => row.documentId);
  }
}

const newestFirst = (items: NewsItem[]) => items.sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime());

/** The national hub's news: the articles every column first published in (since, until], each linked in its own column. */
async function hubNews(strapi: Core.Strapi, firsts: FirstPublications, locale: Locale, since: Date, until: Date): Promise<NewsItem[]> {
  const fresh = await firsts.within(ARTICLE, locale, since, until);
  if (!fresh.length) return [];
  const articles = await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: { $notNull: true }, documentId: { $in: fresh }, locale },
    select: ['title', 'summary', 'slug', 'publishedAt'],
    populate: { body: { select: ['nameVi', 'nameEn', 'publicBaseUrl', 'basePath'] } },
  });
  return newestFirst(
    articles
      .filter((a: any) => a.body?.publicBaseUrl)
      .map((a: any) => ({
        kind: 'article' as const,
        title: a.title,
        summary: a.summary ?? '',
        url: canonical(a.body.publicBaseUrl, a.body.basePath ?? '/', paths.article(locale, a.slug)),
        publishedAt: a.publishedAt,
        source: locale === 'en' ? a.body.nameEn || a.body.nameVi : a.body.nameVi,
      })),
  );
}

/** What the subscription's column first published in (since, until], in its reader's language, newest first. */
async function newsFor(
  strapi: Core.Strapi,
  firsts: FirstPublications,
  subscription: Subscription,
  since: Date,
  until: Date,
): Promise<NewsItem[]> {
  if (subscription.scope === 'hub') return hubNews(strapi, firsts, subscription.language, since, until);
  const body = subscription.body;
  if (!body.publicBaseUrl) return [];
  const locale: Locale = subscription.language === 'en' && body.englishEnabled ? 'en' : 'vi';
  const url = (path: string) => canonical(body.publicBaseUrl!, body.basePath ?? '/', path);
  const published = { publishedAt: { $notNull: true } };
  const items: NewsItem[] = [];
  if (subscription.scope !== 'documents') {
    const about =
      subscription.scope === 'topic'
        ? { topics: { slug: subscription.scopeValue } }
        : subscription.scope === 'audience'
          ? { audiences: { code: subscription.scopeValue } }
          : {};
    const fresh = await firsts.within(ARTICLE, locale, since, until);
    const articles = await strapi.db.query(ARTICLE).findMany({
      where: { ...published, documentId: { $in: fresh }, locale, body: { id: body.id }, ...about },
      select: ['title', 'summary', 'slug', 'publishedAt'],
    });
    for (const a of articles)
      items.push({
        kind: 'article',
        title: a.title,
        summary: a.summary ?? '',
        url: url(paths.article(locale, a.slug)),
        publishedAt: a.publishedAt,
      });
  }
  if (subscription.scope === 'column' || subscription.scope === 'documents') {
    const fresh = await firsts.within(DOCUMENT, locale, since, until);
    const documents = await strapi.db.query(DOCUMENT).findMany({
      where: { ...published, documentId: { $in: fresh }, locale, body: { id: body.id } },
      select: ['title', 'number', 'summary', 'slug', 'publishedAt'],
    });
    for (const d of documents)
      items.push({
        kind: 'document',
        title: `${d.number} ${d.title}`,
        summary: d.summary ?? '',
        url: url(paths.document(locale, d.slug)),
        publishedAt: d.publishedAt,
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
  // Summaries are read from the database: a programme block's code in one becomes the block's words.
  const expand = await blockExpander(strapi);
  for (const { subscription, window } of dueNow) {
    const news = await newsFor(strapi, firsts, subscription, window.since, window.until);
    const items = news.map((item) => ({ ...item, summary: expand(item.summary, subscription.language) }));
    if (items.length) {
      const choice = await describeChoice(strapi, subscription, subscription.language);
      await queue.enqueue([newsMail(subscription, choice, items, { unsubscribe: links.unsubscribe(subscription.token) })]);
      mails++;
    }
    await markSent(strapi, subscription, window.until);
  }
  return { mails, deletedPending: await deleteStalePending(strapi, now) };
}
