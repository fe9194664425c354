import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import mammoth from 'mammoth';
import type { Bilingual } from '@column57/i18n';
import type { Actor } from '../access/actor';
import { sentences } from '../access/messages';
import { throwIfProblems } from '../validation/field-error';
import { vnDay } from '../reporting/period';
import { officeHtmlToMarkdown } from './html-to-markdown';
import { DocxPictures, type StoredPicture } from './docx-images';
import { parseOnServer } from './server-dom';
import { freeArticleSlug } from './slug';
import { WORD_TEXT as TEXT } from './messages';

const ARTICLE = 'api::article.article';
const TITLE_MAX = 160;
const SUMMARY_MAX = 400;

export interface UploadedDocx {
  filepath: string;
  originalFilename?: string | null;
}

export interface DocxImport {
  documentId: string;
  title: string;
  /** Pictures stored in the media library, and how many of them still need alt text. */
  pictures: number;
  altMissing: number;
  /** What was left out (pictures of a kind the columns cannot show …) and what to do before publishing. */
  notes: Bilingual[];
}

const plain = (markdown: string) =>
  markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The title is the document's first heading, else its file name; the summary its first paragraph. */
function titleAndSummary(markdown: string, fileName: string) {
  const blocks = markdown.split(/\n{2,}/);
  const heading = blocks.find((b) => /^#{1,6} /.test(b));
  const fromName = fileName
    .replace(/\.docx$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  const title = plain(heading ?? '') || fromName || TEXT.t('vi', 'untitled');
  const paragraph = blocks.find((b) => !/^(#{1,6} |[-|]|\d+\. |!\[)/.test(b) && plain(b)) ?? '';
  const summary = plain(paragraph) || title;
  const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);
  return { title: clip(title, TITLE_MAX), summary: clip(summary, SUMMARY_MAX), heading };
}

/**
 * "Soạn từ Word": a .docx becomes a draft article of the account's own body. mammoth reads the document's
 * structure (headings by their Word styles, lists, tables, links) into HTML, and the same converter as the
 * paste handler makes Markdown of it. Pictures go to the body's media library; the title comes out of the
 * text (a document's first heading is its title, so it is not repeated in the body). Nothing is saved
 * unless the whole document was read; the draft goes through the document service as the account, so the
 * ownership guard and the content rules decide as in the edit view.
 */
export async function importDocx(
  strapi: Core.Strapi,
  actor: Actor,
  user: { id: number },
  file: UploadedDocx | undefined,
): Promise<DocxImport> {
  if (actor.kind !== 'member') throw new errors.ForbiddenError(sentences(TEXT.pair('notMember')));
  if (!file?.filepath) return throwIfProblems([{ field: 'file', ...TEXT.pair('fileMissing') }]) as never;
  const name = file.originalFilename ?? 'file';
  if (!/\.docx$/i.test(name)) return throwIfProblems([{ field: 'file', ...TEXT.pair('notDocx', { name }) }]) as never;
  const bytes = await readFile(file.filepath);
  // A .docx is a ZIP; an old .doc, a PDF or a renamed file is refused before mammoth is asked.
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK')
    return throwIfProblems([{ field: 'file', ...TEXT.pair('notDocx', { name }) }]) as never;

  const baseName =
    name
      .replace(/\.docx$/i, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .slice(0, 60) || 'word';
  const pictures = new DocxPictures(strapi, user, baseName);
  const stored = new Map<string, StoredPicture>();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          const picture = await pictures.store(
            await image.readAsBuffer(),
            image.contentType,
            ((image as { altText?: string }).altText ?? '').trim(),
          );
          if (!picture) return { src: '' };
          // The src is a key the converter swaps for the stored URL (alt text is kept by mammoth).
          const key = `column57-picture:${stored.size}`;
          stored.set(key, picture);
          return { src: key, ...(picture.alt ? { alt: picture.alt } : {}) };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    return throwIfProblems([{ field: 'file', ...TEXT.pair('unreadable', { name, reason: (error as Error).message }) }]) as never;
  }
  const markdown = officeHtmlToMarkdown(html, { parse: parseOnServer, imageUrl: (src) => stored.get(src)?.url ?? null });
  if (!plain(markdown)) return throwIfProblems([{ field: 'file', ...TEXT.pair('noText', { name }) }]) as never;

  const { title, summary, heading } = titleAndSummary(markdown, name);
  const content = heading ? markdown.replace(heading, '').trim() : markdown;
  const altMissing = [...stored.values()].filter((p) => !p.alt).length;
  const created = await strapi.documents(ARTICLE).create({
    data: {
      title,
      slug: await freeArticleSlug(strapi, actor.bodyDocumentId, title),
      summary,
      content: content || summary,
      publishDate: vnDay(new Date()),
      channel: 'portal',
      body: actor.bodyDocumentId,
    },
    locale: 'vi',
    status: 'draft',
  });
  const notes = [...pictures.problems];
  if (altMissing) notes.push(TEXT.pair('altMissing', { count: altMissing }));
  return { documentId: created.documentId, title, pictures: stored.size, altMissing, notes };
}
