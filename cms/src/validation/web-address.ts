import type { FieldProblem } from './field-error';
import { VALIDATION_TEXT } from './messages';

/**
 * What a URL typed into the CMS must be before any column links to it: an absolute http(s) address
 * with a host and nothing hidden in it. The snapshot validator (packages/snapshot/src/urls.ts) applies
 * the same rule again on the way out; the CMS cannot import it (Strapi compiles cms/ on its own), so
 * tests/cms/validation.test.ts feeds both the same addresses.
 */
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;

export function isWebAddress(value: string, httpsOnly = false): boolean {
  if (!value || INVISIBLE.test(value) || !(httpsOnly ? /^https:\/\//i : /^https?:\/\//i).test(value)) return false;
  try {
    const url = new URL(value);
    return ['http:', 'https:'].includes(url.protocol) && url.hostname.length > 0 && !/["<>`\\]/.test(value);
  } catch {
    return false;
  }
}

/** A problem naming the field when a filled-in address is not a web address. */
export function webAddressProblems(field: string, value: unknown, httpsOnly = false): FieldProblem[] {
  if (value === null || value === undefined || String(value).trim() === '') return [];
  if (isWebAddress(String(value), httpsOnly)) return [];
  return [{ field, ...VALIDATION_TEXT.pair('notWebAddress', { value: String(value).slice(0, 80), httpsOnly }) }];
}
