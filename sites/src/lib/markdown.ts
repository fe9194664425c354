import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { isColumnPath } from './paths.ts';

/**
 * Article Markdown to safe HTML: marked renders, sanitize-html keeps only an allow-list of tags and
 * attributes (no scripts, no event handlers, no javascript: or data: URLs, no inline styles).
 * `breaks`: a single line break is a line break, as in the admin panel's Markdown preview (markdown-it
 * with `breaks: true`) where the editor checks the text; without it the column ran such lines together.
 */
const marked = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'blockquote',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
  'hr',
  'sup',
  'sub',
  'abbr',
  'del',
  'caption',
];

/** Where a link in an article points: another page of the column, or somewhere else. */
export type LinkTarget = { internal: string } | { external: string };

/** A picture of the text as the page shows it: a file the column carries, in the sizes the build made. */
export interface TextPicture {
  src: string;
  /** The widths the build made, when it made any (not of an SVG or a GIF, which are carried as they are). */
  srcset?: string;
  width: number | null;
  height: number | null;
}

export interface RenderOptions {
  /** Resolves a column-internal link written by an editor ("../van-ban/57-nq-tw/") to an href. */
  internalHref: (columnPath: string) => string;
  /**
   * The column's copy of a picture the text shows, by its address as written (`/uploads/…`), or null. A
   * picture without one is left out: a page never loads a picture from elsewhere (a reader's visit is
   * nobody else's business, and the column must work where the CMS is not reachable).
   */
  pictureOf?: (src: string) => TextPicture | null;
}

/** A link an editor wrote relative to the column ("../van-ban/x/", "/van-ban/x/", "van-ban/x/"). */
function columnPathOf(href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#')) return null;
  const path = href.replace(/^(\.\.\/|\.\/|\/)+/, '');
  return isColumnPath(path) ? path : null;
}

export function renderMarkdown(markdown: string, options: RenderOptions): string {
  // A title is the page's h1: headings in the body start at h2.
  const html = (marked.parse(markdown) as string).replace(/<(\/?)h1(\s|>)/g, '<$1h2$2');
  const pictureOf = options.pictureOf ?? (() => null);
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS, 'img'],
    allowedAttributes: {
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
      a: ['href', 'title', 'rel'],
      abbr: ['title'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // A picture the column does not carry loses its address below, and then its tag here.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    transformTags: {
      img: (tagName, attribs) => {
        // marked writes the address percent-encoded; the snapshot keeps it as the text has it.
        const src = attribs.src ?? '';
        const picture = pictureOf(src) ?? pictureOf(safeDecode(src));
        if (!picture) return { tagName, attribs: {} };
        const shown: Record<string, string> = { src: picture.src, alt: attribs.alt ?? '', loading: 'lazy', decoding: 'async' };
        if (picture.srcset) Object.assign(shown, { srcset: picture.srcset, sizes: '(max-width: 48rem) 100vw, 48rem' });
        if (picture.width && picture.height) Object.assign(shown, { width: String(picture.width), height: String(picture.height) });
        return { tagName, attribs: shown };
      },
      a: (tagName, attribs) => {
        const href = attribs.href ?? '';
        const internal = columnPathOf(href);
        if (internal) return { tagName, attribs: { ...attribs, href: options.internalHref(internal) } };
        const external = /^https?:\/\//i.test(href);
        return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer external' } : attribs };
      },
    },
  });
}

const safeDecode = (text: string) => {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
};

/** Plain text of Markdown (for summaries, search and share cards). */
export function plainText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
