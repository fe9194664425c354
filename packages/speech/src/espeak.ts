/**
 * The espeak-ng engine (Debian's espeak-ng 1.51: `apt-get install espeak-ng`). Formant synthesis: robotic but
 * intelligible, offline, fast (a minute of speech in well under a second), with a voice for each region
 * (`espeak-ng --voices=vi`: `vi` northern, `vi-vn-x-central`, `vi-vn-x-south`).
 *
 * It reads at 150 words a minute, slower than espeak-ng's 175: commune loudspeakers play outdoors, where echo
 * blurs fast speech. At that speed it says about 4.1 syllables a second, with a pause of about half a second
 * at each comma or full stop (measured on bulletin sentences; audio.ts's estimate uses these figures).
 *
 * The text goes through standard input (`--stdin`, UTF-8 with `-b 1`), never on the command line; the WAV is
 * written to a file (`-w`) so that its header carries the real length, which it cannot on a pipe.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpeechEngine, Voice } from './engine.ts';
import { SPEECH_TEXT } from './messages.ts';
import { run } from './process.ts';

export const ESPEAK_VOICES: Readonly<Record<Voice, string>> = { north: 'vi', central: 'vi-vn-x-central', south: 'vi-vn-x-south' };
export const DEFAULT_WORDS_PER_MINUTE = 150;

export interface EspeakOptions {
  /** The program, `espeak-ng` on the PATH unless said otherwise. */
  command?: string;
  /** Speed in espeak-ng's words a minute (its `-s`). */
  wordsPerMinute?: number;
}

export function espeakEngine({ command = 'espeak-ng', wordsPerMinute = DEFAULT_WORDS_PER_MINUTE }: EspeakOptions = {}): SpeechEngine {
  let version: Promise<string> | undefined;
  return {
    id: 'espeak-ng',
    settings: { wordsPerMinute },
    version() {
      version ??= run(command, ['--version']).then(({ stdout }) => {
        const text = stdout.toString('utf8');
        return /:\s*(\d[\w.-]*)/.exec(text)?.[1] ?? text.trim();
      });
      // A failed look-up is not kept: the next call tries again (once the package is installed).
      version.catch(() => (version = undefined));
      return version;
    },
    async synthesise(text, { voice }) {
      const name = ESPEAK_VOICES[voice];
      if (!name) throw new Error(SPEECH_TEXT.both('unknownVoice', { voice, known: Object.keys(ESPEAK_VOICES).join(', ') }));
      const dir = await mkdtemp(join(tmpdir(), 'column57-espeak-'));
      try {
        const wav = join(dir, 'speech.wav');
        await run(command, ['-b', '1', '-v', name, '-s', String(wordsPerMinute), '-w', wav, '--stdin'], text);
        const bytes = await readFile(wav).catch(() => Buffer.alloc(0));
        if (bytes.length <= 44) throw new Error(SPEECH_TEXT.both('noAudio', { command }));
        return bytes;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
