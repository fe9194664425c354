import type { Locale } from '@column57/i18n';
import { accessiblePalette } from '@column57/snapshot';
import type { OutgoingMail } from '../notifications/queue';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';
import { type Sender, senderOf, type Subscription } from './store';

/** One published item as a subscriber's mail lists it. */
export interface NewsItem {
  kind: 'article' | 'document';
  title: string;
  summary: string;
  url: string;
  /** When it went live (ISO): the order of a digest, newest first. */
  publishedAt: string;
  /** The column it is from, when the mail gathers several columns (the national hub's). */
  source?: string;
}

/** Where the reader's links lead: the CMS's public address, where the confirm and unsubscribe pages are. */
export interface MailLinks {
  confirm: string;
  unsubscribe: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The frame every subscriber mail shares, written for mail programs rather than browsers: one table 600 px
 * wide at most, inline styles only (Gmail drops <style> in some views, Outlook ignores most CSS), the
 * column's brand colour on the header kept readable by the column's own rule, and the language declared.
 */
function frame(sender: Sender, locale: Locale, title: string, inner: string, footer: string): string {
  const palette = paletteOf(sender);
  const name = escape(sender.name);
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head>
<body style="margin:0;padding:0;background:#f3f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3">
<tr><td align="center" style="padding:12px 8px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-collapse:collapse">
<tr><td style="background:${palette.brand};color:${palette.onBrand};padding:16px 20px;
font:bold 18px/1.35 Arial,Helvetica,sans-serif">${name}</td></tr>
<tr><td style="padding:20px;font:16px/1.5 Arial,Helvetica,sans-serif;color:#0b0c0c">${inner}</td></tr>
<tr><td style="padding:16px 20px;border-top:1px solid #d8d8d8;font:13px/1.5 Arial,Helvetica,sans-serif;color:#505a5f">${footer}</td></tr>
</table></td></tr></table></body></html>`;
}

function link(href: string, text: string, accent: string) {
  return `<a href="${escape(href)}" style="color:${accent};text-decoration:underline">${escape(text)}</a>`;
}

function button(href: string, text: string, brand: string, onBrand: string) {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:${brand};border-radius:4px">` +
    `<a href="${escape(href)}" style="display:inline-block;padding:12px 20px;color:${onBrand};font:bold 16px Arial,Helvetica,sans-serif;` +
    `text-decoration:none">${escape(text)}</a></td></tr></table>`
  );
}

function paletteOf(sender: Sender) {
  return accessiblePalette(sender.colour, sender.colour);
}

/** The first opt-in's mail: what was asked for, the one link that confirms it, and what happens if ignored. */
export function confirmationMail(subscription: Subscription, choice: { what: string; how: string }, links: MailLinks): OutgoingMail {
  const locale = subscription.language;
  const t = TEXT.t.bind(TEXT, locale) as (key: any, values?: any) => string;
  const sender = senderOf(subscription, locale);
  const column = sender.name;
  const palette = paletteOf(sender);
  const subject = t('confirmSubject', { column });
  const lines = [t('confirmIntro', { column }), t('confirmWhat', choice)];
  const html = frame(
    sender,
    locale,
    subject,
    lines.map((l) => `<p style="margin:0 0 12px">${escape(l)}</p>`).join('') +
      button(links.confirm, t('confirmAction'), palette.brand, palette.onBrand) +
      `<p style="margin:16px 0 0;font-size:14px">${escape(links.confirm)}</p>`,
    escape(t('confirmIgnore')),
  );
  const text = [...lines, '', `${t('confirmAction')}: ${links.confirm}`, '', t('confirmIgnore')].join('\n');
  return { to: subscription.email, subject, text, html, refusalCancels: subscription.email };
}

/**
 * News for one subscriber: a single item as it is published, or a digest of several. Every one carries the
 * unsubscribe link in its text and the List-Unsubscribe headers (RFC 2369, and RFC 8058's one-click POST that
 * Gmail and Outlook show as a button).
 */
export function newsMail(
  subscription: Subscription,
  choice: { what: string; how: string },
  items: NewsItem[],
  links: Pick<MailLinks, 'unsubscribe'>,
): OutgoingMail {
  const locale = subscription.language;
  const t = TEXT.t.bind(TEXT, locale) as (key: any, values?: any) => string;
  const sender = senderOf(subscription, locale);
  const column = sender.name;
  const palette = paletteOf(sender);
  const digest = subscription.frequency !== 'immediate';
  const subject =
    digest || items.length > 1 ? t('digestSubject', { column, count: items.length }) : t('newsSubject', { column, title: items[0].title });
  const intro = digest ? t(subscription.frequency === 'daily' ? 'dailyIntro' : 'weeklyIntro', { count: items.length }) : t('newsIntro');
  const label = (item: NewsItem) => (item.kind === 'document' ? `${t('documentLabel')}: ` : '');
  const html = frame(
    sender,
    locale,
    subject,
    `<p style="margin:0 0 16px">${escape(intro)}</p>` +
      items
        .map(
          (item) =>
            (item.source ? `<p style="margin:0 0 4px;font-size:14px;color:#505a5f">${escape(item.source)}</p>` : '') +
            '<h2 style="margin:0 0 6px;font:bold 18px/1.35 Arial,Helvetica,sans-serif">' +
            `${link(item.url, `${label(item)}${item.title}`, palette.accent)}</h2>` +
            (item.summary ? `<p style="margin:0 0 6px">${escape(item.summary)}</p>` : '') +
            `<p style="margin:0 0 20px">${link(item.url, t('read'), palette.accent)}</p>`,
        )
        .join(''),
    `${escape(t('whyYouGetThis', { column, ...choice }))} ${link(links.unsubscribe, t('unsubscribeLink'), palette.accent)}`,
  );
  const text = [
    intro,
    '',
    ...items.flatMap((item) => [
      ...(item.source ? [`[${item.source}]`] : []),
      `${label(item)}${item.title}`,
      ...(item.summary ? [item.summary] : []),
      item.url,
      '',
    ]),
    '--',
    t('whyYouGetThis', { column, ...choice }),
    `${t('unsubscribeLink')}: ${links.unsubscribe}`,
  ].join('\n');
  return {
    to: subscription.email,
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${column.replace(/[<>"]/g, '')} <${subscription.scope === 'hub' ? 'hub' : subscription.body.slug}.column57>`,
    },
    refusalCancels: subscription.email,
  };
}
