import { VALIDATION_TEXT } from './messages.ts';

/**
 * Which URLs from content may ever reach an href, a src or JSON-LD: absolute http(s) addresses, and
 * mailto:/tel: where the value is a contact. Shared by the snapshot validator (which refuses a body
 * carrying anything else) and the generator (which checks again before it writes a URL out), so the
 * two can never disagree about what is safe.
 */

/** Whitespace and control characters: browsers strip them inside a scheme ("java\tscript:"). */
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;

/** An absolute http(s) URL with a host, nothing hidden in it, as the WHATWG parser reads it. */
export function isWebUrl(value: string): boolean {
  if (!value || INVISIBLE.test(value) || !/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !/["<>`\\]/.test(value);
  } catch {
    return false;
  }
}

/**
 * An e-mail address fit for a mailto: link: one @, nothing that could end the address and start a
 * query (?cc=, ?body=) or a header, a plain domain.
 */
export const isMailAddress = (value: string) => /^[^\s@<>"`?&#:/\\]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(value);

export const WEB_URL_MESSAGE = VALIDATION_TEXT.both('webUrl');
