/**
 * Radio bulletins read aloud (issue 17): a Vietnamese script made speakable, synthesised by a speech engine
 * and encoded to a cached MP3 for commune loudspeakers and phones.
 */
export { speakable, type ChangeKind, type Speakable, type SpokenChange } from './normalise.ts';
export { SPEECH_TEXT } from './messages.ts';
