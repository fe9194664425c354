/**
 * A speech engine: text in, WAV out. The bulletin renderer (audio.ts) knows engines only through this
 * interface, so a better engine (a neural Vietnamese voice, run locally or as a service) is plugged in by
 * writing one more implementation beside espeak.ts:
 *
 * - `id` names the engine and `version()` its release; `settings` lists whatever else changes the sound
 *   (speed, model). All three go into the audio cache's key, so upgrading an engine or changing a setting
 *   renders bulletins anew while an unchanged one never synthesises the same text twice.
 * - `synthesise` gets text already made speakable (normalise.ts: figures, dates and abbreviations in words),
 *   and one of three regional voices; it returns a complete WAV file (any PCM rate or width: it is re-encoded).
 * - a program or a model that is missing is reported with an error that says how to install it
 *   (SpeechToolMissingError in process.ts for programs).
 */
export const VOICES = ['north', 'central', 'south'] as const;
/** The three regional readings: northern (Hà Nội), central (Huế), southern (Thành phố Hồ Chí Minh). */
export type Voice = (typeof VOICES)[number];

export interface SynthesiseOptions {
  voice: Voice;
}

export interface SpeechEngine {
  /** A stable name, part of the cache key ("espeak-ng"). */
  readonly id: string;
  /** Whatever else changes the sound, part of the cache key (e.g. `{ wordsPerMinute: 150 }`). */
  readonly settings?: Readonly<Record<string, string | number>>;
  /** The engine's release ("1.51"), part of the cache key. */
  version(): Promise<string>;
  /** The text read aloud, as the bytes of a WAV file. */
  synthesise(text: string, options: SynthesiseOptions): Promise<Uint8Array>;
}
