/**
 * The speech normaliser: a bulletin script as a speech engine should read it. Engines read words well and
 * figures, symbols and abbreviations poorly (espeak-ng says "AI" as the word "ai", skips "%" and "/", reads
 * "57-NQ/TW" letter by letter), so everything of that sort is spelled out here in Vietnamese words, and each
 * replacement is returned as a change (original → spoken) for an editor's preview of what will be read.
 *
 * How each kind of thing is read (the words themselves are in lexicon.ts):
 *
 * - figures the Vietnamese way: "." groups thousands, "," is the decimal point ("1.250" một nghìn hai trăm năm
 *   mươi, "3,5" ba phẩy năm); a year is a cardinal ("2025" hai nghìn không trăm hai mươi lăm); a "." before one
 *   or two digits is "chấm" ("4.0"); a figure with a leading zero is read digit by digit (a telephone number);
 * - ranges "2025-2030", "2025–2030", "10 - 15%": "A đến B";
 * - dates "20/12/2025" (also with "-" or "."), "ngày 5/7", and "15/7" right after another date ("từ ngày 1/7 đến
 *   15/7"): "ngày D tháng M năm Y", "ngày" added when the script leaves it out, month four read "tư";
 *   "tháng 12/2025" and "12/2025": "tháng M năm Y"; "năm 2030" needs nothing but the figure;
 * - a fraction "1/3" (one or two digits each side, not a date): "một phần ba";
 * - times "6h30", "06:30", "17h00", "6h": "sáu giờ ba mươi phút", "mười bảy giờ" ("17 giờ" is a figure);
 * - "thứ 2" → "thứ hai", "thứ 1" → "thứ nhất", "thứ 4" → "thứ tư"; "tháng 4" → "tháng tư";
 *   Roman numerals after "khóa", "Đại hội", "thế kỷ" ("khóa XV" → "khóa mười lăm");
 * - percentages "80%", "3,5%": "... phần trăm";
 * - money: "đ", "VNĐ", "VND" are "đồng", "USD" "đô la Mỹ", after a figure and its scale ("15 triệu đ");
 *   "500.000 đồng/hộ" → "... đồng mỗi hộ";
 * - units after a figure ("50 km", "120 m²", "3 ha", "100 Mbps"), "/" after a unit read "mỗi";
 * - a legal document's symbol is read as its number, its year if it has one, then its codes in words:
 *   "57-NQ/TW" → "năm mươi bảy, Nghị quyết Trung ương"; "1169/QĐ-TTg" → "một nghìn một trăm sáu mươi chín,
 *   Quyết định Thủ tướng Chính phủ"; "13/2023/NĐ-CP" → "mười ba năm hai nghìn không trăm hai mươi ba, Nghị định
 *   Chính phủ"; "24/2018/QH14" → "..., Quốc hội khóa mười bốn". The comma gives the pause an announcer
 *   makes between the number and the issuer; a code not in lexicon.ts is left as written;
 * - abbreviations (UBND, HĐND, KH&CN, ĐMST, CĐS, TP., VN, AI ...), matched with their case, whole words only;
 * - "&" is "và"; "+" is "cộng" between figures and "và" elsewhere.
 *
 * A replacement that starts a sentence starts with a capital. The script is taken in Unicode NFC (text pasted
 * from a word processor may carry decomposed diacritics), and the changes' offsets are offsets into that NFC
 * text. Diacritics and "đ" are never touched: only the spans listed in `changes` differ from the script.
 */
import { ABBREVIATIONS, CUES, CURRENCIES, DOCUMENT_CODES, SCALES, UNITS, WORDS } from './lexicon.ts';
import { figureWords, integerWords, ordinalWords, romanValue } from './numbers.ts';

export type ChangeKind =
  'document' | 'date' | 'time' | 'fraction' | 'range' | 'percent' | 'money' | 'unit' | 'ordinal' | 'number' | 'abbreviation' | 'symbol';

/** One replacement: `original` at [start, end) of the (NFC) script is read as `spoken`. */
export interface SpokenChange {
  start: number;
  end: number;
  original: string;
  spoken: string;
  kind: ChangeKind;
}

export interface Speakable {
  /** The script as the engine will read it. */
  text: string;
  /** What was replaced, in order of the script. */
  changes: SpokenChange[];
}

interface Context {
  /** Where the last date read ended, to take "15/7" in "từ ngày 1/7 đến 15/7" as a date too. */
  lastDateEnd: number;
}

interface Rule {
  kind: ChangeKind;
  pattern: RegExp;
  /** The spoken words for a match, or undefined to let the next rule try. */
  speak(match: RegExpExecArray, context: Context, at: number): string | undefined;
  /** Whether the match must start a word (all but the symbols). */
  anywhere?: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const rule = (source: string, flags = '') => new RegExp(source, `${flags}uy`);

/** Not followed by a letter or digit: the end of a word. */
const END = String.raw`(?![\p{L}\p{N}])`;
const FIGURE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d|\.\d)|\d+`;
/** A figure or a range of two ("2025–2030"); `quantity` reads either. */
const QUANTITY = String.raw`(${FIGURE})(?:\s?[-–—]\s?(${FIGURE}))?`;
const quantity = (from: string, to: string | undefined) =>
  to === undefined ? figureWords(from) : `${figureWords(from)} ${WORDS.to} ${figureWords(to)}`;
// A capital, letters, then a session number: "NQ", "QĐ", "TTg", "QH14" (a symbol needs one code known).
const CODE = String.raw`\p{Lu}\p{L}*\d*`;

const isDay = (d: string) => Number(d) >= 1 && Number(d) <= 31;
const isMonth = (m: string) => Number(m) >= 1 && Number(m) <= 12;
/** "1/2", "2/3", "3/4", "1/10": read as a fraction, not as a date, unless "ngày" or another date says otherwise. */
const isFraction = (a: string, b: string) => [2, 3, 4, 5, 10].includes(Number(b)) && Number(a) < Number(b);
const month = (m: string) => ordinalWords(m, { first: false });
const time = (h: string, m: string | undefined) =>
  Number(m ?? 0) > 0 ? `${integerWords(h)} ${WORDS.hour} ${integerWords(m!)} ${WORDS.minute}` : `${integerWords(h)} ${WORDS.hour}`;
const isTime = (h: string, m: string | undefined) => Number(h) <= 24 && Number(m ?? 0) <= 59;
const per = (word: string | undefined) => (word ? ` ${WORDS.per} ${word}` : '');

function documentCode(code: string): string {
  const [, letters, session] = /^(.*?)(\d*)$/u.exec(code)!;
  const name = DOCUMENT_CODES[letters];
  if (!name) return code;
  return session ? `${name} ${WORDS.session} ${integerWords(session)}` : name;
}

const TIME = String.raw`(\d{1,2})(?:h(\d{2})?|:(\d{2}))`;
const CURRENCY = alternatives(Object.keys(CURRENCIES));
const UNIT = alternatives(Object.keys(UNITS));
const SCALE = alternatives(SCALES);
const ABBREVIATION = alternatives(Object.keys(ABBREVIATIONS));
const TO = alternatives([...CUES.rangeTo, '-', '–', ',']);

/** Tried in this order at each place a word starts; the first that reads a match wins. */
const RULES: Rule[] = [
  {
    kind: 'document',
    pattern: rule(String.raw`(\d+)(?:\/(\d{4}))?[-/](${CODE}(?:[-/]${CODE})*)${END}`),
    speak: ([, number, year, codes]) => {
      const parts = codes.split(/[-/]/);
      if (!parts.some((code) => /^(.*?)\d*$/u.exec(code)![1] in DOCUMENT_CODES)) return undefined;
      const dated = year ? ` ${WORDS.year} ${integerWords(year)}` : '';
      return `${integerWords(number)}${dated}, ${parts.map(documentCode).join(' ')}`;
    },
  },
  {
    kind: 'date',
    pattern: rule(String.raw`(?:(${CUES.day})\s+)?(\d{1,2})([/.-])(\d{1,2})\3(\d{4})${END}`, 'i'),
    speak: ([, cue, d, , m, y]) => {
      if (!isDay(d) || !isMonth(m)) return undefined;
      return `${cue ?? WORDS.day} ${integerWords(d)} ${WORDS.month} ${month(m)} ${WORDS.year} ${integerWords(y)}`;
    },
  },
  {
    kind: 'date',
    pattern: rule(String.raw`(?:(${CUES.month})\s+)?(\d{1,2})\/(\d{4})${END}`, 'i'),
    speak: ([, cue, m, y]) => {
      if (!isMonth(m)) return undefined;
      return `${cue ?? WORDS.month} ${month(m)} ${WORDS.year} ${integerWords(y)}`;
    },
  },
  {
    kind: 'date',
    pattern: rule(String.raw`(?:(${CUES.day})\s+)?(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}]|\/\d)`, 'i'),
    speak: ([, cue, d, m], context, at) => {
      if (!isDay(d) || !isMonth(m)) return undefined;
      const afterDate = context.lastDateEnd >= 0 && new RegExp(String.raw`^\s*(?:${TO})\s*$`, 'iu').test(before(at, context));
      if (!cue && !afterDate && isFraction(d, m)) return undefined;
      return `${cue ?? WORDS.day} ${integerWords(d)} ${WORDS.month} ${month(m)}`;
    },
  },
  {
    kind: 'fraction',
    pattern: rule(String.raw`(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}]|\/\d)`),
    speak: ([, a, b]) => (Number(b) > 1 ? `${integerWords(a)} ${WORDS.fraction} ${ordinalWords(b, { first: false })}` : undefined),
  },
  {
    kind: 'time',
    pattern: rule(String.raw`${TIME}(?:\s?[-–—]\s?${TIME})?${END}`),
    speak: ([, h1, m1, n1, h2, m2, n2]) => {
      const [first, second] = [m1 ?? n1, m2 ?? n2];
      if (!isTime(h1, first) || (h2 !== undefined && !isTime(h2, second))) return undefined;
      return h2 === undefined ? time(h1, first) : `${time(h1, first)} ${WORDS.to} ${time(h2, second)}`;
    },
  },
  {
    kind: 'percent',
    pattern: rule(String.raw`${QUANTITY}\s?%`),
    speak: ([, from, to]) => `${quantity(from, to)} ${WORDS.percent}`,
  },
  {
    kind: 'money',
    pattern: rule(String.raw`${QUANTITY}(?:\s?(${SCALE}))?\s?(${CURRENCY})${END}(?:\/(\p{L}+)${END})?`),
    speak: ([, from, to, scale, currency, unit]) => {
      if (currency === WORDS.dong && !unit) return undefined;
      return `${quantity(from, to)}${scale ? ` ${scale}` : ''} ${CURRENCIES[currency]}${per(unit)}`;
    },
  },
  {
    kind: 'unit',
    pattern: rule(String.raw`${QUANTITY}\s?(${UNIT})${END}(?:\/(\p{L}+)${END})?`),
    speak: ([, from, to, unit, each]) => `${quantity(from, to)} ${UNITS[unit]}${per(each)}`,
  },
  {
    kind: 'ordinal',
    pattern: rule(String.raw`(${CUES.ordinal})\s+(\d{1,3})${END}`, 'i'),
    speak: ([, cue, n]) => `${cue} ${ordinalWords(n, { first: true })}`,
  },
  {
    kind: 'ordinal',
    pattern: rule(String.raw`(${CUES.month})\s+(\d{1,2})${END}(?!\/\d)`, 'i'),
    speak: ([, cue, m]) => (isMonth(m) ? `${cue} ${month(m)}` : undefined),
  },
  {
    kind: 'ordinal',
    pattern: rule(String.raw`(${alternatives(CUES.roman)})\s+([IVXLC]+)${END}`),
    speak: ([, cue, roman]) => {
      const value = romanValue(roman);
      return value === undefined ? undefined : `${cue} ${integerWords(String(value))}`;
    },
  },
  {
    kind: 'number',
    pattern: rule(String.raw`${QUANTITY}${END}`),
    speak: ([, from, to]) => quantity(from, to),
  },
  {
    kind: 'abbreviation',
    pattern: rule(String.raw`(?:${ABBREVIATION})${END}`),
    speak: ([abbreviation]) => ABBREVIATIONS[abbreviation],
  },
  {
    kind: 'symbol',
    anywhere: true,
    pattern: /[&+]/y,
    speak: ([symbol], context, at) => {
      if (symbol === '&') return WORDS.and;
      const between = /\d\s*$/.test(textOf(context).slice(0, at)) && /^\s*\d/.test(textOf(context).slice(at + 1));
      return between ? WORDS.plus : WORDS.and;
    },
  },
];

// The script being read, for the rules that look around their match.
const scripts = new WeakMap<Context, string>();
const textOf = (context: Context) => scripts.get(context)!;
const before = (at: number, context: Context) => textOf(context).slice(context.lastDateEnd, at);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const startsSentence = (text: string, at: number) => at === 0 || /(^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 8), at));

/** The script as it should be read aloud, and what was replaced to make it so. */
export function speakable(script: string): Speakable {
  const text = script.normalize('NFC');
  const context: Context = { lastDateEnd: -1 };
  scripts.set(context, text);
  const changes: SpokenChange[] = [];
  let out = '';
  let at = 0;
  while (at < text.length) {
    const wordStart = at === 0 || !WORD_CHARACTER.test(text[at - 1]);
    let read: { end: number; spoken: string; kind: ChangeKind } | undefined;
    for (const candidate of RULES) {
      if (!wordStart && !candidate.anywhere) continue;
      candidate.pattern.lastIndex = at;
      const match = candidate.pattern.exec(text);
      if (!match) continue;
      const spoken = candidate.speak(match, context, at);
      if (spoken === undefined) continue;
      read = { end: at + match[0].length, spoken, kind: candidate.kind };
      if (candidate.kind === 'date') context.lastDateEnd = read.end;
      break;
    }
    if (!read) {
      out += text[at];
      at += 1;
      continue;
    }
    let spoken = read.spoken;
    if (startsSentence(text, at)) spoken = spoken.charAt(0).toLocaleUpperCase('vi') + spoken.slice(1);
    if (read.kind === 'symbol') {
      // "A&B" → "A và B", "A & B" → "A và B": one space each side.
      if (out && !/\s$/.test(out)) spoken = ` ${spoken}`;
      if (read.end < text.length && !/\s/.test(text[read.end])) spoken = `${spoken} `;
    }
    changes.push({ start: at, end: read.end, original: text.slice(at, read.end), spoken, kind: read.kind });
    out += spoken;
    at = read.end;
  }
  return { text: out, changes };
}
