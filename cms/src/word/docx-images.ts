import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Bilingual } from '@column57/i18n';
import { IMAGE_MAX_BYTES } from '../policies-data/upload-limits';
import { WORD_TEXT as TEXT } from './messages';

/** The picture types the columns serve; Word's EMF/WMF drawings and TIFF scans are reported instead. */
const PICTURES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface StoredPicture {
  url: string;
  alt: string;
}

/**
 * Stores the pictures of a .docx in the media library as the importing account, so they are its body's
 * media (the media scope in access/scope.ts goes by who created a file). A picture that cannot be stored
 * is left out of the article and reported by its place in the document; the rest of the import goes on.
 */
export class DocxPictures {
  readonly problems: Bilingual[] = [];
  private count = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly user: { id: number },
    private readonly baseName: string,
  ) {}

  async store(bytes: Buffer, contentType: string, alt: string): Promise<StoredPicture | null> {
    const index = ++this.count;
    const ext = PICTURES[contentType];
    if (!ext) {
      this.problems.push(TEXT.pair('imageTypeSkipped', { index, type: contentType || '?' }));
      return null;
    }
    if (bytes.length > IMAGE_MAX_BYTES) {
      this.problems.push(TEXT.pair('imageTooLarge', { index, size: megabytes(bytes.length), limit: megabytes(IMAGE_MAX_BYTES) }));
      return null;
    }
    const dir = await mkdtemp(join(tmpdir(), 'column57-docx-'));
    try {
      const name = `${this.baseName}-anh-${index}.${ext}`;
      const filepath = join(dir, name);
      await writeFile(filepath, bytes);
      const [file] = await this.strapi
        .plugin('upload')
        .service('upload')
        .upload(
          {
            data: { fileInfo: { name, alternativeText: alt || null } },
            files: { filepath, originalFilename: name, mimetype: contentType, size: bytes.length },
          },
          { user: this.user },
        );
      return { url: String(file.url), alt };
    } catch (error) {
      this.problems.push(TEXT.pair('imageRefused', { index, reason: (error as Error).message }));
      return null;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
