import { createHash } from 'node:crypto';
import type { Bulletin } from '@column57/snapshot';

/**
 * What names a radio bulletin's audio in the build plan (shared by the builder, which makes the audio,
 * and the pages, which show it): its uploaded recording's hash, or, when the build synthesises it, the
 * voice and the script's hash, so the same script in the same voice is one file however many communes
 * it is shared to.
 */
export function audioKeyOf(bulletin: Bulletin): string {
  if (bulletin.audio) return `file:${bulletin.audio.hash}`;
  return `speech:${bulletin.voice}:${createHash('sha256').update(bulletin.script).digest('hex')}`;
}
