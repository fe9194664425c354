import { join } from 'node:path';
import pLimit from 'p-limit';
import { type MediaRef, mediaPath } from '@column57/snapshot';
import type { ImageVariants } from '@column57/sites/build-plan';
import { imageVariants, logoIcon } from './images.ts';

/**
 * The pictures and files of a build, each made once whichever groups show it (and cached on disk by
 * hash): picture variants for the pages, verbatim files (SVG, GIF, documents), and the pictures that
 * could not be read. Owned by the prepare stage.
 */
export class Pictures {
  private readonly snapshotDir: string;
  private readonly cacheDir: string;
  private readonly variants = new Map<string, ImageVariants>();
  private readonly made = new Map<string, string[]>();
  private readonly files = new Map<string, string>();
  private readonly broken = new Map<string, string>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(snapshotDir: string, cacheDir: string) {
    this.snapshotDir = snapshotDir;
    this.cacheDir = cacheDir;
  }

  /** The pictures a group shows, two at a time; resolves with the group's share of the variants and files. */
  async prepare(refs: MediaRef[]): Promise<{ images: Record<string, ImageVariants>; files: Record<string, string> }> {
    await pLimit(2).map(refs, (ref) => this.make(ref));
    // Only the group's own: a column's cache keys then do not depend on what other groups show.
    return {
      images: Object.fromEntries(refs.filter((ref) => this.variants.has(ref.hash)).map((ref) => [ref.hash, this.variants.get(ref.hash)!])),
      files: Object.fromEntries(refs.filter((ref) => this.files.has(ref.hash)).map((ref) => [ref.hash, this.files.get(ref.hash)!])),
    };
  }

  /**
   * The favicon and header emblem of a column whose logo is a picture the build made (not an SVG, not
   * broken): [the file to place, its path inside the column], or null.
   */
  async iconOf(logo: MediaRef | null): Promise<[string, string] | null> {
    if (!logo || !this.variants.has(logo.hash)) return null;
    const name = await logoIcon(logo, join(this.snapshotDir, mediaPath(logo)), this.cacheDir);
    return [join(this.cacheDir, name), join('media', name)];
  }

  /** Why each of these pictures could not be read (none for pictures made or not prepared). */
  brokenAmong(refs: MediaRef[]): string[] {
    return refs.map((ref) => this.broken.get(ref.hash)).filter((reason): reason is string => Boolean(reason));
  }

  /** What a column showing these pictures carries: [the file to place, its path inside the column]. */
  placesOf(refs: MediaRef[]): Array<[string, string]> {
    const places: Array<[string, string]> = [];
    for (const ref of refs) {
      for (const made of this.made.get(ref.hash) ?? []) places.push([join(this.cacheDir, made), join('media', made)]);
      const file = this.files.get(ref.hash);
      if (file) places.push([join(this.snapshotDir, file), file]);
    }
    return places;
  }

  private make(ref: MediaRef): Promise<void> {
    let job = this.inFlight.get(ref.hash);
    if (!job) {
      job = (async () => {
        const source = join(this.snapshotDir, mediaPath(ref));
        if (ref.mime.startsWith('image/') && ref.mime !== 'image/svg+xml' && ref.mime !== 'image/gif') {
          try {
            const { variants, files: made } = await imageVariants(ref, source, this.cacheDir);
            this.variants.set(ref.hash, variants);
            this.made.set(ref.hash, made);
          } catch (error) {
            this.broken.set(ref.hash, `${ref.name} (${mediaPath(ref)}): ${(error as Error).message}`);
          }
        } else {
          this.files.set(ref.hash, mediaPath(ref));
        }
      })();
      this.inFlight.set(ref.hash, job);
    }
    return job;
  }
}
