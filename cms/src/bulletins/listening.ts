import { lexer, type Token, type Tokens } from 'marked';
import { CLAUSE_OPENERS } from './clause-words';

/**
 * An article turned into a script for listening: what a loudspeaker can carry of it. Markdown is read by
 * marked's lexer (the parser the columns render with), so emphasis, links, images, tables and code are
 * recognised as such rather than guessed at with patterns: links keep their words, images, tables, code and
 * raw HTML go, and long sentences are cut where a listener can breathe.
 */

/** Words a listener hears in one breath: a sentence longer than this is split at a comma or a conjunction. */
const MAX_WORDS = 28;
/** The proposal stays short: a bulletin is read twice a day in a few minutes. */
const MAX_PARAGRAPHS = 4;

/** The words of inline tokens, without their marks; images and inline HTML say nothing. */
function inlineText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'image':
        case 'html':
        case 'br':
          return ' ';
        case 'codespan':
          return (token as Tokens.Codespan).text;
        case 'escape':
        case 'text':
          return 'tokens' in token && token.tokens ? inlineText(token.tokens) : (token as Tokens.Text).text;
        default:
          return 'tokens' in token ? inlineText(token.tokens) : '';
      }
    })
    .join('');
}

/** The blocks of Markdown worth reading aloud, as plain paragraphs. */
function readableBlocks(markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'paragraph' || token.type === 'heading') out.push(inlineText((token as Tokens.Paragraph).tokens));
      else if (token.type === 'blockquote') walk((token as Tokens.Blockquote).tokens);
      else if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens);
      else if (token.type === 'text') out.push(inlineText((token as Tokens.Text).tokens) || (token as Tokens.Text).text);
      // table, code, html, hr, space: nothing a listener can follow
    }
  };
  walk(lexer(markdown));
  return out.map(tidy).filter(Boolean);
}

/** Bare addresses, stray marks and runs of spaces out; the sentence ends with a full stop. */
function tidy(text: string): string {
  const plain = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_#`|<>[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return '';
  return /[.!?…:;]$/.test(plain) ? plain : `${plain}.`;
}

/** Fewer words than this on either side of a cut would leave a fragment (or split a list: "a, b, c"). */
const MIN_PIECE = 6;

/**
 * Splits a long sentence where a listener can breathe: before a word that opens a clause ("để", "nhằm",
 * "theo đó" …), at a comma or not, and only where both sides keep MIN_PIECE words. A comma alone is no
 * place to cut (it may sit inside a list: "khoa học, công nghệ, đổi mới sáng tạo"), and a sentence with no
 * such place stays as written: a cut mid-phrase is worse for a listener than a long sentence.
 */
function shortSentences(sentence: string): string[] {
  const words = sentence.split(' ');
  if (words.length <= MAX_WORDS) return [sentence];
  // The words up to the next punctuation mark, from position i: how long the next piece would run.
  const runFrom = (i: number) => {
    let n = 0;
    while (i + n < words.length && !/[,;:.!?…]$/.test(words[i + n])) n++;
    return n + 1;
  };
  // The words back to the previous punctuation mark, ending at position i.
  const runTo = (i: number) => {
    let n = 1;
    while (i - n >= 0 && !/[,;:.!?…]$/.test(words[i - n])) n++;
    return n;
  };
  const opens = (i: number) =>
    CLAUSE_OPENERS.has(words[i]?.toLocaleLowerCase('vi')) || CLAUSE_OPENERS.has(`${words[i]} ${words[i + 1]}`.toLocaleLowerCase('vi'));
  const parts: string[] = [];
  let current: string[] = [];
  for (const [i, word] of words.entries()) {
    current.push(word);
    const rest = words.length - i - 1;
    if (current.length < MIN_PIECE || rest < MIN_PIECE) continue;
    const atMark = /[;:]$/.test(word) && runTo(i) >= MIN_PIECE && runFrom(i + 1) >= MIN_PIECE;
    if (current.length >= MIN_PIECE + 2 && (atMark || opens(i + 1))) {
      parts.push(current.join(' ').replace(/[,;:]$/, '') + '.');
      current = [];
    }
  }
  if (current.length) parts.push(current.join(' '));
  // A first letter made capital where a piece now opens a sentence.
  return parts.flatMap(halveAtComma).map((part) => part.charAt(0).toLocaleUpperCase('vi') + part.slice(1));
}

/**
 * The last resort for a sentence still half as long again as a breath: cut at the comma nearest its middle
 * that ends a piece of MIN_PIECE words (not a list item) and leaves as many after it.
 */
function halveAtComma(sentence: string): string[] {
  const words = sentence.split(' ');
  if (words.length <= MAX_WORDS * 1.5) return [sentence];
  let best = -1;
  let since = 0;
  for (const [i, word] of words.entries()) {
    since++;
    if (!/,$/.test(word)) continue;
    const fits = since >= MIN_PIECE && i + 1 >= MIN_PIECE && words.length - i - 1 >= MIN_PIECE;
    if (fits && (best < 0 || Math.abs(i - words.length / 2) < Math.abs(best - words.length / 2))) best = i;
    since = 0;
  }
  if (best < 0) return [sentence];
  const head = `${words
    .slice(0, best + 1)
    .join(' ')
    .replace(/,$/, '')}.`;
  const tail = words.slice(best + 1).join(' ');
  return [head, ...halveAtComma(tail.charAt(0).toLocaleUpperCase('vi') + tail.slice(1))];
}

function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…])\s+(?=\p{Lu}|\d)/u)
    .flatMap(shortSentences)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The proposed script: the title, the summary, then the first paragraphs of the content, in short sentences. */
export function scriptFromArticle(article: { title: string; summary?: string | null; content?: string | null }): string {
  const paragraphs = [tidy(article.title), ...(article.summary ? [tidy(article.summary)] : []), ...readableBlocks(article.content ?? '')];
  const seen = new Set<string>();
  const kept = paragraphs.filter((p) => p && !seen.has(p) && seen.add(p));
  return kept
    .slice(0, MAX_PARAGRAPHS + 2)
    .map((p) => sentencesOf(p).join(' '))
    .join('\n\n');
}
