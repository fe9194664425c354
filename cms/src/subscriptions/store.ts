import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { AUDIENCE, HUB_BRAND, SUBSCRIPTION_FREQUENCY, SUBSCRIPTION_SCOPE, UNBRANDED } from '@column57/snapshot';
import type { Locale } from '@column57/i18n';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';

/**
 * The subscriber lists (issue 18): one row per address, column and choice, belonging to the column's body.
 * Only what sending needs is kept: the address, the choice, a random token for the links in the mails, and
 * when it was confirmed and last sent. Nothing about the reader's request (no IP address, no browser); an
 * unconfirmed row is deleted after a week, an unsubscribed one at once.
 */
export const SUBSCRIPTION = 'api::subscription.subscription';
export const PENDING_DAYS = 7;

export type Scope = (typeof SUBSCRIPTION_SCOPE.codes)[number];
export type Frequency = (typeof SUBSCRIPTION_FREQUENCY.codes)[number];

export interface SubscribingBody {
  id: number;
  documentId: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  publicBaseUrl: string | null;
  basePath: string | null;
  primaryColor: string | null;
  englishEnabled: boolean;
}

export interface Subscription {
  id: number;
  email: string;
  scope: Scope;
  scopeValue: string | null;
  frequency: Frequency;
  language: Locale;
  confirmed: boolean;
  token: string;
  confirmedAt: string | null;
  lastSentAt: string | null;
  createdAt: string;
  body: SubscribingBody;
}

const BODY_FIELDS = ['id', 'documentId', 'slug', 'nameVi', 'nameEn', 'publicBaseUrl', 'basePath', 'primaryColor', 'englishEnabled'];
const populateBody = { body: { select: BODY_FIELDS } };

export const columnName = (body: SubscribingBody, locale: Locale) => (locale === 'en' ? body.nameEn || body.nameVi : body.nameVi);

/** Who a subscription's mails and pages come from: a column, or the national hub (whose list MST keeps). */
export interface Sender {
  name: string;
  colour: string;
  /** The column's home in the reader's language, for a way back; none for the hub (the CMS does not know its address). */
  home: string | null;
}

export function senderOf(subscription: { scope: Scope; body: SubscribingBody | null }, locale: Locale): Sender {
  const { body } = subscription;
  if (subscription.scope === 'hub' || !body) return { name: TEXT.t(locale, 'hubName'), colour: HUB_BRAND, home: null };
  const home = body.publicBaseUrl
    ? `${body.publicBaseUrl}${body.basePath ?? '/'}${locale === 'en' && body.englishEnabled ? 'en/' : ''}`
    : null;
  return { name: columnName(body, locale), colour: body.primaryColor ?? UNBRANDED.primary, home };
}

export async function bodyBySlug(strapi: Core.Strapi, slug: string): Promise<SubscribingBody | null> {
  return strapi.db.query('api::body.body').findOne({ where: { slug }, select: BODY_FIELDS });
}

export interface Choice {
  body: SubscribingBody;
  email: string;
  scope: Scope;
  scopeValue: string | null;
  frequency: Frequency;
  language: Locale;
}

/**
 * A request to subscribe: a new unconfirmed row, or the row this address already has for the same choice
 * (so asking twice sends the confirmation again, and says nothing about whether the address was known).
 */
export async function requestSubscription(strapi: Core.Strapi, choice: Choice): Promise<Subscription> {
  const where = { email: choice.email, scope: choice.scope, scopeValue: choice.scopeValue, body: { id: choice.body.id } };
  const existing = await strapi.db.query(SUBSCRIPTION).findOne({ where, populate: populateBody });
  if (existing) return existing;
  const created = await strapi.db.query(SUBSCRIPTION).create({
    data: {
      email: choice.email,
      scope: choice.scope,
      scopeValue: choice.scopeValue,
      frequency: choice.frequency,
      language: choice.language,
      confirmed: false,
      token: randomBytes(24).toString('base64url'),
      body: choice.body.id,
    },
  });
  return strapi.db.query(SUBSCRIPTION).findOne({ where: { id: created.id }, populate: populateBody });
}

export async function subscriptionByToken(strapi: Core.Strapi, token: unknown): Promise<Subscription | null> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return strapi.db.query(SUBSCRIPTION).findOne({ where: { token }, populate: populateBody });
}

/** The second opt-in: from now on the row is sent to, starting with what is published after this moment. */
export async function confirmSubscription(strapi: Core.Strapi, subscription: Subscription, now = new Date()): Promise<void> {
  if (subscription.confirmed) return;
  await strapi.db.query(SUBSCRIPTION).update({
    where: { id: subscription.id },
    data: { confirmed: true, confirmedAt: now, lastSentAt: now },
  });
}

export async function deleteSubscription(strapi: Core.Strapi, subscription: Subscription): Promise<void> {
  await strapi.db.query(SUBSCRIPTION).delete({ where: { id: subscription.id } });
}

/** A hard bounce or a complaint: every subscription of the address goes, in every column. */
export async function forgetAddress(strapi: Core.Strapi, email: string): Promise<number> {
  const { count } = await strapi.db.query(SUBSCRIPTION).deleteMany({ where: { email: email.toLowerCase() } });
  return count;
}

export async function markSent(strapi: Core.Strapi, subscription: Subscription, at: Date): Promise<void> {
  await strapi.db.query(SUBSCRIPTION).update({ where: { id: subscription.id }, data: { lastSentAt: at } });
}

export async function confirmedSubscriptions(strapi: Core.Strapi): Promise<Subscription[]> {
  return strapi.db.query(SUBSCRIPTION).findMany({ where: { confirmed: true }, populate: populateBody, orderBy: { id: 'asc' } });
}

/** Rows never confirmed within the week their link works. */
export async function deleteStalePending(strapi: Core.Strapi, now: Date): Promise<number> {
  const before = new Date(now.getTime() - PENDING_DAYS * 86_400_000);
  const { count } = await strapi.db.query(SUBSCRIPTION).deleteMany({ where: { confirmed: false, createdAt: { $lt: before } } });
  return count;
}

/** One body's list, for its publisher: the admin route reads it with the body the account belongs to. */
export async function subscribersOf(strapi: Core.Strapi, bodyId: number): Promise<Subscription[]> {
  return strapi.db.query(SUBSCRIPTION).findMany({ where: { body: { id: bodyId } }, populate: populateBody, orderBy: { id: 'asc' } });
}

/** The words for a subscription's choice in its reader's language: "Một chủ đề: Chuyển đổi số", "Daily digest". */
export async function describeChoice(
  strapi: Core.Strapi,
  subscription: Pick<Subscription, 'scope' | 'scopeValue' | 'frequency'>,
  locale: Locale,
): Promise<{ what: string; how: string }> {
  let what = SUBSCRIPTION_SCOPE.labels[subscription.scope][locale];
  if (subscription.scope === 'topic' && subscription.scopeValue) {
    const topic = await strapi.db.query('api::topic.topic').findOne({ where: { slug: subscription.scopeValue } });
    if (topic) what = `${what}: ${locale === 'en' ? topic.nameEn || topic.nameVi : topic.nameVi}`;
  }
  if (subscription.scope === 'audience' && subscription.scopeValue) {
    const code = subscription.scopeValue as (typeof AUDIENCE.codes)[number];
    if (AUDIENCE.labels[code]) what = `${what}: ${AUDIENCE.labels[code][locale]}`;
  }
  return { what, how: SUBSCRIPTION_FREQUENCY.labels[subscription.frequency][locale] };
}
