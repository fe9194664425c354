import slugifyText from '@sindresorhus/slugify';

/**
 * The slug rule, said once for the CMS (which proposes and normalises slugs) and the column (which
 * addresses pages by them): Vietnamese diacritics folded, đ read as d, lower case, words joined by "-".
 * @sindresorhus/slugify does the folding: its transliteration table maps Vietnamese letters (đ → d, not
 * the South Slavic dj), so no table of our own has to be kept.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Hội nghị Đảng ủy: KH&CN 2026" → "hoi-nghi-dang-uy-kh-cn-2026"; at most `max` characters, cut at a hyphen. */
export function slugify(text: string, max = 100): string {
  // No camelCase splitting ("NQ57" stays whole) and "&" is a word break, not the English "and".
  return cutAtWord(slugifyText(text, { decamelize: false, customReplacements: [['&', ' ']] }), max);
}

/** A slug within `max` characters, cut between words (mid-word only when its first word is that long). */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return (slug[max] === '-' ? cut : cut.replace(/-[^-]*$/, '')).replace(/-+$/, '') || cut;
}

export const isSlug = (value: string) => SLUG_PATTERN.test(value);

/** The slug after `base` when it is taken: base-2, base-3 … kept within `max` characters. */
export function numberedSlug(base: string, n: number, max = 100): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${cutAtWord(base, max - suffix.length)}${suffix}`;
}
