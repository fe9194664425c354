// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- untyped plugin; tests compile this outside the CMS
/// <reference path="./turndown-plugin-gfm.d.ts" />
import TurndownService from 'turndown';
import { tables, strikethrough } from 'turndown-plugin-gfm';
import { type CleanDocument, cleanOfficeHtml } from './clean-html';

/**
 * Office HTML (pasted from Word, Google Docs or LibreOffice, or made from a .docx by mammoth) to the Markdown
 * the article's body is written in. turndown does the conversion and its GFM plugin the tables; before it,
 * `cleanOfficeHtml` takes out what only the office program needs. The same code runs in the admin panel
 * (paste) and on the server (.docx import), so both give the editor the same Markdown.
 */

export interface ConvertOptions {
  /** Parses HTML into a document: the browser's DOMParser, or linkedom on the server. */
  parse: (html: string) => CleanDocument;
  /**
   * Where an image goes in the Markdown, given its source in the HTML: the media library's URL once it is
   * uploaded, or null to leave it out (a file: path the browser may not read), which the caller reports.
   */
  imageUrl?: (src: string) => string | null;
}

/** Every image source in the HTML, in order, once each: what the caller uploads before converting. */
export function imageSourcesIn(html: string, parse: ConvertOptions['parse']): string[] {
  const sources = Array.from(parse(html).body.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
  return [...new Set(sources.filter(Boolean))];
}

function converter(imageUrl: ConvertOptions['imageUrl']) {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    // A line break is a newline: the column and the preview both read a single newline as a break.
    br: '',
  });
  service.use([tables, strikethrough]);
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const img = node as unknown as { getAttribute(name: string): string | null };
      const src = img.getAttribute('src') ?? '';
      const url = imageUrl ? imageUrl(src) : src;
      if (!url) return '';
      const alt = (img.getAttribute('alt') ?? '').replace(/[[\]\n]+/g, ' ').trim();
      return `![${alt}](${url.replace(/[ ()]/g, encodeURIComponent)})`;
    },
  });
  return service;
}

/** Converts office HTML to Markdown (NFC, so text typed on a Mac compares equal to text typed elsewhere). */
export function officeHtmlToMarkdown(html: string, options: ConvertOptions): string {
  const cleaned = cleanOfficeHtml(options.parse(html));
  return (
    converter(options.imageUrl)
      .turndown(cleaned)
      .replace(/\u00a0/g, ' ')
      // turndown pads list markers to four columns ("-   item"); editors write and read "- item".
      .replace(/^( *)(-|\d+\.) {2,}(?=\S)/gm, '$1$2 ')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .normalize('NFC')
  );
}
