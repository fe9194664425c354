import type { Core } from '@strapi/strapi';
import type { AddressInfo } from 'node:net';
import { AUDIENCE, SUBSCRIPTION_FREQUENCY, SUBSCRIPTION_SCOPE } from '@column57/snapshot';
import { LOCALES, type Locale } from '@column57/i18n';
import { actorFromUser, programmeOfficeSlug } from '../access/actor';
import type { RequestContext } from '../request-context';
import { mailQueue } from '../notifications';
import { HONEYPOT_FIELD, limitsFromEnv } from './abuse';
import { confirmationMail } from './mails';
import { mailReportRoute } from './report-route';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';
import { type AnswerPage, answerPage } from './pages';
import {
  bodyBySlug,
  type Choice,
  confirmSubscription,
  deleteSubscription,
  describeChoice,
  requestSubscription,
  type Sender,
  senderOf,
  subscribersOf,
  subscriptionByToken,
  type Subscription,
} from './store';

const PUBLIC_PREFIX = '/column57/subscriptions';

/** The CMS's address as readers reach it: set for production, otherwise where this CMS listens on loopback. */
export function publicCmsUrl(strapi: Core.Strapi): string {
  const configured = process.env.COLUMN57_CMS_PUBLIC_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const address = strapi.server.httpServer.address() as AddressInfo | null;
  return `http://127.0.0.1:${address?.port ?? 1337}`;
}

export const subscriptionLinks = (strapi: Core.Strapi) => ({
  confirm: (token: string) => `${publicCmsUrl(strapi)}/api${PUBLIC_PREFIX}/confirm?token=${token}`,
  unsubscribe: (token: string) => `${publicCmsUrl(strapi)}/api${PUBLIC_PREFIX}/unsubscribe?token=${token}`,
});

const field = (input: Record<string, unknown>, name: string) => (typeof input[name] === 'string' ? (input[name] as string).trim() : '');
// Deliberately plain: one @, no spaces, a dot in the domain. The confirmation mail is the real check.
const EMAIL = /^[^\s@<>()",;:]{1,64}@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

type Parsed = { choice: Choice } | { errors: string[]; locale: Locale; sender: Sender | null };

/** The column's form, checked field by field; each error names its field and the fix, in the form's language. */
async function parseForm(strapi: Core.Strapi, input: Record<string, unknown>): Promise<Parsed> {
  const locale: Locale = (LOCALES as readonly string[]).includes(field(input, 'language')) ? (field(input, 'language') as Locale) : 'vi';
  const errors: string[] = [];
  const scope = field(input, 'scope') || 'column';
  if (!(SUBSCRIPTION_SCOPE.codes as readonly string[]).includes(scope)) errors.push('scopeInvalid');
  // The national hub's list is kept by the programme office (MST), which runs the hub.
  const slug = scope === 'hub' ? programmeOfficeSlug() : field(input, 'body');
  const body = /^[a-z0-9-]{1,80}$/.test(slug) ? await bodyBySlug(strapi, slug) : null;
  if (!body) errors.push('bodyUnknown');
  const email = field(input, 'email').toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) errors.push('emailInvalid');
  let scopeValue: string | null = null;
  if (scope === 'topic') {
    scopeValue = field(input, 'topic');
    if (!scopeValue || !(await strapi.db.query('api::topic.topic').findOne({ where: { slug: scopeValue } }))) errors.push('topicUnknown');
  }
  if (scope === 'audience') {
    scopeValue = field(input, 'audience');
    if (!(AUDIENCE.codes as readonly string[]).includes(scopeValue)) errors.push('audienceUnknown');
  }
  const frequency = field(input, 'frequency') || 'immediate';
  if (!(SUBSCRIPTION_FREQUENCY.codes as readonly string[]).includes(frequency)) errors.push('frequencyInvalid');
  if (errors.length || !body) return { errors, locale, sender: body ? senderOf({ scope: scope as Choice['scope'], body }, locale) : null };
  // A column in Vietnamese only writes to its English readers in Vietnamese; the hub has both languages.
  const language: Locale = locale === 'en' && (scope === 'hub' || body.englishEnabled) ? 'en' : 'vi';
  return { choice: { body, email, scope: scope as Choice['scope'], scopeValue, frequency: frequency as Choice['frequency'], language } };
}

function answer(ctx: RequestContext, status: number, html: string) {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  // Links in these pages carry tokens: no referrer to wherever the reader goes next, and nothing cached.
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('Cache-Control', 'no-store');
  ctx.body = html;
}

/**
 * The public side of subscriptions, no account needed (issue 18):
 * - POST /api/column57/subscriptions: the column's form (a plain HTML form, so it works without script);
 * - GET  /api/column57/subscriptions/confirm?token=: the link in the confirmation mail (the second opt-in);
 * - GET  /api/column57/subscriptions/unsubscribe?token=: a page with one button;
 * - POST /api/column57/subscriptions/unsubscribe?token=: that button, and mail programs' one-click (RFC 8058).
 * And for the body's publisher, in the admin panel's session:
 * - GET /column57/subscribers[?format=csv]: the body's own list, never another body's.
 */
export function registerSubscriptionRoutes(strapi: Core.Strapi) {
  const limits = limitsFromEnv();
  const links = subscriptionLinks(strapi);
  const tokenOf = (ctx: RequestContext) =>
    (ctx.query as Record<string, unknown>).token ?? ((ctx.request.body ?? {}) as Record<string, unknown>).token;

  type Answered = Omit<AnswerPage, 'locale' | 'sender'>;
  const byToken = (
    method: 'GET' | 'POST',
    action: 'confirm' | 'unsubscribe',
    act: (subscription: Subscription, locale: Locale, sender: Sender) => Promise<Answered>,
  ) => ({
    method,
    path: `${PUBLIC_PREFIX}/${action}`,
    config: { auth: false },
    handler: async (ctx: RequestContext) => {
      const subscription = await subscriptionByToken(strapi, tokenOf(ctx));
      if (!subscription) return answer(ctx, 404, unknownLink());
      const locale = subscription.language;
      const sender = senderOf(subscription, locale);
      answer(ctx, 200, answerPage({ locale, sender, ...(await act(subscription, locale, sender)) }));
    },
  });

  strapi.server.routes({
    type: 'content-api',
    prefix: '',
    routes: [
      {
        method: 'POST',
        path: PUBLIC_PREFIX,
        config: { auth: false },
        handler: async (ctx: RequestContext) => {
          const input = (ctx.request.body ?? {}) as Record<string, unknown>;
          const parsed = await parseForm(strapi, input);
          const locale = 'choice' in parsed ? parsed.choice.language : parsed.locale;
          const sender = 'choice' in parsed ? senderOf(parsed.choice, locale) : parsed.sender;
          const t = TEXT.t.bind(TEXT, locale) as (key: any, values?: any) => string;
          const refused = (status: number, lines: string[]) =>
            answer(ctx, status, answerPage({ locale, title: t('refusedTitle'), paragraphs: lines, sender }));
          if (!limits.perClient.take(ctx.request.ip)) return refused(429, [t('tooMany')]);
          if ('errors' in parsed)
            return refused(
              400,
              parsed.errors.map((key) => t(key)),
            );
          const queue = mailQueue();
          if (!queue) return refused(503, [t('unavailable')]);
          const column = sender!.name;
          const done = () =>
            answer(ctx, 200, answerPage({ locale, title: t('checkInboxTitle'), paragraphs: [t('checkInbox', { column })], sender }));
          // A robot that filled the hidden field is told what a person is told, and nothing is stored or sent.
          if (field(input, HONEYPOT_FIELD)) return done();
          if (!limits.perAddress.take(parsed.choice.email)) return done();
          const subscription = await requestSubscription(strapi, parsed.choice);
          if (!subscription.confirmed) {
            const choice = await describeChoice(strapi, subscription, subscription.language);
            await queue.enqueue([confirmationMail(subscription, choice, { confirm: links.confirm(subscription.token), unsubscribe: '' })]);
          }
          return done();
        },
      },
      // The mails' links: each finds its subscription by token (404 when used, expired or wrong) and answers a page.
      byToken('GET', 'confirm', async (subscription, locale, sender) => {
        await confirmSubscription(strapi, subscription);
        return { title: TEXT.t(locale, 'confirmedTitle'), paragraphs: [TEXT.t(locale, 'confirmed', { column: sender.name })] };
      }),
      byToken('GET', 'unsubscribe', async (subscription, locale, sender) => ({
        title: TEXT.t(locale, 'unsubscribeTitle'),
        paragraphs: [TEXT.t(locale, 'unsubscribeAsk', { column: sender.name })],
        button: {
          action: `${publicCmsUrl(strapi)}/api${PUBLIC_PREFIX}/unsubscribe`,
          label: TEXT.t(locale, 'unsubscribeButton'),
          token: subscription.token,
        },
      })),
      mailReportRoute(strapi, PUBLIC_PREFIX),
      byToken('POST', 'unsubscribe', async (subscription, locale) => {
        await deleteSubscription(strapi, subscription);
        return { title: TEXT.t(locale, 'unsubscribedTitle'), paragraphs: [TEXT.t(locale, 'unsubscribed')] };
      }),
    ],
  } as any);

  strapi.server.routes({
    type: 'admin',
    prefix: '/column57',
    routes: [
      {
        method: 'GET',
        path: '/subscribers',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: RequestContext) => {
          const actor = await actorFromUser(strapi, ctx.state.user);
          // A body's list is its publishers' to see; the administrator may name any body.
          let bodyId: number | null = null;
          if (actor.kind === 'member' && actor.canPublish) {
            bodyId = (await strapi.db.query('api::body.body').findOne({ where: { documentId: actor.bodyDocumentId } }))?.id ?? null;
          } else if (actor.kind === 'administrator' && typeof ctx.query.body === 'string') {
            bodyId = (await bodyBySlug(strapi, ctx.query.body))?.id ?? null;
          }
          if (!bodyId) return ctx.forbidden(TEXT.both('listForbidden'));
          const rows = await subscribersOf(strapi, bodyId);
          const list = rows.map((r) => ({
            email: r.email,
            scope: r.scope,
            scopeValue: r.scopeValue,
            frequency: r.frequency,
            language: r.language,
            confirmed: r.confirmed,
            confirmedAt: r.confirmedAt,
          }));
          if (ctx.query.format === 'csv') {
            // Quoted, and a leading = + - @ disarmed, so a spreadsheet never runs an address as a formula.
            const cell = (v: unknown) =>
              `"${String(v ?? '')
                .replace(/^[=+\-@]/, "'$&")
                .replace(/"/g, '""')}"`;
            const header = ['email', 'scope', 'scopeValue', 'frequency', 'language', 'confirmed', 'confirmedAt'];
            ctx.type = 'text/csv; charset=utf-8';
            ctx.set('Content-Disposition', 'attachment; filename="subscribers.csv"');
            ctx.body = `\ufeff${[header.join(','), ...list.map((r) => header.map((h) => cell((r as any)[h])).join(','))].join('\r\n')}\r\n`;
            return;
          }
          ctx.body = { data: list, meta: { total: list.length, confirmed: list.filter((r) => r.confirmed).length } };
        },
      },
    ],
  } as any);
}

function unknownLink() {
  return answerPage({
    locale: 'vi',
    title: TEXT.both('unknownLinkTitle'),
    paragraphs: [TEXT.t('vi', 'unknownLink'), TEXT.t('en', 'unknownLink')],
  });
}
