import type { Bilingual, Locale } from '@column57/i18n';
import type { NotificationKind } from './kinds';
import { MAIL_TEXT as TEXT } from './messages';

/** What one notification says, before it is written out in both languages. Names are as people know them. */
export type Notice =
  | { kind: 'reviewSubmitted'; title: string; by: string | null; note?: string }
  | { kind: 'reviewReturned'; title: string; by: string | null; comment: string }
  | { kind: 'published'; title: string; by: string | null; withoutReview?: string }
  | { kind: 'scheduleFired'; title: string; action: 'publish' | 'unpublish' }
  | { kind: 'scheduleFailed'; title: string; action: 'publish' | 'unpublish'; error: string }
  | { kind: 'reportDue' | 'reportOverdue'; month: Bilingual; body: Bilingual; dueDate: Bilingual };

export interface Links {
  /** The entry or page the mail is about, in the admin panel. */
  open: string;
  /** The reader's notification preferences page. */
  preferences: string;
}

export interface Mail {
  kind: NotificationKind;
  subject: string;
  text: string;
  html: string;
}

const optional = (value: string | undefined, line: (v: string) => string) => (value && value.trim() ? [line(value.trim())] : []);

/** The paragraphs of a notice in one language. */
function paragraphs(locale: Locale, notice: Notice): { subject: string; lines: string[] } {
  const t = TEXT.t.bind(TEXT, locale) as (key: any, values?: any) => string;
  switch (notice.kind) {
    case 'reviewSubmitted': {
      const by = notice.by ?? t('system');
      return {
        subject: t('reviewSubmittedSubject', notice),
        lines: [t('reviewSubmitted', { title: notice.title, by }), ...optional(notice.note, (note) => t('reviewNote', { note }))],
      };
    }
    case 'reviewReturned': {
      const by = notice.by ?? t('system');
      return {
        subject: t('reviewReturnedSubject', notice),
        lines: [
          t('reviewReturned', { title: notice.title, by }),
          ...optional(notice.comment, (comment) => t('reviewComment', { comment })),
        ],
      };
    }
    case 'published': {
      const by = notice.by ?? t('system');
      return {
        subject: t('publishedSubject', notice),
        lines: [t('published', { title: notice.title, by }), ...optional(notice.withoutReview, (reason) => t('withoutReview', { reason }))],
      };
    }
    case 'scheduleFired':
      return {
        subject: t('scheduleFiredSubject', notice),
        lines: [t(notice.action === 'publish' ? 'scheduledPublish' : 'scheduledUnpublish', notice)],
      };
    case 'scheduleFailed':
      return {
        subject: t('scheduleFailedSubject', notice),
        lines: [t(notice.action === 'publish' ? 'scheduleFailedPublish' : 'scheduleFailedUnpublish', notice), t('scheduleError', notice)],
      };
    case 'reportDue':
    case 'reportOverdue': {
      const values = { month: notice.month[locale], body: notice.body[locale], dueDate: notice.dueDate[locale] };
      return {
        subject: t(notice.kind === 'reportDue' ? 'reportDueSubject' : 'reportOverdueSubject', values),
        lines: [t(notice.kind, values)],
      };
    }
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * A notice as a mail: Vietnamese first, then English, in plain text and in simple HTML, each with the
 * link to what it is about and to the reader's preferences. Titles and comments are people's text:
 * escaped in the HTML, never markup.
 */
export function renderMail(notice: Notice, links: Links): Mail {
  const vi = paragraphs('vi', notice);
  const en = paragraphs('en', notice);
  const text = (locale: Locale, part: { lines: string[] }) =>
    [...part.lines, '', `${TEXT.t(locale, 'open')}: ${links.open}`, '', `${TEXT.t(locale, 'footer')} ${links.preferences}`].join('\n');
  const html = (locale: Locale, part: { lines: string[] }) =>
    `<div lang="${locale}">${part.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}` +
    `<p><a href="${escapeHtml(links.open)}">${escapeHtml(TEXT.t(locale, 'open'))}</a></p>` +
    `<p style="color:#666;font-size:13px">${escapeHtml(TEXT.t(locale, 'footer'))} ` +
    `<a href="${escapeHtml(links.preferences)}">${escapeHtml(links.preferences)}</a></p></div>`;
  return {
    kind: notice.kind,
    subject: `[column57] ${vi.subject} / ${en.subject}`,
    text: `${text('vi', vi)}\n\n----\n\n${text('en', en)}\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${html('vi', vi)}<hr>${html('en', en)}</body></html>`,
  };
}
