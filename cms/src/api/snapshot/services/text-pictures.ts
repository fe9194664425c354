import { marked, type Token } from 'marked';

/** Where the media library serves its files (the local upload provider). */
const UPLOADS = '/uploads/';

/**
 * The media-library pictures a Markdown text shows (`![alt](/uploads/…)`, reference-style too), each once, in
 * order, as the text writes them. marked reads the text as the column's renderer will, so what is found here
 * is exactly what a page will ask for. Pictures elsewhere on the web are not the CMS's to carry.
 */
export function libraryPicturesIn(markdown: string): string[] {
  const found = new Set<string>();
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'image' && token.href.startsWith(UPLOADS)) found.add(token.href);
  });
  return [...found];
}
