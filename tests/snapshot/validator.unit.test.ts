import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSnapshot, mediaPath, SNAPSHOT_VERSION } from '../../packages/snapshot/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';

const copies: string[] = [];
/** A copy of the demo snapshot with one file changed by `edit`. */
function brokenCopy(file: string, edit: (json: any) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'column57-broken-'));
  copies.push(dir);
  cpSync(DEMO_SNAPSHOT_DIR, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
  return dir;
}
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const problemAt = (problems: Array<{ file: string; path: string; message: string }>, file: string, path: string) =>
  problems.find((p) => p.file === file && p.path === path);

/** How many bodies the demo has (central, provincial and communes), counted from the fixture itself. */
const demoBodies = loadSnapshot(DEMO_SNAPSHOT_DIR).snapshot!.manifest.bodies.length;

describe('the snapshot validator', () => {
  it("accepts the demo snapshot: 56 bodies with at least 12 articles each, and 94 communes with their province's", () => {
    const { snapshot, problems } = loadSnapshot(DEMO_SNAPSHOT_DIR);
    expect(problems).toEqual([]);
    expect(snapshot!.manifest.version).toBe(SNAPSHOT_VERSION);
    const communes = new Set(snapshot!.manifest.bodies.filter((b) => b.parent).map((b) => b.slug));
    expect(snapshot!.bodies.size - communes.size).toBe(56);
    expect(communes.size).toBe(94);
    for (const [slug, content] of snapshot!.bodies) {
      if (!communes.has(slug)) expect(content.articles.length, slug).toBeGreaterThanOrEqual(12);
      // Every commune has at least the article its province shared to all its communes.
      else expect(content.articles.filter((a) => a.sharedFrom).length, slug).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps Vietnamese text intact (NFC, with diacritics)', () => {
    const { snapshot } = loadSnapshot(DEMO_SNAPSHOT_DIR, ['hanoi']);
    const hanoi = snapshot!.bodies.get('hanoi')!;
    const text = JSON.stringify(hanoi);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toMatch(/Hà Nội/);
    expect(snapshot!.manifest.bodies.find((b) => b.slug === 'hanoi')!.name.vi).toBe('Thành phố Hà Nội');
    expect(snapshot!.manifest.national.documents.map((d) => d.number)).toEqual(expect.arrayContaining(['57-NQ/TW', '1169/QĐ-TTg']));
  });

  it('reports every problem with its file and path, and still loads the other bodies', () => {
    const dir = brokenCopy('bodies/hanoi.json', (json) => {
      delete json.articles[0].locales.vi.title;
    });
    const { snapshot, problems, failedBodies } = loadSnapshot(dir);
    expect(failedBodies).toEqual(['hanoi']);
    expect(snapshot!.bodies.has('hanoi')).toBe(false);
    expect(snapshot!.bodies.size).toBe(demoBodies - 1);
    expect(problemAt(problems, 'bodies/hanoi.json', 'articles[0].locales.vi.title')).toBeTruthy();
  });

  it('names cross-reference and content problems', () => {
    const dir = brokenCopy('bodies/hanoi.json', (json) => {
      json.articles[1].locales.vi.slug = json.articles[2].locales.vi.slug;
      json.articles[3].topics.push('khong-ton-tai');
      json.articles[4].locales.vi.coverAlt = null;
      json.tasks[0].endDate = '2000-01-01';
      json.articles[5].relatedDocuments.push('khong-co-van-ban');
    });
    const { problems } = loadSnapshot(dir, ['hanoi']);
    expect(problemAt(problems, 'bodies/hanoi.json', 'articles[2].locales.vi.slug')?.message).toMatch(/duplicate vi article slug/);
    expect(problems.find((p) => p.path.startsWith('articles[3].topics[') && /unknown topic "khong-ton-tai"/.test(p.message))).toBeTruthy();
    expect(problemAt(problems, 'bodies/hanoi.json', 'articles[4].locales.vi.coverAlt')?.message).toMatch(/alt/);
    expect(problemAt(problems, 'bodies/hanoi.json', 'tasks[0].endDate')?.message).toMatch(/before it starts/);
    expect(problems.find((p) => /no published document with id "khong-co-van-ban"/.test(p.message))).toBeTruthy();
    // Each said in Vietnamese first, then in English.
    expect(problemAt(problems, 'bodies/hanoi.json', 'articles[2].locales.vi.slug')?.message).toMatch(
      /^slug \(vi\) của bài viết ".+" bị trùng \(đã có ở articles\[1\]\.locales\.vi\.slug\) \/ duplicate vi article slug/,
    );
    expect(problemAt(problems, 'bodies/hanoi.json', 'tasks[0].endDate')?.message).toMatch(
      /^ngày kết thúc \(2000-01-01\) trước ngày bắt đầu/,
    );
    for (const problem of problems) expect(problem.message, problem.path).toMatch(/[đàáảãạăâêôơư].* \/ [A-Za-z]/i);
  });

  it("says zod's own problems (a missing field, a wrong type) in both languages too", () => {
    const dir = brokenCopy('bodies/hanoi.json', (json) => {
      delete json.articles[0].publishDate;
      json.articles[1].featured = 'có';
    });
    const { problems } = loadSnapshot(dir, ['hanoi']);
    expect(problemAt(problems, 'bodies/hanoi.json', 'articles[0].publishDate')?.message).toMatch(
      /^Đầu vào không hợp lệ.* \/ Invalid input/,
    );
    expect(problemAt(problems, 'bodies/hanoi.json', 'articles[1].featured')?.message).toMatch(/ \/ Invalid input: expected boolean/);
  });

  it('names manifest problems and missing media', () => {
    const dir = brokenCopy('manifest.json', (json) => {
      json.bodies[0].primaryColor = 'đỏ';
      json.version = 99;
    });
    const { problems } = loadSnapshot(dir);
    expect(problemAt(problems, 'manifest.json', 'bodies[0].primaryColor')?.message).toMatch(/#rrggbb/);
    expect(problemAt(problems, 'manifest.json', 'version')).toBeTruthy();

    const { snapshot } = loadSnapshot(DEMO_SNAPSHOT_DIR, ['mst']);
    const cover = snapshot!.bodies.get('mst')!.articles.find((a) => a.cover)!.cover!;
    const missing = brokenCopy('bodies/mst.json', () => {});
    unlinkSync(join(missing, mediaPath(cover)));
    const result = loadSnapshot(missing, ['mst']);
    expect(result.problems.find((p) => p.path === mediaPath(cover))?.message).toMatch(/missing/);
    expect(result.failedBodies).toContain('mst');
  });

  it('takes only http(s) URLs where a URL can reach a link, naming the field, and refuses only that body', () => {
    const manifest = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'manifest.json'), 'utf8'));
    const at = (slug: string) => manifest.bodies.findIndex((b: any) => b.slug === slug);
    const dir = brokenCopy('manifest.json', (json) => {
      json.bodies[at('hanoi')].portalUrl = 'javascript:alert(document.domain)//https://hanoi.gov.vn';
      json.bodies[at('mst')].publicBaseUrl = 'https://mst.gov.vn"><script>alert(1)</script>';
      json.bodies[at('caobang')].contact.email = 'nq57@caobang.gov.vn?bcc=ai@example.org';
    });
    const danang = readFileSync(join(DEMO_SNAPSHOT_DIR, 'bodies', 'danang.json'), 'utf8');
    const video = '"url": "https://www.youtube.com/watch?v=dLmO25Tuan7"';
    writeFileSync(join(dir, 'bodies', 'danang.json'), danang.replace(video, '"url": "data:text/html,x"'));
    const { snapshot, problems, failedBodies } = loadSnapshot(dir);
    expect(failedBodies.sort()).toEqual(['caobang', 'danang', 'hanoi', 'mst']);
    const message = (slug: string, field: string) => problemAt(problems, 'manifest.json', `bodies[${at(slug)}].${field}`)?.message;
    expect(message('hanoi', 'portalUrl')).toMatch(/^cần một địa chỉ http\(s\) đầy đủ.* \/ an absolute http\(s\) URL/);
    expect(message('mst', 'publicBaseUrl')).toMatch(/\/ an origin such as/);
    expect(message('caobang', 'contact.email')).toMatch(/^địa chỉ thư điện tử .* \/ .*e-mail address/);
    const assetUrl = /^campaigns\[\d+\]\.locales\.vi\.assets\[\d+\]\.url$/;
    const asset = problems.find((p) => p.file === 'bodies/danang.json' && assetUrl.test(p.path));
    expect(asset?.message).toMatch(/http\(s\)/);
    // The other bodies load, and the refused ones are not in the manifest they are built from.
    expect(snapshot!.bodies.size).toBe(demoBodies - 4);
    expect(snapshot!.manifest.bodies.map((b) => b.slug)).not.toContain('hanoi');
  });

  it('takes ids of letters, digits, "-" and "_" only: they name files and go into GUIDs', () => {
    const dir = brokenCopy('bodies/hanoi.json', (json) => {
      json.honours[0].id = '../../../etc/x';
    });
    const { problems } = loadSnapshot(dir, ['hanoi']);
    expect(problemAt(problems, 'bodies/hanoi.json', 'honours[0].id')?.message).toMatch(/ \/ an id of letters, digits/);
  });
});
