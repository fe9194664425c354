import type { Core } from '@strapi/strapi';
import { canonical, paths } from '@column57/snapshot';
import type { Locale } from '@column57/i18n';
import { AUDIT_TABLE } from '../audit/store';
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
 * The entries of a type first published in (since, until], in a language, from the audit log (which only
 * grows): an entry edited and published again, or taken down and put back, is not news a second time.
 */
async function firstPublished(strapi: Core.Strapi, type: string, locale: Locale, since: Date, until: Date): Promise<string[]> {
  const rows = await strapi.db
    .connection(AUDIT_TABLE)
    .select('document_id')
    .min({ first: 'at' })
    .where({ action: 'publish', type, locale })
    .whereNotNull('document_id')
    .groupBy('document_id')
    .havingRaw('min(at) > ? and min(at) <= ?', [since.toISOString(), until.toISOString()]);
  return (rows as unknown as Array<{ document_id: string }>).map((r) => r.document_id);
}

/** What the subscription's column first published in (since, until], in its reader's language, newest first. */
async function newsFor(strapi: Core.Strapi, subscription: Subscription, since: Date, until: Date): Promise<NewsItem[]> {
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
    const fresh = await firstPublished(strapi, ARTICLE, locale, since, until);
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
    const fresh = await firstPublished(strapi, DOCUMENT, locale, since, until);
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
  return items.sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime());
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
  for (const subscription of await confirmedSubscriptions(strapi)) {
    const window = due(subscription, now, delayMs);
    if (!window) continue;
    const items = await newsFor(strapi, subscription, window.since, window.until);
    if (items.length) {
      const choice = await describeChoice(strapi, subscription, subscription.language);
      await queue.enqueue([newsMail(subscription, choice, items, { unsubscribe: links.unsubscribe(subscription.token) })]);
      mails++;
    }
    await markSent(strapi, subscription, window.until);
  }
  return { mails, deletedPending: await deleteStalePending(strapi, now) };
}
