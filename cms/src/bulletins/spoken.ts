import { errors } from '@strapi/utils';
import { estimateDurationSeconds, speakable, type SpokenChange } from '@column57/speech';
import { BULLETIN_TEXT as TEXT } from './messages';

/** Longer than any script the schema stores, so a preview never refuses what an editor may save. */
const MAX_PREVIEW_CHARACTERS = 20_000;

export interface SpokenPreview {
  /** The script as the speech engine will read it. */
  text: string;
  /** Each replacement made (a figure, a date, a document symbol …), for the preview to mark. */
  changes: SpokenChange[];
  /** Estimated reading time at the engine's pace: an estimate, measured again after synthesis. */
  seconds: number;
}

/** A bulletin script as it will be spoken, and how long it will take. */
export function spokenPreview(script: unknown): SpokenPreview {
  if (typeof script !== 'string') throw new errors.ValidationError(TEXT.both('scriptMissing'));
  const text = script.slice(0, MAX_PREVIEW_CHARACTERS);
  const spoken = speakable(text);
  return { text: spoken.text, changes: spoken.changes, seconds: estimateDurationSeconds(text) };
}

/** Estimated minutes of a script read aloud (the report's minutes of audio). */
export const estimatedMinutes = (script: string) => estimateDurationSeconds(script) / 60;
