/**
 * Figures as Vietnamese words. The integers come from `read-vietnamese-number` (MIT, no dependencies, typed,
 * ESM and CommonJS, numbers of any size as strings, every word configurable): chosen over `vn-num2words`,
 * whose one release is a minified webpack bundle without types that misspells "mười" as "muời" and reads 7 as
 * the dialectal "bẩy". Decimals, digits read one by one and the spoken variants ("tư", "nhất") are ours.
 */
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { NUMBER_WORDS, WORDS } from './lexicon.ts';
import { SPEECH_TEXT } from './messages.ts';

const config = Object.assign(new ReadingConfig(), { unit: [] as string[] }, NUMBER_WORDS);

/** An integer written with digits only ("1250", "007"), as words: "một nghìn hai trăm năm mươi". */
export function integerWords(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new RangeError(SPEECH_TEXT.both('notAFigure', { figure: digits }));
  return doReadNumber(digits.replace(/^0+(?=\d)/, ''), config);
}

/** Each digit in turn: "0912" → "không chín một hai" (telephone numbers, long decimals). */
export const digitWords = (digits: string): string => [...digits].map((d) => NUMBER_WORDS.digits[Number(d)]).join(' ');

/**
 * A fractional part after the comma: up to two digits without a leading zero as a number ("3,25" → "ba phẩy
 * hai mươi lăm", as figures are read on the radio), anything else digit by digit ("0,05" → "không phẩy không năm").
 */
export const fractionWords = (digits: string): string =>
  digits.length <= 2 && !digits.startsWith('0') ? integerWords(digits) : digitWords(digits);

/**
 * A figure as Vietnamese writes it: "." groups thousands ("1.250"), "," marks decimals ("3,5"). A "." followed by
 * one or two digits is a point read "chấm" ("4.0" in "công nghiệp 4.0").
 */
export function figureWords(figure: string): string {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(figure) || /^\d+(,\d+)?$/.test(figure)) {
    const [whole, fraction] = figure.replace(/\./g, '').split(',');
    const head = whole.length > 1 && whole.startsWith('0') && !fraction ? digitWords(whole) : integerWords(whole);
    return fraction === undefined ? head : `${head} ${WORDS.point} ${fractionWords(fraction)}`;
  }
  const point = /^(\d+)\.(\d{1,2})$/.exec(figure);
  if (point) return `${integerWords(point[1])} ${WORDS.dot} ${digitWords(point[2])}`;
  throw new RangeError(SPEECH_TEXT.both('notAFigure', { figure }));
}

/** After "thứ", "tháng": one is "nhất" (ordinal only), four is "tư". */
export function ordinalWords(digits: string, { first }: { first: boolean }): string {
  const n = Number(digits);
  if (n === 1 && first) return WORDS.first;
  if (n === 4) return WORDS.fourth;
  return integerWords(digits);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A Roman numeral up to CCCXCIX, or undefined when it is not one written the usual way. */
export function romanValue(roman: string): number | undefined {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]];
    const next = ROMAN[roman[i + 1]] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === roman ? total : undefined;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) while (n >= value) [out, n] = [out + letters, n - value];
  return out;
}
