import { marked, type Token } from 'marked';

/** Where the media library serves its files (the local upload provider). */
const UPLOADS = '/uploads/';

/** A picture a text shows: the address as the text writes it, and the media library's path it names. */
export interface TextPictureRef {
  src: string;
  path: string;
}

/**
 * The media library's path an image address names, or null: `/uploads/…` as Word import and paste write
 * it, or `https://<cms>/uploads/…` as the admin's "insert media" and "copy link" write it. Which file it
 * is, and whether the article's body may use it, is the database's answer (snapshot.ts), not the host's.
 */
function libraryPath(href: string): string | null {
  if (href.startsWith(UPLOADS)) return href;
  if (!/^https?:\/\//i.test(href)) return null;
  try {
    const { pathname } = new URL(href);
    return pathname.startsWith(UPLOADS) ? pathname : null;
  } catch {
    return null;
  }
}

/**
 * The media-library pictures a Markdown text shows (reference-style too), each once, in order. marked
 * reads the text as the column's renderer will, so what is found here is exactly what a page will ask for.
 */
export function libraryPicturesIn(markdown: string): TextPictureRef[] {
  const found = new Map<string, TextPictureRef>();
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type !== 'image' || found.has(token.href)) return;
    const path = libraryPath(token.href);
    if (path) found.set(token.href, { src: token.href, path });
  });
  return [...found.values()];
}
