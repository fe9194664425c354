import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { mediaPath } from '../../packages/snapshot/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { dom } from '../support/html.ts';
import { executableMarkupIn, XSS_CORPUS } from './xss-corpus.ts';
import { contrast } from '../../sites/src/lib/colour.ts';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('building from a snapshot with bad content', () => {
  let dir: string, snapshotDir: string, out: string, cache: string;
  const editBody = (slug: string, edit: (json: any) => void) => {
    const file = join(snapshotDir, 'bodies', `${slug}.json`);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    edit(json);
    writeFileSync(file, JSON.stringify(json));
  };
  const build = (bodies: string[]) => buildColumns({ snapshotDir, outDir: out, cacheDir: cache, bodies });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-failures-'));
    snapshotDir = join(dir, 'snapshot');
    out = join(dir, 'out');
    cache = join(dir, 'cache');
    cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
    const first = await build(['hanoi', 'mst', 'caobang']);
    expect(first.failed).toEqual([]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders XSS payloads in article Markdown as inert text', async () => {
    editBody('hanoi', (json) => {
      const payloads = XSS_CORPUS.map(([, payload]) => payload).join('\n\n');
      json.articles[0].locales.vi.content = `## Thử nghiệm an toàn\n\n${payloads}\n\nKết thúc bài viết.`;
    });
    const report = await build(['hanoi']);
    expect(report.failed).toEqual([]);
    const slug = JSON.parse(readFileSync(join(snapshotDir, 'bodies', 'hanoi.json'), 'utf8')).articles[0].locales.vi.slug;
    const page = readFileSync(join(out, 'hanoi', 'bai-viet', slug, 'index.html'), 'utf8');
    const prose = dom(page).querySelector('.prose')!;
    expect(prose.querySelector('h2')!.textContent).toBe('Thử nghiệm an toàn');
    // Whatever the payloads did, the page around the article is intact.
    expect(dom(page).querySelector('.share')).toBeTruthy();
    expect(dom(page).querySelector('footer.site-footer')).toBeTruthy();
    expect(executableMarkupIn(prose.innerHTML)).toEqual([]);
    // The only scripts on the page are ours: the JSON-LD, the framing loader and the share helper.
    const scripts = Array.from(dom(page).querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('type') ?? 'inline').sort()).toEqual(['application/ld+json', 'inline', 'inline']);
    expect(scripts.map((s) => s.textContent).join('')).not.toContain('alert(1)');
  });

  it('fails a body with invalid content, naming the entry and the field, keeps its last good column, builds the others', async () => {
    const before = hash(join(out, 'mst', 'index.html'));
    editBody('mst', (json) => {
      delete json.articles[2].locales.vi.title;
    });
    editBody('caobang', (json) => {
      json.articles[0].locales.vi.title = 'Cao Bằng: bản cập nhật mới nhất về chuyển đổi số';
      json.articles[0].publishDate = '2026-11-21';
    });
    const report = await build(['mst', 'caobang']);
    expect(report.failed.map((f) => f.slug)).toEqual(['mst']);
    expect(report.failed[0].reason).toMatch(/bodies\/mst\.json: articles\[2\]\.locales\.vi\.title/);
    expect(hash(join(out, 'mst', 'index.html'))).toBe(before);
    expect(readFileSync(join(out, 'caobang', 'index.html'), 'utf8')).toContain('Cao Bằng: bản cập nhật mới nhất về chuyển đổi số');
    expect(report.built.map((b) => b.slug)).toEqual(['caobang']);
  });

  it('reports a brand colour too light for text and uses an accessible shade instead', async () => {
    const manifestFile = join(snapshotDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.bodies.find((b: any) => b.slug === 'hanoi').primaryColor = '#ffd700';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const report = await build(['hanoi']);
    expect(report.warnings.find((w) => w.startsWith('hanoi:'))).toMatch(/#ffd700/);
    const style = dom(readFileSync(join(out, 'hanoi', 'index.html'), 'utf8')).documentElement.getAttribute('style')!;
    const value = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(style)![1];
    expect(contrast(value('accent'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(value('on-brand'), value('brand'))).toBeGreaterThanOrEqual(4.5);
  });

  it('paginates long lists, twenty to a page, with previous and next links', async () => {
    editBody('caobang', (json) => {
      const extra = Array.from({ length: 31 }, (_, i) => ({
        ...json.articles[1],
        id: `them-${i}`,
        publishDate: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
        relatedArticles: [],
        locales: { vi: { ...json.articles[1].locales.vi, slug: `bai-them-${i}`, title: `Bài thêm số ${i}: chuyển đổi số ở Cao Bằng` } },
      }));
      json.articles.push(...extra);
    });
    const report = await build(['caobang']);
    expect(report.failed).toEqual([]);
    const page2 = dom(readFileSync(join(out, 'caobang', 'bai-viet', 'trang-2', 'index.html'), 'utf8'));
    expect(page2.querySelectorAll('main .card').length).toBe(20);
    const resolved = (selector: string) =>
      new URL(page2.querySelector(selector)!.getAttribute('href')!, 'http://portal/nq57/bai-viet/trang-2/').pathname;
    expect(resolved('a[rel="prev"]')).toBe('/nq57/bai-viet/');
    expect(resolved('a[rel="next"]')).toBe('/nq57/bai-viet/trang-3/');
    expect(page2.querySelector('.pagination [aria-current="page"]')!.textContent).toBe('Trang 2');
    const page3 = dom(readFileSync(join(out, 'caobang', 'bai-viet', 'trang-3', 'index.html'), 'utf8'));
    expect(page3.querySelectorAll('main .card').length).toBe(45 - 40);
  });

  it('fails only the bodies that show a picture that cannot be read', async () => {
    const content = JSON.parse(readFileSync(join(snapshotDir, 'bodies', 'caobang.json'), 'utf8'));
    const honourPhoto = content.honours.find((h: any) => h.photo)!.photo;
    // Same size, broken bytes: the validator's size check passes, the image decoder does not.
    const file = join(snapshotDir, mediaPath(honourPhoto));
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, 0x41));
    rmSync(cache, { recursive: true, force: true });
    // New content that shows the broken picture (unchanged columns are not rebuilt at all).
    editBody('caobang', (json) => {
      json.honours[0].locales.vi.reason = `${json.honours[0].locales.vi.reason} (cập nhật)`;
    });
    const report = await build(['caobang', 'hanoi']);
    const users = report.failed.map((f) => f.slug);
    expect(users).toContain('caobang');
    expect(report.failed.find((f) => f.slug === 'caobang')!.reason).toMatch(/unreadable image/);
    expect(report.built.length + report.unchanged.length + report.failed.length).toBe(2);
  });
});
