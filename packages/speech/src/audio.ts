/**
 * A bulletin as an MP3 that commune loudspeakers and phones play: the script made speakable (normalise.ts),
 * synthesised by an engine (engine.ts), encoded by Debian's ffmpeg and measured by its ffprobe
 * (`apt-get install ffmpeg`).
 *
 * The MP3 is mono at 22.05 kHz and 64 kbit/s: espeak-ng speaks at 22.05 kHz, speech needs no more, and a
 * minute weighs under half a megabyte for phones on mobile data. It is encoded bit-exact (no encoder tag), so
 * the same input gives the same bytes.
 *
 * The cache: a file is named by a hash of everything that decides its sound (the spoken text, the voice, the
 * engine's id, version and settings, the encoder settings), so the same script is never synthesised twice and
 * any change renders anew. A file is written under a temporary name in the cache folder and renamed into place
 * when complete: a process killed mid-way leaves a `.tmp` file, which is never taken as cached (and is swept
 * after an hour), never a half MP3 under a cached name.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpeechEngine, Voice } from './engine.ts';
import { DEFAULT_WORDS_PER_MINUTE } from './espeak.ts';
import { SPEECH_TEXT } from './messages.ts';
import { speakable, type SpokenChange } from './normalise.ts';
import { run } from './process.ts';

export const MP3_SETTINGS = { codec: 'libmp3lame', sampleRate: 22_050, channels: 1, bitrate: '64k' } as const;

/** Bump when what the cache key covers changes in a way the fields below do not show. */
const CACHE_FORMAT = 1;

export interface RenderOptions {
  script: string;
  voice: Voice;
  engine: SpeechEngine;
  /** The cache folder (created if missing); the MP3 is kept there. */
  cacheDir: string;
  /** The programs, `ffmpeg` and `ffprobe` on the PATH unless said otherwise. */
  ffmpeg?: string;
  ffprobe?: string;
}

export interface BulletinAudio {
  /** The MP3 in the cache folder, `<hash>.mp3`. */
  file: string;
  mime: 'audio/mpeg';
  /** Its size in bytes. */
  bytes: number;
  durationSeconds: number;
  /** The cache key (hex SHA-256). */
  hash: string;
  /** Whether the file was in the cache already (nothing was synthesised). */
  cached: boolean;
  /** What was read aloud, and what of the script was replaced to read it. */
  spoken: { text: string; changes: SpokenChange[] };
}

/** Renders a bulletin script to MP3, or returns the one rendered before from the same script, voice and engine. */
export async function renderBulletinAudio(options: RenderOptions): Promise<BulletinAudio> {
  const { script, voice, engine, cacheDir, ffmpeg = 'ffmpeg', ffprobe = 'ffprobe' } = options;
  const spoken = speakable(script);
  if (!/[\p{L}\p{N}]/u.test(spoken.text)) throw new Error(SPEECH_TEXT.both('emptyScript'));
  const hash = audioHash({ text: spoken.text, voice, engine: engine.id, version: await engine.version(), settings: engine.settings });
  const file = join(cacheDir, `${hash}.mp3`);

  const kept = await probe(ffprobe, file).catch(() => undefined);
  if (kept) return { file, mime: 'audio/mpeg', bytes: kept.bytes, durationSeconds: kept.durationSeconds, hash, cached: true, spoken };

  await mkdir(cacheDir, { recursive: true });
  await sweepTemporaryFiles(cacheDir);
  const wav = await engine.synthesise(spoken.text, { voice });
  const temporary = join(cacheDir, `.${hash}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await run(
      ffmpeg,
      [
        ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'wav', '-i', 'pipe:0'],
        ...['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'],
        ...['-ac', String(MP3_SETTINGS.channels), '-ar', String(MP3_SETTINGS.sampleRate)],
        ...['-c:a', MP3_SETTINGS.codec, '-b:a', MP3_SETTINGS.bitrate, '-f', 'mp3', temporary],
      ],
      wav,
    );
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
  const made = await probe(ffprobe, file);
  return { file, mime: 'audio/mpeg', bytes: made.bytes, durationSeconds: made.durationSeconds, hash, cached: false, spoken };
}

interface HashInput {
  text: string;
  voice: Voice;
  engine: string;
  version: string;
  settings?: Readonly<Record<string, string | number>>;
}

/** The cache key: everything that decides how the bulletin sounds. */
export function audioHash({ text, voice, engine, version, settings = {} }: HashInput): string {
  const sorted = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)));
  const key = JSON.stringify({ format: CACHE_FORMAT, text, voice, engine, version, settings: sorted, encoder: MP3_SETTINGS });
  return createHash('sha256').update(key).digest('hex');
}

/** The MP3's size, and its duration as ffprobe reads it after decoding its header; rejects if it does not decode. */
async function probe(ffprobe: string, file: string): Promise<{ bytes: number; durationSeconds: number }> {
  const { size } = await stat(file);
  const { stdout } = await run(ffprobe, ['-v', 'error', '-show_entries', 'format=duration:stream=codec_name', '-of', 'json', file]);
  const info = JSON.parse(stdout.toString('utf8')) as { format?: { duration?: string }; streams?: Array<{ codec_name?: string }> };
  const durationSeconds = Number(info.format?.duration);
  if (info.streams?.[0]?.codec_name !== 'mp3' || !(durationSeconds > 0)) throw new Error(SPEECH_TEXT.both('noAudio', { command: ffprobe }));
  return { bytes: size, durationSeconds };
}

const HOUR = 3_600_000;

/** Removes what killed renders left behind (temporary files older than an hour). */
async function sweepTemporaryFiles(cacheDir: string) {
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    const path = join(cacheDir, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > HOUR) await rm(path, { force: true });
  }
}

/**
 * espeak-ng's pace at 150 words a minute, measured on bulletin sentences with each of the three voices
 * (northern fastest, southern about 5 % slower): 0.245 s a syllable, 0.47 s a pause at "," "." ";" ":" "!" "?".
 */
export const PACE = { secondsPerSyllable: 0.245, secondsPerPause: 0.47, wordsPerMinute: DEFAULT_WORDS_PER_MINUTE } as const;

/**
 * How long a script will take to read, in seconds, for an editor while writing: syllables of the speakable
 * text (a Vietnamese word written with spaces is one syllable) at espeak-ng's measured pace, plus its pauses.
 * `wordsPerMinute` scales it for an engine set to another speed.
 */
export function estimateDurationSeconds(
  script: string,
  { wordsPerMinute = PACE.wordsPerMinute }: { wordsPerMinute?: number } = {},
): number {
  const { text } = speakable(script);
  const syllables = text.split(/[\s-]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const pauses = (text.match(/[,.;:!?…](?=\s|$)/gu) ?? []).length;
  const seconds = (syllables * PACE.secondsPerSyllable + pauses * PACE.secondsPerPause) * (PACE.wordsPerMinute / wordsPerMinute);
  return Math.round(seconds * 10) / 10;
}
