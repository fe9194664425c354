import type { Locale } from '@column57/i18n';
import { FACEBOOK_POST_LIMIT, ZALO_DESCRIPTION_LIMIT, ZALO_TITLE_LIMIT } from './limits';
import { SHARE_KIT_TEXT as TEXT } from './messages';

/** What a post is made of: the article in one language, its page, its short link and the names of its topics. */
export interface ShareSource {
  locale: Locale;
  title: string;
  summary: string;
  shortUrl: string;
  topics: string[];
}

export interface ShareTexts {
  facebook: { text: string; limit: number };
  zalo: { title: string; description: string; titleLimit: number; descriptionLimit: number };
  hashtags: string[];
}

/** Length as the networks count it: characters (code points of the NFC text), not UTF-16 units or bytes. */
export const length = (text: string) => [...text.normalize('NFC')].length;

/** The text cut at a word to at most `max` characters, "…" included; whole when it fits. */
export function clip(text: string, max: number): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (length(clean) <= max) return clean;
  const chars = [...clean].slice(0, Math.max(0, max - 1));
  let cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.-]+$/u, '')}…`;
}

/**
 * A topic's name as a hashtag: each word capitalised and joined, letters and digits only, diacritics kept
 * (Facebook and Zalo both take Vietnamese hashtags): "Chuyển đổi số" → "#ChuyểnĐổiSố".
 */
export function hashtag(name: string): string {
  const words = name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const joined = words.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)).join('');
  return joined ? `#${joined}` : '';
}

const MAX_HASHTAGS = 5;

/** The posts a body's communication staff copy, each within its network's length. */
export function shareTexts(source: ShareSource): ShareTexts {
  const tags = [...new Set([...source.topics.map(hashtag), `#${TEXT.t(source.locale, 'programmeTag')}`])].filter(Boolean);
  const hashtags = tags.slice(0, MAX_HASHTAGS);
  const link = `${TEXT.t(source.locale, 'readMore')}: ${source.shortUrl}`;
  const title = source.title.normalize('NFC').trim();

  // Facebook: title, summary, link, hashtags, a paragraph each; the summary gives way if the whole is too long.
  const fixed = [title, link, hashtags.join(' ')].filter(Boolean);
  const room = FACEBOOK_POST_LIMIT - length(fixed.join('\n\n')) - 2;
  const facebook = [title, clip(source.summary, room), link, hashtags.join(' ')].filter(Boolean).join('\n\n');

  // Zalo: a title of its own, and a description that keeps the link whole and the hashtags that still fit.
  let zaloTags = [...hashtags];
  const tail = () => [link, zaloTags.join(' ')].filter(Boolean).join('\n');
  while (zaloTags.length && length(tail()) > ZALO_DESCRIPTION_LIMIT / 2) zaloTags = zaloTags.slice(0, -1);
  const summaryRoom = ZALO_DESCRIPTION_LIMIT - length(tail()) - 1;
  const description = [clip(source.summary, summaryRoom), tail()].filter(Boolean).join('\n');
  return {
    facebook: { text: facebook, limit: FACEBOOK_POST_LIMIT },
    zalo: { title: clip(title, ZALO_TITLE_LIMIT), description, titleLimit: ZALO_TITLE_LIMIT, descriptionLimit: ZALO_DESCRIPTION_LIMIT },
    hashtags,
  };
}
