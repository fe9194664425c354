import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { launchBrowser } from '../support/browser.ts';
import { dom } from '../support/html.ts';

// The bulletin board (bang-tin/) in real Chromium, its slides as pictures and the A4 posters, from a real
// build of two demo columns with the board's files turned on.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MOUNT = '/nghi-quyet-57/';
const SIZES = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 } } as const;

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`);
  });
}

const currentTitle = (page: Page) => page.locator('.slide.current h2').textContent();

describe('the electronic bulletin board', () => {
  let dir: string;
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  const column = () => join(dir, 'out', 'hanoi');
  const log: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-board-'));
    const report = await buildColumns({
      snapshotDir: DEMO_SNAPSHOT_DIR,
      outDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      bodies: ['hanoi', 'mst'],
      boardFiles: true,
      log: (line) => log.push(line),
    });
    expect(report.failed).toEqual([]);
    server = await serveStatic({ [MOUNT]: column() });
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, viewport] of Object.entries(SIZES)) {
    it(`rotates by itself, asks nothing of another origin and has no axe violation (${name})`, async () => {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.url}${MOUNT}bang-tin/?interval=400`);
      const first = await currentTitle(page);
      await page.waitForFunction((title) => document.querySelector('.slide.current h2')?.textContent !== title, first, { timeout: 5000 });
      expect(await currentTitle(page)).not.toBe(first);
      // Reduced motion: the slide changes without a transition.
      expect(await page.locator('.slide.current').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
      expect(await axeViolations(page)).toEqual([]);
      expect(requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
      await context.close();
    });
  }

  it('pauses from the keyboard and resumes', async () => {
    const page = await browser.newPage({ viewport: SIZES.landscape });
    await page.goto(`${server.url}${MOUNT}bang-tin/?interval=300`);
    await page.keyboard.press('Space');
    expect(await page.locator('[data-pause]').getAttribute('aria-pressed')).toBe('true');
    const held = await currentTitle(page);
    await page.waitForTimeout(1200);
    expect(await currentTitle(page)).toBe(held);
    await page.keyboard.press('Space');
    await page.waitForFunction((title) => document.querySelector('.slide.current h2')?.textContent !== title, held, { timeout: 5000 });
    await page.close();
  });

  it('keeps showing and rotating its slides with the network cut, after a reload', async () => {
    // A server of its own, closed for real, besides Chromium's offline mode.
    const own = await serveStatic({ [MOUNT]: column() });
    const context: BrowserContext = await browser.newContext({ viewport: SIZES.portrait });
    const page = await context.newPage();
    const board = `${own.url}${MOUNT}bang-tin/?interval=300&refresh=500`;
    await page.goto(board);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The worker keeps the page once it controls it: the first visit installs it, the second is under it.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await own.close();
    await page.reload();
    const first = await currentTitle(page);
    expect(first).toBeTruthy();
    await page.waitForFunction((title) => document.querySelector('.slide.current h2')?.textContent !== title, first, { timeout: 5000 });
    // Its own fetch for new slides fails, and it says so while it goes on.
    await expect.poll(() => page.locator('[data-offline]').isVisible(), { timeout: 5000 }).toBe(true);
    expect(
      await page
        .locator('.slide.current img')
        .evaluate((img: HTMLImageElement) => img.naturalWidth)
        .catch(() => 1),
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('offers every slide as pictures in both sizes, which decode', async () => {
    const page = dom(readFileSync(join(column(), 'bang-tin', 'anh', 'index.html'), 'utf8'));
    const hrefs = [...page.querySelectorAll('main ol a[download]')].map((a) => a.getAttribute('href')!);
    const slides = dom(readFileSync(join(column(), 'bang-tin', 'index.html'), 'utf8')).querySelectorAll('[data-slide]').length;
    expect(hrefs.length).toBe(2 * slides);
    for (const href of hrefs) {
      const meta = await sharp(join(column(), 'bang-tin', 'anh', href)).metadata();
      expect(meta.format).toBe('png');
      expect([`${meta.width}x${meta.height}`]).toContain(href.endsWith('-landscape.png') ? '1920x1080' : '1080x1920');
    }
  });

  it('draws the pictures once the columns are live, and offers them all in one ZIP per orientation', async () => {
    // A first build names every picture before the columns go live and draws them after: the log says so in
    // that order, and the links it wrote then give no size yet.
    const live = log.findIndex((line) => line.startsWith('trực tuyến / live'));
    const drawnLater = log.findIndex((line) => line.includes('board pictures and posters drawn later'));
    expect(drawnLater).toBeGreaterThan(-1);
    expect(drawnLater).toBeLessThan(live);
    expect(log.slice(live).some((line) => /^ảnh bảng tin và áp phích \/ board pictures and posters: \d+/.test(line))).toBe(true);
    const first = dom(readFileSync(join(column(), 'bang-tin', 'anh', 'index.html'), 'utf8'));
    const pictures = [...first.querySelectorAll('main ol a[download]')];
    expect(pictures[0].textContent).toBe('Khổ ngang (PNG)');

    // The ZIPs hold every picture of their orientation in the board's order, read by Python's own zipfile.
    const zips = [...first.querySelectorAll('main ul a[download]')].map((a) => a.getAttribute('href')!).filter((h) => h.endsWith('.zip'));
    expect(zips).toHaveLength(2);
    const slides = pictures.length / 2;
    for (const href of zips) {
      const names = execFileSync(
        'python3',
        ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', join(column(), 'bang-tin', 'anh', href)],
        { encoding: 'utf8' },
      )
        .trim()
        .split('\n');
      const orientation = href.endsWith('-landscape.zip') ? 'landscape' : 'portrait';
      expect(names).toHaveLength(slides);
      expect(names[0]).toMatch(new RegExp(`^01-.+-${orientation}\\.png$`));
    }

    // Built again from the same cache, every picture is there before the column goes live, with its size.
    const again = await buildColumns({
      snapshotDir: DEMO_SNAPSHOT_DIR,
      outDir: join(dir, 'again'),
      cacheDir: join(dir, 'cache'),
      bodies: ['hanoi'],
      boardFiles: true,
    });
    expect(again.failed).toEqual([]);
    const second = dom(readFileSync(join(dir, 'again', 'hanoi', 'bang-tin', 'anh', 'index.html'), 'utf8'));
    expect(second.querySelector('main ol a[download]')!.textContent).toMatch(/^Khổ ngang \(PNG, [\d,]+ (KB|MB)\)$/);
    expect(second.querySelector('main ul a[download]')!.textContent).toMatch(/^Khổ ngang: \d+ ảnh \(ZIP, [\d,]+ (KB|MB)\)$/);
  }, 240_000);

  it("prints an A4 poster whose QR code reads as the page's address", async () => {
    const hanoi = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'bodies', 'hanoi.json'), 'utf8'));
    const latest = [...hanoi.articles].sort((a: any, b: any) => b.publishDate.localeCompare(a.publishDate) || a.id.localeCompare(b.id))[0];
    const file = join(column(), 'bai-viet', latest.locales.vi.slug, 'index.html');
    const page = dom(readFileSync(file, 'utf8'));
    const poster = [...page.querySelectorAll('a[download]')].find((a) => a.getAttribute('href')!.includes('poster-'));
    expect(poster, 'poster link').toBeTruthy();
    const png = join(file, '..', poster!.getAttribute('href')!);
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height, meta.density]).toEqual([2480, 3508, 300]);
    const read = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim();
    expect(read).toBe(page.querySelector('link[rel="canonical"]')!.getAttribute('href'));
  });

  it('offers a kit for every campaign not over yet: each banner size, the square, A4 and A3 PDFs and the credit, in one ZIP', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const manifest = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'manifest.json'), 'utf8'));
    const hanoi = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'bodies', 'hanoi.json'), 'utf8'));
    const open = [...manifest.national.campaigns, ...hanoi.campaigns].filter((c: any) => c.endDate >= today);
    // The demo has a national campaign through May 2027: a year with no campaign left would make this test empty.
    expect(open.length).toBeGreaterThan(0);
    const pages = readdirSync(join(column(), 'chien-dich'));
    for (const campaign of [...manifest.national.campaigns, ...hanoi.campaigns]) {
      expect(pages).toContain(campaign.slug);
      const file = join(column(), 'chien-dich', campaign.slug, 'index.html');
      const link = [...dom(readFileSync(file, 'utf8')).querySelectorAll('a[download]')].find((a) =>
        a.getAttribute('href')!.includes('campaign-kit-'),
      );
      if (!open.includes(campaign)) {
        expect(link, `${campaign.slug} is over: no kit`).toBeUndefined();
        continue;
      }
      // A first build links the kit before drawing it (its size comes with the column's next build), then places it.
      expect(link!.textContent).toMatch(/^Tải bộ tài liệu chiến dịch: .* \(ZIP(, [\d,]+ (KB|MB))?\)$/);
      // Unpacked by Python's own zipfile, the PDFs read by poppler's pdfinfo: readers that are not ours.
      const unpacked = mkdtempSync(join(dir, 'kit-'));
      execFileSync('/usr/bin/python3', [
        '-c',
        'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
        join(file, '..', link!.getAttribute('href')!),
        unpacked,
      ]);
      const names = readdirSync(unpacked).sort();
      expect(names).toEqual(
        [
          `${campaign.slug}-leaderboard-728x90.png`,
          `${campaign.slug}-medium-rectangle-300x250.png`,
          `${campaign.slug}-portal-header-1200x300.png`,
          `${campaign.slug}-poster-A3.pdf`,
          `${campaign.slug}-poster-A4.pdf`,
          `${campaign.slug}-square-1080x1080.png`,
          'README.txt',
        ].sort(),
      );
      for (const name of names.filter((n) => n.endsWith('.png'))) {
        const [, width, height] = /-(\d+)x(\d+)\.png$/.exec(name)!.map(Number);
        const meta = await sharp(join(unpacked, name)).metadata();
        expect([meta.width, meta.height], name).toEqual([width, height]);
      }
      for (const [size, points] of [
        ['A4', '595.28 x 841.89 pts (A4)'],
        ['A3', '841.89 x 1190.55 pts (A3)'],
      ]) {
        const info = execFileSync('pdfinfo', [join(unpacked, `${campaign.slug}-poster-${size}.pdf`)], { encoding: 'utf8' });
        expect(info, size).toMatch(/^Pages: +1$/m);
        expect(info, size).toMatch(new RegExp(`^Page size: +${points.replace(/[()]/g, '\\$&')}$`, 'm'));
      }
      const zip = { 'README.txt': readFileSync(join(unpacked, 'README.txt')) };
      const note = Buffer.from(zip['README.txt']).toString('utf8');
      const title = campaign.locales.vi.title as string;
      expect(note).toContain(`Bộ tài liệu chiến dịch «${title}» của Thành phố Hà Nội`);
      expect(note).toContain(`Campaign page: https://hanoi.gov.vn/nghi-quyet-57/chien-dich/${campaign.slug}/`);
      const artwork = campaign.locales.vi.assets.find((a: any) => a.file && a.file.mime.startsWith('image/') && a.kind !== 'document');
      if (artwork) expect(note).toContain(`Ảnh minh họa: ${artwork.credit}. Giấy phép của ảnh: ${artwork.licence}.`);
    }
  });
});
