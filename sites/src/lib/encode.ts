import { escapeUTF8 } from 'entities/escape';

/**
 * The one way to put text into each output context outside Astro's own {expressions} (which escape
 * text and attributes themselves): hand-built HTML (snippets, the build service's pages), JSON inside a
 * <script>, text for XML that a library writes, and feed fields that readers render as HTML. Escaping
 * is `entities`' (the escaper of htmlparser2 and cheerio); what is ours is only which context gets which encoder.
 */

/** Text between HTML tags. Quotes are escaped too, so the same text is safe in a quoted attribute. */
export const htmlText = (text: string): string => escapeUTF8(text);

/** A double- or single-quoted HTML attribute value. */
export const htmlAttr = (text: string): string => escapeUTF8(text);

/** Characters XML 1.0 does not allow at all: one of them makes a whole feed unreadable. */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]',
    // Halves of a surrogate pair standing alone.
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);

/** Text that XML must carry, for the feeds and the sitemap that libraries write (they escape; we only drop what XML cannot hold). */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/**
 * Plain text for a feed field that readers render as HTML (RSS <description>, content:encoded, JSON
 * Feed content_html): HTML-escaped, so a summary reading "<script>" is shown, never run. The feed's
 * serialiser escapes the result again for XML; a reader undoes that and gets this back.
 */
export const feedHtml = (text: string): string => htmlText(xmlSafe(text));

/**
 * Plain text for a feed field that is text by the RSS spec but that many readers render as HTML
 * (titles, categories, authors). Only "<" and ">" are escaped: those alone can start markup, while an
 * escaped "&" would show as "&amp;" in every reader that keeps the field as text ("Bộ KH&CN").
 */
export const feedText = (text: string): string => xmlSafe(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * feedText for an element handed to @astrojs/rss as `customData` (dc:creator): the library parses that
 * string as XML and writes what it read, so the text is escaped for XML once more here, and a reader
 * gets it exactly as it gets the library's own text fields (a title).
 */
export const feedCustomText = (text: string): string => escapeUTF8(feedText(text));

/**
 * JSON inside a <script> element (JSON-LD): "<", ">" and "&" as \u escapes, so no value can close
 * the script or open a comment, and U+2028/U+2029 as escapes for parsers that read JSON as script.
 */
export const jsonInScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
