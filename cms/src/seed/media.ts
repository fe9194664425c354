import type { Core } from '@strapi/strapi';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Artwork } from './artwork';

export interface StoredFile {
  id: number;
  documentId: string;
}

/** Uploads generated artwork through the upload plugin once; a second seed finds it by name. */
export class MediaLibrary {
  private cache = new Map<string, StoredFile>();
  private tempDir = mkdtempSync(path.join(os.tmpdir(), 'column57-seed-'));

  constructor(private strapi: Core.Strapi) {}

  /** Stores the artwork called `name` (made by `make` only when it is not stored yet). */
  async put(
    name: string,
    make: () => Artwork | Promise<Artwork>,
    alternativeText: string | null,
    caption: string | null = null,
  ): Promise<StoredFile> {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const existing = await this.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { name: { $startsWith: `${name}.` } }, select: ['id', 'documentId'] });
    if (existing) {
      this.cache.set(name, existing);
      return existing;
    }
    const artwork = await make();
    const fileName = `${artwork.name}.${artwork.ext}`;
    const filepath = path.join(this.tempDir, fileName);
    writeFileSync(filepath, artwork.buffer);
    const [stored] = await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: fileName, alternativeText, caption } },
        files: { filepath, originalFilename: fileName, mimetype: artwork.mime, size: artwork.buffer.length },
      });
    const file = { id: stored.id, documentId: stored.documentId };
    this.cache.set(name, file);
    return file;
  }

  close() {
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}
