import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  espeakEngine,
  estimateDurationSeconds,
  renderBulletinAudio,
  SpeechToolMissingError,
  VOICES,
  type SpeechEngine,
  type Voice,
} from '../../packages/speech/src/index.ts';

// A bulletin rendered for real with Debian's espeak-ng and ffmpeg (scripts/test-prerequisites.sh installs them),
// in each of the three regional voices, then checked with ffprobe as a player would read it.

const BULLETIN =
  'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND xã triển khai chuyển đổi số tại 12 thôn. ' +
  'Đến năm 2030, 80% người dân được hướng dẫn sử dụng dịch vụ công trực tuyến. ' +
  'Loa phát lúc 6h30 và 17h00 từ ngày 1/7 đến 15/7/2025.';

const cacheDir = mkdtempSync(join(tmpdir(), 'column57-speech-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The espeak-ng engine, counting how many times it synthesised. */
function countingEngine() {
  const engine = espeakEngine();
  const counter = { calls: 0 };
  const counted: SpeechEngine = {
    id: engine.id,
    settings: engine.settings,
    version: () => engine.version(),
    synthesise: (text, options) => {
      counter.calls += 1;
      return engine.synthesise(text, options);
    },
  };
  return { engine: counted, counter };
}

function ffprobe(file: string) {
  const json = execFileSync('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration:stream=codec_name,channels,sample_rate',
    '-of',
    'json',
    file,
  ]);
  const info = JSON.parse(json.toString('utf8'));
  return {
    codec: info.streams[0].codec_name,
    channels: info.streams[0].channels,
    sampleRate: Number(info.streams[0].sample_rate),
    duration: Number(info.format.duration),
  };
}

/** Decodes the whole file (not only its header): throws if any frame is broken. */
const decodes = (file: string) => execFileSync('ffmpeg', ['-v', 'error', '-xerror', '-i', file, '-f', 'null', '-'], { stdio: 'pipe' });

describe('a bulletin rendered to MP3', () => {
  const { engine, counter } = countingEngine();
  const first = new Map<Voice, Awaited<ReturnType<typeof renderBulletinAudio>>>();

  it.each(VOICES)('reads in the %s voice, as a mono MP3 of about the estimated length', async (voice) => {
    const audio = await renderBulletinAudio({ script: BULLETIN, voice, engine, cacheDir });
    first.set(voice, audio);
    expect(audio.cached).toBe(false);
    expect(audio.mime).toBe('audio/mpeg');
    expect(audio.file).toBe(join(cacheDir, `${audio.hash}.mp3`));
    expect(audio.bytes).toBe(readFileSync(audio.file).length);
    const probed = ffprobe(audio.file);
    expect(probed).toMatchObject({ codec: 'mp3', channels: 1, sampleRate: 22_050 });
    expect(probed.duration).toBeGreaterThan(0);
    expect(audio.durationSeconds).toBeCloseTo(probed.duration, 1);
    decodes(audio.file);
    // 64 kbit/s: about 8 kB a second.
    expect(audio.bytes / audio.durationSeconds).toBeGreaterThan(7_000);
    expect(audio.bytes / audio.durationSeconds).toBeLessThan(9_000);
    const ratio = audio.durationSeconds / estimateDurationSeconds(BULLETIN);
    expect(ratio, `measured ${audio.durationSeconds} s`).toBeGreaterThan(0.85);
    expect(ratio, `measured ${audio.durationSeconds} s`).toBeLessThan(1.2);
    expect(audio.spoken.text).toContain('năm mươi bảy, Nghị quyết Trung ương');
  });

  it('gives each voice its own file', () => {
    expect(new Set([...first.values()].map((a) => a.hash)).size).toBe(3);
    expect(counter.calls).toBe(3);
  });

  it('takes the same script and voice from the cache: no synthesis, the same bytes', async () => {
    const before = first.get('north')!;
    const bytes = readFileSync(before.file);
    const again = await renderBulletinAudio({ script: BULLETIN, voice: 'north', engine, cacheDir });
    expect(counter.calls).toBe(3);
    expect(again).toMatchObject({ cached: true, hash: before.hash, file: before.file, bytes: before.bytes });
    expect(again.durationSeconds).toBe(before.durationSeconds);
    expect(readFileSync(again.file).equals(bytes)).toBe(true);
  });

  it('renders a changed script anew, under another hash', async () => {
    const changed = await renderBulletinAudio({ script: BULLETIN.replace('12 thôn', '13 thôn'), voice: 'north', engine, cacheDir });
    expect(changed.cached).toBe(false);
    expect(changed.hash).not.toBe(first.get('north')!.hash);
    expect(counter.calls).toBe(4);
  });

  it('renders again over a file under the cached name that does not decode (the same bytes as the first time)', async () => {
    const { file, hash } = first.get('south')!;
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, 100));
    const again = await renderBulletinAudio({ script: BULLETIN, voice: 'south', engine, cacheDir });
    expect(again).toMatchObject({ cached: false, hash });
    expect(readFileSync(file).equals(whole)).toBe(true);
  });

  it('never takes what a killed render left (a temporary file) as cached, and sweeps it after an hour', async () => {
    const { hash } = first.get('central')!;
    const leftover = join(cacheDir, `.${hash}.99999.dead.tmp`);
    writeFileSync(leftover, readFileSync(first.get('central')!.file).subarray(0, 2_000));
    utimesSync(leftover, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    const rendered = await renderBulletinAudio({ script: 'Xã thông báo lịch tiêm chủng tháng 4.', voice: 'central', engine, cacheDir });
    expect(rendered.cached).toBe(false);
    expect(existsSync(leftover)).toBe(false);
  });

  it('leaves no temporary file behind', () => {
    const names = execFileSync('ls', ['-A', cacheDir]).toString('utf8').split('\n').filter(Boolean);
    expect(names.filter((name) => !/^[0-9a-f]{64}\.mp3$/.test(name))).toEqual([]);
  });
});

describe('a machine without the engine or the encoder', () => {
  it('says in both languages which package to install when espeak-ng is missing', async () => {
    const engine = espeakEngine({ command: 'espeak-ng-not-installed' });
    const render = renderBulletinAudio({ script: BULLETIN, voice: 'north', engine, cacheDir });
    await expect(render).rejects.toBeInstanceOf(SpeechToolMissingError);
    await expect(render).rejects.toThrow(
      /espeak-ng-not-installed.*apt-get install espeak-ng ffmpeg.* \/ .*apt-get install espeak-ng ffmpeg/,
    );
  });

  it('says the same when ffmpeg is missing', async () => {
    const render = renderBulletinAudio({
      script: 'Bản tin mới.',
      voice: 'central',
      engine: espeakEngine(),
      cacheDir,
      ffmpeg: 'ffmpeg-not-installed',
    });
    await expect(render).rejects.toThrow(/ffmpeg-not-installed.*apt-get install espeak-ng ffmpeg/);
  });
});
