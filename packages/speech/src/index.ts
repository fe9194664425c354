/**
 * Radio bulletins read aloud (issue 17): a Vietnamese script made speakable, synthesised by a speech engine
 * and encoded to a cached MP3 for commune loudspeakers and phones.
 */
export { speakable, type ChangeKind, type Speakable, type SpokenChange } from './normalise.ts';
export { VOICES, type SpeechEngine, type SynthesiseOptions, type Voice } from './engine.ts';
export { DEFAULT_WORDS_PER_MINUTE, ESPEAK_VOICES, espeakEngine, type EspeakOptions } from './espeak.ts';
export {
  audioHash,
  estimateDurationSeconds,
  MP3_SETTINGS,
  PACE,
  renderBulletinAudio,
  type BulletinAudio,
  type RenderOptions,
} from './audio.ts';
export { SpeechToolError, SpeechToolMissingError } from './process.ts';
export { INSTALL_HINT, SPEECH_TEXT } from './messages.ts';
