import { lexer, type Token, type Tokens } from 'marked';

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

/** Words before which a long sentence may be cut: a new clause starts there. */
const CLAUSE_OPENERS = new Set(['và', 'nhưng', 'để', 'nhằm', 'đồng', 'trong', 'với', 'góp', 'giúp', 'bảo', 'qua']);

/**
 * Splits a long sentence where a listener can breathe: at a comma, semicolon or colon once a few words are
 * said, else before a word that opens a clause, and at the latest after MAX_WORDS words.
 */
function shortSentences(sentence: string): string[] {
  const words = sentence.split(' ');
  if (words.length <= MAX_WORDS) return [sentence];
  const parts: string[] = [];
  let current: string[] = [];
  const cut = () => {
    if (current.length) parts.push(current.join(' ').replace(/[,;:]$/, '') + (/[.!?…]$/.test(current.at(-1)!) ? '' : '.'));
    current = [];
  };
  for (const [i, word] of words.entries()) {
    const next = words[i + 1]?.toLocaleLowerCase('vi');
    current.push(word);
    const rest = words.length - i - 1;
    if (rest < 4) continue; // a last few words stay with their sentence
    if (
      (/[,;:]$/.test(word) && current.length >= 8) ||
      (next && CLAUSE_OPENERS.has(next) && current.length >= 14) ||
      current.length >= MAX_WORDS
    ) {
      cut();
    }
  }
  current.length && parts.push(current.join(' '));
  // A first letter made capital where a piece now opens a sentence.
  return parts.map((part) => part.charAt(0).toLocaleUpperCase('vi') + part.slice(1));
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
