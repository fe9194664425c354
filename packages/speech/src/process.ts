/**
 * Runs the machine's programs (espeak-ng, ffmpeg, ffprobe) without a shell: arguments are passed as a list and
 * text goes through standard input, so nothing in a script can become a command. A program that is not
 * installed, or that fails, becomes an error said in both languages that names the fix.
 */
import { spawn } from 'node:child_process';
import { INSTALL_HINT, SPEECH_TEXT } from './messages.ts';

/** The program is not on this machine (`command` is what was run). */
export class SpeechToolMissingError extends Error {
  readonly command: string;
  constructor(command: string) {
    super(SPEECH_TEXT.both('toolMissing', { command, install: INSTALL_HINT }));
    this.name = 'SpeechToolMissingError';
    this.command = command;
  }
}

/** The program ran and failed. */
export class SpeechToolError extends Error {
  readonly command: string;
  constructor(command: string, status: string, detail: string) {
    super(SPEECH_TEXT.both('toolFailed', { command, status, detail }));
    this.name = 'SpeechToolError';
    this.command = command;
  }
}

export interface RunResult {
  stdout: Buffer;
  stderr: string;
}

/** Runs `command` with `args`, writing `input` to its standard input; rejects on a missing program or a failure. */
export function run(command: string, args: readonly string[], input?: string | Uint8Array): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT' ? new SpeechToolMissingError(command) : new SpeechToolError(command, error.code ?? '?', error.message),
      ),
    );
    // A program that exits before reading all its input closes the pipe: its status says what went wrong.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      const text = Buffer.concat(stderr).toString('utf8').trim();
      if (code === 0) resolve({ stdout: Buffer.concat(stdout), stderr: text });
      else reject(new SpeechToolError(command, String(code ?? signal), text.split('\n').slice(-3).join(' ')));
    });
    child.stdin.end(input ?? '');
  });
}
