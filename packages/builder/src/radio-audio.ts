import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { type Bulletin, mediaPath } from '@column57/snapshot';
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

  /** How many bulletins' audio was synthesised in this build (for the log). */
  get synthesisedCount() {
    return [...this.made.values()].filter((m) => m.audio.synthesised).length;
  }

  private make(bulletin: Bulletin): Promise<void> {
    const key = audioKeyOf(bulletin);
    let job = this.inFlight.get(key);
    if (!job) {
      job = (bulletin.audio ? this.measure(bulletin) : this.synthesise(bulletin)).then(
        (made) => {
          if (made) this.made.set(key, made);
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
   * A bulletin with no recording: synthesised by @column57/speech once that package is in the workspace.
   * Until then it is left without audio (its page shows the transcript and says so); no stand-in sound.
   */
  private async synthesise(bulletin: Bulletin): Promise<{ audio: BulletinAudioFile; source: string } | null> {
    void bulletin;
    void this.cacheDir;
    return null;
  }
}

/** The duration of an audio file, in seconds, as Debian's ffprobe reads it after decoding its stream. */
export async function probeDuration(file: string): Promise<number> {
  let stdout: string;
  try {
    ({ stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'json', file]));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing ? both('ffprobeMissing') : `${both('audioUnreadable')}: ${(error as { stderr?: string }).stderr?.trim() ?? ''}`,
    );
  }
  const seconds = Number((JSON.parse(stdout) as { format?: { duration?: string } }).format?.duration);
  if (!(seconds > 0)) throw new Error(both('audioUnreadable'));
  return seconds;
}
