/**
 * How an article embeds a programme block: `{{khoi:<key>}}` (khối, "block"; typed with or without the
 * diacritics) or `{{block:<key>}}`, anywhere in its text. Plain characters on purpose: an editor types it in
 * Word or in the form, and it survives copy and paste and the Word import untouched.
 */
const CODE = /\{\{\s*(?:khoi|khối|block)\s*:\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\}/giu;

export const blockCode = (key: string) => `{{khoi:${key}}}`;

/** The keys a text embeds, each once, in order of first use. */
export function blockKeysIn(text: string | null | undefined): string[] {
  if (!text) return [];
  return [...new Set([...text.normalize('NFC').matchAll(CODE)].map((m) => m[1].toLowerCase()))];
}

/**
 * The text with each code replaced by its block's words. A code whose block is gone (the rules refuse that,
 * so only a database edited by hand has one) becomes nothing rather than braces in front of readers.
 */
export function expandBlocks(text: string, valueOf: (key: string) => string | undefined): string {
  if (!text.includes('{{')) return text;
  return text.normalize('NFC').replace(CODE, (_, key: string) => valueOf(key.toLowerCase()) ?? '');
}
