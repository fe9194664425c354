import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { type Bulletin, mediaPath } from '@column57/snapshot';
import { espeakEngine, renderBulletinAudio, type SpeechEngine } from '@column57/speech';
import { audioKeyOf } from '@column57/sites/audio-key';
import type { BulletinAudioFile } from '@column57/sites/build-plan';
import { both } from './messages.ts';

const run = promisify(execFile);

/**
 * The audio of a build's radio bulletins, each made once whichever columns broadcast it (a province's
 * bulletin shared to fifty communes is one file): an uploaded recording is measured; a bulletin with
 * none is synthesised (see synthesise below). Its size and decoded duration go to the pages and the
 * podcast feed through the build plan. Owned by the prepare stage, as Pictures is.
 */
export class RadioAudio {
  private readonly snapshotDir: string;
  private readonly cacheDir: string;
  private readonly made = new Map<string, { audio: BulletinAudioFile; source: string }>();
  private readonly broken = new Map<string, string>();
  private readonly inFlight = new Map<string, Promise<void>>();
  /** The offline engine (espeak-ng) behind @column57/speech's interface; a better voice plugs in here. */
  private readonly engine: SpeechEngine = espeakEngine();

  constructor(snapshotDir: string, cacheDir: string) {
    this.snapshotDir = snapshotDir;
    this.cacheDir = cacheDir;
  }

  /** Makes the audio of these bulletins, two at a time; resolves with the group's entries for the plan. */
  async prepare(bulletins: Bulletin[]): Promise<Record<string, BulletinAudioFile>> {
    const unique = [...new Map(bulletins.map((b) => [audioKeyOf(b), b])).values()];
    await pLimit(2).map(unique, (bulletin) => this.make(bulletin));
    return Object.fromEntries(
      unique.filter((b) => this.made.has(audioKeyOf(b))).map((b) => [audioKeyOf(b), this.made.get(audioKeyOf(b))!.audio]),
    );
  }

  /** Why the audio of each of these bulletins could not be made (none for those made or not prepared). */
  brokenAmong(bulletins: Bulletin[]): string[] {
    return [...new Set(bulletins.map((b) => this.broken.get(audioKeyOf(b))).filter((x): x is string => Boolean(x)))];
  }

  /**
   * What a column broadcasting these bulletins carries besides its snapshot media: [the file to place,
   * its path inside the column]. An uploaded recording is a snapshot file the pictures' stage places.
   */
  placesOf(bulletins: Bulletin[]): Array<[string, string]> {
    const places = new Map<string, string>();
    for (const bulletin of bulletins) {
      const made = this.made.get(audioKeyOf(bulletin));
      if (made?.audio.synthesised) places.set(made.audio.path, made.source);
    }
    return [...places].map(([path, source]) => [source, path]);
  }

  /** How many bulletins' audio was synthesised in this build, not taken from the cache (for the log). */
  get synthesisedCount() {
    return this.fresh;
  }
  private fresh = 0;

  private make(bulletin: Bulletin): Promise<void> {
    const key = audioKeyOf(bulletin);
    let job = this.inFlight.get(key);
    if (!job) {
      job = (bulletin.audio ? this.measure(bulletin) : this.synthesise(bulletin)).then(
        (made) => {
          this.made.set(key, made);
        },
        (error: Error) => {
          this.broken.set(key, `${bulletin.title} (${bulletin.slug}): ${error.message}`);
        },
      );
      this.inFlight.set(key, job);
    }
    return job;
  }

  /** An uploaded recording: the file served as it is, its duration read by decoding it. */
  private async measure(bulletin: Bulletin) {
    const ref = bulletin.audio!;
    const source = join(this.snapshotDir, mediaPath(ref));
    if (!ref.mime.startsWith('audio/')) throw new Error(both('notAudio', { mime: ref.mime }));
    const durationSeconds = await probeDuration(source);
    const audio = { path: mediaPath(ref), mime: ref.mime, bytes: statSync(source).size, durationSeconds, synthesised: false };
    return { audio, source };
  }

  /**
   * A bulletin with no recording: its script read by @column57/speech in the bulletin's voice and encoded
   * to MP3, kept in the builder's cache by a hash of what decides its sound (a rebuild synthesises
   * nothing it made before). The file is named by that hash in the column's media.
   */
  private async synthesise(bulletin: Bulletin) {
    const made = await renderBulletinAudio({
      script: bulletin.script,
      voice: bulletin.voice,
      engine: this.engine,
      cacheDir: this.cacheDir,
    });
    if (!made.cached) this.fresh++;
    const audio = {
      path: `media/${made.hash}.mp3`,
      mime: made.mime,
      bytes: made.bytes,
      durationSeconds: made.durationSeconds,
      synthesised: true,
    };
    return { audio, source: made.file };
  }
}

/** The duration of an audio file, in seconds, as Debian's ffprobe reads it after decoding its stream. */
export async function probeDuration(file: string): Promise<number> {
  let stdout: string;
  try {
    ({ stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'json', file]));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const detail = missing ? both('ffprobeMissing') : `${both('audioUnreadable')}: ${(error as { stderr?: string }).stderr?.trim() ?? ''}`;
    throw new Error(detail, { cause: error });
  }
  const seconds = Number((JSON.parse(stdout) as { format?: { duration?: string } }).format?.duration);
  if (!(seconds > 0)) throw new Error(both('audioUnreadable'));
  return seconds;
}
