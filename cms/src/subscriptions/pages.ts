import type { Locale } from '@column57/i18n';
import { accessiblePalette, UNBRANDED } from '@column57/snapshot';
import { SUBSCRIPTION_TEXT as TEXT } from './messages';
import type { Sender } from './store';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export interface AnswerPage {
  locale: Locale;
  title: string;
  paragraphs: string[];
  sender?: Sender | null;
  /** A form with one button that posts back to `action` (the unsubscribe page). */
  button?: { action: string; label: string; token: string };
}

/**
 * The small page the CMS answers the column's form and the mails' links with: in the reader's language, in
 * the column's colours, readable on a phone, with a way back to the column. No script and nothing from
 * elsewhere.
 */
export function answerPage(page: AnswerPage): string {
  const sender = page.sender ?? null;
  const palette = accessiblePalette(sender?.colour ?? UNBRANDED.primary, sender?.colour ?? UNBRANDED.primary);
  const back = sender?.home
    ? `<p><a href="${escape(sender.home)}">${escape(TEXT.t(page.locale, 'back'))}: ${escape(sender.name)}</a></p>`
    : '';
  const button = page.button
    ? `<form method="post" action="${escape(page.button.action)}"><input type="hidden" name="token" value="${escape(page.button.token)}">` +
      `<button type="submit">${escape(page.button.label)}</button></form>`
    : '';
  return `<!doctype html>
<html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(page.title)}${sender ? ` · ${escape(sender.name)}` : ''}</title>
<style>
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#fff}
header{background:${palette.brand};color:${palette.onBrand};padding:1rem 1.25rem;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1.25rem}
a{color:${palette.accent}}
button{font:inherit;font-weight:700;padding:.7rem 1.2rem;border:0;border-radius:4px;
background:${palette.brand};color:${palette.onBrand};cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #fd0;outline-offset:2px}
</style></head>
<body>${sender ? `<header>${escape(sender.name)}</header>` : ''}<main>
<h1>${escape(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${button}${back}
</main></body></html>`;
}
