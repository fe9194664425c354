import { defineCatalogue } from '@column57/i18n';

/**
 * What the speech package says to an operator or an editor: errors of the engine and the encoder, said with
 * `both` (a render runs in a build or a service whose reader's language is not known).
 */
export const SPEECH_TEXT = defineCatalogue('speech/messages', {
  vi: {
    toolMissing: ({ command, install }: { command: string; install: string }) =>
      `không tìm thấy chương trình ${command} trên máy này; hãy cài: ${install}`,
    toolFailed: ({ command, status, detail }: { command: string; status: string; detail: string }) =>
      `${command} dừng với mã ${status}: ${detail}`,
    noAudio: ({ command }: { command: string }) => `${command} không tạo ra âm thanh nào`,
    emptyScript: 'kịch bản bản tin trống: không có gì để đọc',
    unknownVoice: ({ voice, known }: { voice: string; known: string }) => `giọng đọc "${voice}" không có; các giọng có: ${known}`,
    notAFigure: ({ figure }: { figure: string }) => `"${figure}" không phải là một con số`,
  },
  en: {
    toolMissing: ({ command, install }) => `${command} was not found on this machine; install it: ${install}`,
    toolFailed: ({ command, status, detail }) => `${command} stopped with status ${status}: ${detail}`,
    noAudio: ({ command }) => `${command} produced no audio`,
    emptyScript: 'the bulletin script is empty: there is nothing to read',
    unknownVoice: ({ voice, known }) => `there is no voice "${voice}"; the voices are: ${known}`,
    notAFigure: ({ figure }) => `"${figure}" is not a figure`,
  },
});

/** The Debian packages that give the engine and the encoder, named in every "missing" error. */
export const INSTALL_HINT = 'apt-get install espeak-ng ffmpeg';
