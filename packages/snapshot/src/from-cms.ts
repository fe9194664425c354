import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type CmsConnection, getBytes, getJson } from './cms-client.ts';
import type { Manifest } from './types.ts';
import { SNAPSHOT_LOG_TEXT } from './messages.ts';
import { formatProblems, loadSnapshot, mediaRefsIn } from './validate.ts';

interface Envelope<T> {
  data: T;
  media: Record<string, string>;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Downloads each media file once, checking that its bytes hash to the name it will carry. One `held` in an
 * earlier snapshot's media folder is linked from there instead: files are named by the hash of their bytes.
 */
export async function fetchMedia(
  cms: CmsConnection,
  dir: string,
  sources: Record<string, string>,
  refs: Map<string, string>,
  held?: string,
) {
  for (const [hash, url] of Object.entries(sources)) {
    const ext = refs.get(hash);
    if (!ext) continue;
    const target = join(dir, 'media', `${hash}.${ext}`);
    if (existsSync(target)) continue;
    if (held && existsSync(join(held, `${hash}.${ext}`))) {
      carryOver(join(held, `${hash}.${ext}`), target);
      continue;
    }
    const bytes = await getBytes(cms, url);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== hash) throw new Error(SNAPSHOT_LOG_TEXT.both('mediaHashMismatch', { url, actual, expected: hash }));
    writeFileSync(target, bytes);
  }
}

export const extensionsByHash = (value: unknown) => new Map([...mediaRefsIn(value).values()].map((ref) => [ref.hash, ref.ext]));

/**
 * Each body's media files, by name, beside its content: what a refresh that keeps the body carries over.
 * A list names the body file it was read from (size and time): a body file changed by hand since is read again.
 */
const MEDIA_LISTS = 'media-lists';

interface MediaList {
  body: { size: number; mtimeMs: number };
  files: string[];
}

const mediaFilesIn = (value: unknown) => [...mediaRefsIn(value).values()].map((ref) => `${ref.hash}.${ref.ext}`);

function writeMediaList(dir: string, slug: string, files: string[]) {
  const { size, mtimeMs } = statSync(join(dir, 'bodies', `${slug}.json`));
  writeFileSync(join(dir, MEDIA_LISTS, `${slug}.json`), JSON.stringify({ body: { size, mtimeMs }, files } satisfies MediaList));
}

/** A kept body's media files: from its list, carried over with it, or (no list, or a stale one) from its content. */
function keptMediaOf(out: string, work: string, slug: string): string[] {
  const body = statSync(join(work, 'bodies', `${slug}.json`));
  try {
    const list = JSON.parse(readFileSync(join(out, MEDIA_LISTS, `${slug}.json`), 'utf8')) as MediaList;
    if (list.body.size === body.size && list.body.mtimeMs === body.mtimeMs) {
      carryOver(join(out, MEDIA_LISTS, `${slug}.json`), join(work, MEDIA_LISTS, `${slug}.json`));
      return list.files;
    }
  } catch {
    // No list (a snapshot from before them) or an unreadable one: the content is read below.
  }
  const files = mediaFilesIn(JSON.parse(readFileSync(join(work, 'bodies', `${slug}.json`), 'utf8')));
  writeMediaList(work, slug, files);
  return files;
}

/** Hard-links a file into the new snapshot (the old one is replaced, so sharing its bytes is safe). */
function carryOver(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, readFileSync(from));
  }
}

export interface WriteSnapshotOptions {
  out: string;
  /** Only these bodies (default: every body). */
  bodies?: string[];
  /**
   * Refresh only `bodies` and the manifest, keeping the other bodies' files from the snapshot already
   * in `out`: what the build service does for each change. Without it, the snapshot holds only `bodies`.
   */
  update?: boolean;
  cms: CmsConnection;
  log: (m: string) => void;
}

/**
 * Writes a snapshot of the CMS's published content. Written next to the target and swapped in at the
 * end: a failed run leaves the last snapshot as it was.
 */
export async function writeSnapshot(options: WriteSnapshotOptions) {
  const started = Date.now();
  const out = resolve(options.out);
  const work = join(dirname(out), `.${basename(out)}.partial-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'bodies'), { recursive: true });
  mkdirSync(join(work, 'media'), { recursive: true });
  mkdirSync(join(work, MEDIA_LISTS), { recursive: true });
  try {
    const manifest = await getJson<Envelope<Manifest>>(options.cms, '/api/column57/snapshot');
    writeFileSync(join(work, 'manifest.json'), `${JSON.stringify(manifest.data, null, 1)}\n`);
    const known = new Set(manifest.data.bodies.map((b) => b.slug));
    const asked = options.bodies?.length ? options.bodies : [...known];
    const unknown = asked.filter((slug) => !known.has(slug));
    // Refreshing (the build service): a body deleted since the notice is simply gone, not an error.
    const wanted = options.update ? asked.filter((slug) => known.has(slug)) : asked;
    if (unknown.length && options.update) options.log(`! ${SNAPSHOT_LOG_TEXT.both('skippedGone')}: ${unknown.join(', ')}`);
    else if (unknown.length)
      throw new Error(
        SNAPSHOT_LOG_TEXT.both('noSuchBodies', {
          slugs: unknown.map((s) => `"${s}"`).join(', '),
          known: [...known].slice(0, 8).join(', '),
        }),
      );
    const kept: string[] = [];
    if (options.update && existsSync(join(out, 'manifest.json'))) {
      // The kept bodies' media come along (the manifest's and the refreshed bodies' are linked by fetchMedia
      // from `held`); the rest is left behind. Each job of the build service passes here: what a kept body
      // uses is read from its short list, not by parsing its content again (a country's is 190 MB).
      const needed = new Set<string>();
      for (const file of readdirSync(join(out, 'bodies'))) {
        const slug = file.replace(/\.json$/, '');
        if (!known.has(slug) || wanted.includes(slug)) continue;
        carryOver(join(out, 'bodies', file), join(work, 'bodies', file));
        for (const media of keptMediaOf(out, work, slug)) needed.add(media);
        kept.push(slug);
      }
      for (const file of readdirSync(join(out, 'media')))
        if (needed.has(file)) carryOver(join(out, 'media', file), join(work, 'media', file));
    }
    const held = options.update ? join(out, 'media') : undefined;
    await fetchMedia(options.cms, work, manifest.media, extensionsByHash(manifest.data), held);
    for (const [i, slug] of wanted.entries()) {
      const t = Date.now();
      const content = await getJson<Envelope<{ articles: unknown[] }>>(options.cms, `/api/column57/snapshot/${encodeURIComponent(slug)}`);
      writeFileSync(join(work, 'bodies', `${slug}.json`), `${JSON.stringify(content.data, null, 1)}\n`);
      writeMediaList(work, slug, mediaFilesIn(content.data));
      await fetchMedia(options.cms, work, content.media, extensionsByHash(content.data), held);
      options.log(
        `[${i + 1}/${wanted.length}] ${slug}: ${content.data.articles.length} ${SNAPSHOT_LOG_TEXT.both('articles')}, ${seconds(t)}`,
      );
    }
    // A body with invalid content is written all the same: the build fails that column alone (and keeps
    // its last good release) while the others go ahead. A bad manifest stops everything.
    const { problems } = loadSnapshot(work, wanted);
    const manifestProblems = problems.filter((p) => p.file === 'manifest.json');
    if (manifestProblems.length) throw new Error(`${SNAPSHOT_LOG_TEXT.both('invalidManifest')}:\n${formatProblems(manifestProblems)}`);
    if (problems.length) options.log(`! ${SNAPSHOT_LOG_TEXT.both('invalidContent')}:\n${formatProblems(problems)}`);
    rmSync(`${out}.old`, { recursive: true, force: true });
    if (existsSync(out)) renameSync(out, `${out}.old`);
    renameSync(work, out);
    rmSync(`${out}.old`, { recursive: true, force: true });
    const keptNote = kept.length ? ` (${SNAPSHOT_LOG_TEXT.both('keptFromBefore', { count: kept.length })})` : '';
    options.log(`${SNAPSHOT_LOG_TEXT.both('written', { count: wanted.length, dir: out, seconds: seconds(started) })}${keptNote}`);
    return { problems };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
