import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Body, BodyContent, Bulletin, Manifest, MediaRef } from '../../packages/snapshot/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

/**
 * A synthetic snapshot for the grassroots pages until the CMS exports communes and bulletins: the demo
 * fixture plus three commune-level columns (two communes of Lào Cai, a special zone of Quảng Ninh), an
 * article Lào Cai shares to its communes, and radio bulletins at each level. The recordings are real
 * MP3s: espeak-ng reads the script in Vietnamese and ffmpeg encodes it; one bulletin has none, for the
 * build to synthesise. Names are of real places; the
 * five-digit codes are made up for the test (marked `synthetic` below), not the official list.
 */
export const PROVINCE = 'laocai';
export const COMMUNES = ['bat-xat', 'sa-pa'] as const;
export const SPECIAL_ZONE = 'co-to';
export const BODIES = [PROVINCE, 'quangninh', ...COMMUNES, SPECIAL_ZONE];

const read = <T>(dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const write = (dir: string, file: string, value: unknown) => writeFileSync(join(dir, file), `${JSON.stringify(value, null, 1)}\n`);

/** A Vietnamese script read by espeak-ng and encoded to MP3 (mono, 22.05 kHz, 64 kbit/s) into the snapshot's media. */
function recording(dir: string, script: string, name: string): MediaRef {
  const wav = join(dir, `${name}.wav`);
  execFileSync('espeak-ng', ['-v', 'vi', '-s', '150', '-w', wav, script]);
  const mp3 = join(dir, `${name}.mp3`);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', wav, '-ac', '1', '-ar', '22050', '-c:a', 'libmp3lame', '-b:a', '64k', mp3]);
  const bytes = readFileSync(mp3);
  const hash = createHash('sha256').update(bytes).digest('hex');
  cpSync(mp3, join(dir, 'media', `${hash}.mp3`));
  rmSync(wav);
  rmSync(mp3);
  return {
    hash,
    ext: 'mp3',
    mime: 'audio/mpeg',
    size: statSync(join(dir, 'media', `${hash}.mp3`)).size,
    width: null,
    height: null,
    name: `${name}.mp3`,
  };
}

function communeBody(province: Body, slug: string, kind: Body['kind'], vi: string, en: string, code: string): Body {
  return {
    ...province,
    id: `synthetic-${slug}`,
    slug,
    name: { vi, en },
    shortName: { vi: vi.replace(/^(Xã|Phường|Đặc khu) /, ''), en: en.replace(/ (Commune|Ward|Special Zone)$/, '') },
    abbreviation: null,
    kind,
    kindHistory: [{ kind, effectiveFrom: '2025-07-01', legalBasis: null }],
    administrativeCode: code,
    parent: province.slug,
    mergedFrom: [],
    portalUrl: null,
    publicBaseUrl: `https://${slug.replace(/-/g, '')}.${province.slug}.gov.vn`,
    logo: null,
    banner: null,
    languages: ['vi'],
    embedOrigins: [],
  };
}

const emptyContent = (manifest: Manifest, slug: string): BodyContent => ({
  format: manifest.format,
  version: manifest.version,
  generatedAt: manifest.generatedAt,
  since: null,
  body: slug,
  articles: [],
  documents: [],
  campaigns: [],
  honours: [],
  tasks: [],
  bulletins: [],
  present: null,
});

const SCRIPTS = {
  flood:
    'Ủy ban nhân dân tỉnh Lào Cai thông báo khẩn: mưa lớn kéo dài, nguy cơ lũ quét và sạt lở đất rất cao.\n\n' +
    'Đề nghị bà con không đi qua ngầm tràn, suối sâu; di chuyển người và tài sản khỏi vùng nguy hiểm.',
  publicServices:
    'Từ tháng này, bà con có thể nộp hồ sơ thủ tục hành chính trực tuyến trên Cổng dịch vụ công quốc gia.\n\n' +
    'Cán bộ bộ phận một cửa của xã sẵn sàng hướng dẫn cài đặt ứng dụng định danh điện tử.',
  digitalSkills: 'Đoàn thanh niên mở lớp phổ cập kỹ năng số cho người dân vào các tối thứ Bảy tại nhà văn hóa thôn.',
  meeting: 'Thôn Phìn Chải họp dân lúc bảy giờ tối nay tại nhà văn hóa thôn để bàn về lắp đặt loa thông minh.',
};

/** Writes the snapshot into a new temporary folder and returns it (the caller removes it). */
export function makeGrassrootsSnapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'column57-grassroots-'));
  cpSync(DEMO_SNAPSHOT_DIR, dir, { recursive: true });
  const manifest = read<Manifest>(dir, 'manifest.json');
  // The demo's own communes and bulletins (Huế, Quảng Ninh) are taken out: this snapshot's few are counted exactly.
  for (const body of manifest.bodies.filter((b) => b.parent)) rmSync(join(dir, 'bodies', `${body.slug}.json`));
  manifest.bodies = manifest.bodies.filter((b) => !b.parent);
  for (const body of manifest.bodies) {
    const content = read<BodyContent>(dir, `bodies/${body.slug}.json`);
    if (content.bulletins.length) write(dir, `bodies/${body.slug}.json`, { ...content, bulletins: [] });
  }
  const laocai = manifest.bodies.find((b) => b.slug === PROVINCE)!;
  const quangninh = manifest.bodies.find((b) => b.slug === 'quangninh')!;
  // synthetic: the codes are made up for this test.
  const communes = [
    communeBody(laocai, 'bat-xat', 'commune', 'Xã Bát Xát', 'Bat Xat Commune', '15001'),
    communeBody(laocai, 'sa-pa', 'ward', 'Phường Sa Pa', 'Sa Pa Ward', '15002'),
    communeBody(quangninh, SPECIAL_ZONE, 'special-zone', 'Đặc khu Cô Tô', 'Co To Special Zone', '22001'),
  ];
  manifest.bodies.push(...communes);
  write(dir, 'manifest.json', manifest);

  const province = read<BodyContent>(dir, `bodies/${PROVINCE}.json`);
  const shared: Article = { ...province.articles[0], relatedArticles: [], relatedDocuments: [], relatedTasks: [], sharedFrom: PROVINCE };
  const bulletin = (fields: Partial<Bulletin> & Pick<Bulletin, 'id' | 'slug' | 'level' | 'title' | 'script' | 'broadcast'>): Bulletin => ({
    updatedAt: '2026-11-19T02:00:00.000Z',
    publishedAt: '2026-11-19T02:00:00.000Z',
    voice: 'north',
    communes: [...COMMUNES],
    audio: null,
    sourceArticle: null,
    sharedFrom: null,
    ...fields,
  });
  const own: Bulletin[] = [
    bulletin({
      id: 'bulletin-flood',
      slug: 'canh-bao-lu-quet-sat-lo-dat',
      level: 'emergency',
      title: 'Cảnh báo lũ quét, sạt lở đất trên địa bàn tỉnh',
      script: SCRIPTS.flood,
      publishedAt: '2026-11-18T23:30:00.000Z',
      broadcast: { from: '2026-11-19', to: '2026-11-22', times: ['06:00', '17:30'] },
      audio: recording(dir, SCRIPTS.flood, 'canh-bao-lu'),
    }),
    bulletin({
      id: 'bulletin-services',
      slug: 'nop-ho-so-truc-tuyen',
      level: 'normal',
      title: 'Nộp hồ sơ thủ tục hành chính trực tuyến',
      script: SCRIPTS.publicServices,
      publishedAt: '2026-11-15T01:00:00.000Z',
      broadcast: { from: '2026-11-16', to: '2026-12-15', times: ['06:30'] },
      audio: recording(dir, SCRIPTS.publicServices, 'dich-vu-cong'),
      sourceArticle: shared.id,
    }),
    bulletin({
      id: 'bulletin-skills',
      slug: 'lop-pho-cap-ky-nang-so',
      level: 'priority',
      title: 'Lớp phổ cập kỹ năng số cho người dân',
      script: SCRIPTS.digitalSkills,
      publishedAt: '2026-11-10T01:00:00.000Z',
      broadcast: { from: '2026-11-18', to: '2026-11-25', times: ['17:00'] },
      // No recording: the build synthesises it (@column57/speech), once for the province and both communes.
      voice: 'south',
    }),
  ];
  province.bulletins = own;
  write(dir, `bodies/${PROVINCE}.json`, province);

  for (const slug of COMMUNES) {
    const content = emptyContent(manifest, slug);
    content.articles = [shared];
    content.bulletins = own.map((b) => ({ ...b, sharedFrom: PROVINCE }));
    if (slug === 'bat-xat') {
      content.bulletins.push(
        bulletin({
          id: 'bulletin-meeting',
          slug: 'hop-dan-thon-phin-chai',
          level: 'normal',
          title: 'Thôn Phìn Chải họp dân về loa thông minh',
          script: SCRIPTS.meeting,
          publishedAt: '2026-11-19T09:00:00.000Z',
          broadcast: { from: '2026-11-20', to: '2026-11-21', times: ['06:00', '11:00'] },
          communes: ['bat-xat'],
          audio: recording(dir, SCRIPTS.meeting, 'hop-dan'),
        }),
      );
    }
    write(dir, `bodies/${slug}.json`, content);
  }
  write(dir, `bodies/${SPECIAL_ZONE}.json`, emptyContent(manifest, SPECIAL_ZONE));
  return dir;
}
