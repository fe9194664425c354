/**
 * One way to say a string. Every piece of text a person reads (a page of a column, the embed guide, a
 * line the CLI prints, an error the CMS returns) is a key of a catalogue defined here, in Vietnamese and
 * in English. The English side is typed from the Vietnamese one, so a missing key, an extra key or a
 * message taking other values fails to compile; tests/i18n.unit.test.ts checks the same at run time for
 * every catalogue in the tree, and that no Vietnamese text lives outside one.
 */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message is fixed text or text made from named values (`({ count }) => …`). */
export type Message = string | ((values: never) => string);
type Messages = Record<string, Message>;

/** What the English side must look like, given the Vietnamese side: the same keys, the same values. */
export type Translation<V extends Messages> = {
  readonly [K in keyof V]: V[K] extends (values: infer P) => string ? (values: P) => string : string;
};

/** The values a message takes: none for fixed text, its object for a function. */
export type ValuesOf<M> = M extends (values: infer P) => string ? [values: P] : [];

/** A text in both languages, as a label stored once and shown in either. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface Catalogue<V extends Messages> {
  /** Where the catalogue lives, for the tests' messages ("sites/column"). */
  readonly name: string;
  readonly messages: { readonly vi: V; readonly en: Translation<V> };
  /** The text in one language. */
  t<K extends keyof V>(locale: Locale, key: K, ...values: ValuesOf<V[K]>): string;
  /** Both texts, for a label kept in both languages. */
  pair<K extends keyof V>(key: K, ...values: ValuesOf<V[K]>): Bilingual;
  /**
   * Vietnamese, then English, as "vi / en": for places that cannot know the reader's language (a terminal,
   * a log, an error the CMS returns to an editor whose interface language the server does not see).
   */
  both<K extends keyof V>(key: K, ...values: ValuesOf<V[K]>): string;
}

const render = (message: Message, values: unknown[]): string =>
  typeof message === 'function' ? (message as (v: unknown) => string)(values[0]) : message;

/** Vietnamese first, then English, the way every bilingual line in column57 reads. */
export const bilingual = (text: Bilingual): string => `${text.vi} / ${text.en}`;

/** A label as it reads inside a sentence or a heading: "Báo chí" in "Kênh báo chí", "Press" in "Channel: press". */
export const midSentence = (text: Bilingual): Bilingual => ({ vi: lowerFirst(text.vi), en: lowerFirst(text.en) });
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** Defines a catalogue; the `const` type parameter keeps each message's own values type. */
export function defineCatalogue<const V extends Messages>(name: string, messages: { vi: V; en: Translation<V> }): Catalogue<V> {
  const pick = (locale: Locale, key: keyof V, values: unknown[]) => render((messages[locale] as Messages)[key as string], values);
  const catalogue: Catalogue<V> = {
    name,
    messages,
    t: (locale, key, ...values) => pick(locale, key, values),
    pair: (key, ...values) => ({ vi: pick('vi', key, values), en: pick('en', key, values) }),
    both: (key, ...values) => bilingual({ vi: pick('vi', key, values), en: pick('en', key, values) }),
  };
  registry.push(catalogue as unknown as Catalogue<Messages>);
  return catalogue;
}

/** Labels of an enumeration, one for each of its values: a value without a label fails to compile. */
export type Labels<Codes extends readonly string[]> = Readonly<Record<Codes[number], Bilingual>>;

/** An enumeration with its labels: the values, declared once, and a catalogue keyed by them. */
export interface Vocabulary<Codes extends readonly [string, ...string[]]> extends Catalogue<Record<Codes[number], string>> {
  readonly codes: Codes;
  readonly labels: Labels<Codes>;
}

/**
 * Declares an enumeration and its labels in one place; the zod schema, the CMS and the column take the
 * values from `codes` and the text from the catalogue, so none of them can name a value the others lack.
 */
export function defineVocabulary<const Codes extends readonly [string, ...string[]]>(
  name: string,
  codes: Codes,
  labels: Labels<Codes>,
): Vocabulary<Codes> {
  const side = (locale: Locale) => Object.fromEntries(codes.map((code) => [code, labels[code as Codes[number]][locale]]));
  const catalogue = defineCatalogue(name, { vi: side('vi'), en: side('en') }) as unknown as Catalogue<Record<Codes[number], string>>;
  return { ...catalogue, codes, labels };
}

const registry: Array<Catalogue<Messages>> = [];
/** Every catalogue defined so far in this process (the key test imports them all, then reads this). */
export const definedCatalogues = (): ReadonlyArray<Catalogue<Messages>> => registry;

/** Every label of a vocabulary as it reads inside a sentence, keyed by its value. */
export function midSentenceLabels<const Codes extends readonly [string, ...string[]]>(vocabulary: Vocabulary<Codes>): Labels<Codes> {
  return Object.fromEntries(vocabulary.codes.map((code) => [code, midSentence(vocabulary.labels[code as Codes[number]])])) as Labels<Codes>;
}
