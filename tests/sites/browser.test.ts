import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { launchBrowser } from '../support/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
const MOUNTS = { hanoi: '/nghi-quyet-57/', mst: '/web/guest/nq57/' } as const;

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v: any) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n: any) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
}

describe('columns in a real browser (Chromium)', () => {
  let dir: string;
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  const at = (slug: keyof typeof MOUNTS, path = '') => `${server.url}${MOUNTS[slug]}${path}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-browser-'));
    const report = await buildColumns({
      snapshotDir: DEMO_SNAPSHOT_DIR,
      outDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      bodies: ['hanoi', 'mst'],
      // With subscriptions on, each column has its subscription page, which the sitemap's checks below cover.
      subscriptionsUrl: 'https://cms.column57.test',
    });
    expect(report.failed).toEqual([]);
    server = await serveStatic({
      [MOUNTS.hanoi]: join(dir, 'out', 'hanoi'),
      [MOUNTS.mst]: join(dir, 'out', 'mst'),
      '/toan-quoc/': join(dir, 'out'),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Types into a search box and waits for its answer; the results' links, their facts and passages. */
  async function searchFor(page: Page, words: string) {
    const status = page.locator('[data-status]');
    await page.fill('#search-words', words);
    await page.press('#search-words', 'Enter');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain(words);
    return resultsOn(page);
  }

  /** Every result of the search on the page, asking for more (ten at a time) until all are shown. */
  async function resultsOn(page: Page) {
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-status]')?.textContent ?? '';
      const shown = document.querySelectorAll('[data-results] li').length;
      return /^(Không|Nothing)/.test(status) || shown > 0;
    });
    const more = page.locator('[data-more]');
    while (await more.isVisible()) {
      const shown = await page.locator('[data-results] li').count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('[data-results] li').length > before, shown);
    }
    return page.locator('[data-results] li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        title: li.querySelector('a')!.textContent!,
        facts: li.querySelector('.meta')!.textContent!,
        passage: li.querySelector('.excerpt')!.textContent!,
        marked: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent!),
      })),
    );
  }

  it('finds "khoa học" when the reader types "khoa hoc" without diacritics, and the result opens', async () => {
    const page = await browser.newPage();
    await page.goto(at('hanoi', 'tim-kiem/'));
    const results = await searchFor(page, 'khoa hoc');
    expect(results.length).toBeGreaterThan(0);
    expect(
      results
        .map((r) => `${r.title} ${r.passage}`)
        .join(' ')
        .toLowerCase(),
    ).toContain('khoa học');
    expect(results[0].href.startsWith(at('hanoi'))).toBe(true);
    const response = await page.goto(results[0].href);
    expect(response!.status()).toBe(200);
    await page.close();
  });

  it('finds the same pages for "chuyen doi so" as for "chuyển đổi số", and shows each passage with its "đ"', async () => {
    const page = await browser.newPage();
    await page.goto(at('hanoi', 'tim-kiem/'));
    const withMarks = await searchFor(page, 'chuyển đổi số');
    const without = await searchFor(page, 'chuyen doi so');
    expect(withMarks.length).toBeGreaterThan(3);
    expect(without.map((r) => r.href).sort()).toEqual(withMarks.map((r) => r.href).sort());
    // The index holds "đ" as "d"; what the reader sees is the page's own text.
    const passages = without.map((r) => r.passage).join(' ');
    expect(passages).toContain('đổi');
    expect(passages).not.toMatch(/(^|[^\p{L}])dổi/u);
    expect(without.flatMap((r) => r.marked).map((m) => m.toLowerCase())).toContain('đổi');
    // The search is in the address, so it can be shared and comes back with the page.
    expect(new URL(page.url()).searchParams.get('q')).toBe('chuyen doi so');
    await page.reload();
    expect((await resultsOn(page)).map((r) => r.href).sort()).toEqual(without.map((r) => r.href).sort());
    await page.close();
  });

  it('says the search index is being prepared when a column is live before its index is written', async () => {
    const page = await browser.newPage();
    // As in the seconds after a first build goes live: the index folder answers 404.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(at('hanoi', 'tim-kiem/'));
    const notice = page.locator('[data-later]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('Chỉ mục tìm kiếm của chuyên mục đang được chuẩn bị');
    expect(await notice.locator('a').getAttribute('href')).toBe('../bai-viet/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches English pages in English', async () => {
    const page = await browser.newPage();
    await page.goto(at('mst', 'en/search/'));
    const results = await searchFor(page, 'digital');
    expect(results.length).toBeGreaterThan(0);
    for (const { href } of results) expect(href.startsWith(at('mst', 'en/'))).toBe(true);
    await page.close();
  });

  it('searches every column from the hub, names whose each result is, and filters by body', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/toan-quoc/`);
    await page.fill('#hub-q', 'chuyen doi so');
    await page.press('#hub-q', 'Enter');
    await page.waitForURL(/\/toan-quoc\/tim-kiem\/\?q=/);
    const without = await resultsOn(page);
    const withMarks = await searchFor(page, 'chuyển đổi số');
    expect(without.map((r) => r.href).sort()).toEqual(withMarks.map((r) => r.href).sort());
    const hanoi = without.filter((r) => r.href.startsWith(`${server.url}/toan-quoc/hanoi/bai-viet/`));
    expect(hanoi.length).toBeGreaterThan(0);
    for (const r of hanoi) expect(r.facts).toMatch(/^Thành phố Hà Nội · Bài viết · /);
    expect(without.some((r) => r.href.startsWith(`${server.url}/toan-quoc/mst/`))).toBe(true);
    // A national document is listed once, on the lead body's column.
    const key = await searchFor(page, 'Nghị quyết 57-NQ/TW');
    const nationalDoc = key.filter((r) => r.href.endsWith('/van-ban/57-nq-tw/'));
    expect(nationalDoc.map((r) => r.href)).toEqual([`${server.url}/toan-quoc/mst/van-ban/57-nq-tw/`]);
    expect(await (await fetch(hanoi[0].href)).text()).toContain(hanoi[0].title);
    // The filter keeps one body's results; the address keeps the filter.
    await searchFor(page, 'chuyen doi so');
    await page.selectOption('#search-body', { label: 'Thành phố Hà Nội' });
    await expect.poll(async () => (await resultsOn(page)).every((r) => r.href.includes('/toan-quoc/hanoi/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('co-quan')).toBe('Thành phố Hà Nội');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches the English pages of every column from the English hub', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/toan-quoc/en/search/?q=digital`);
    const results = await resultsOn(page);
    expect(results.length).toBeGreaterThan(0);
    for (const { href } of results) expect(href).toMatch(/\/toan-quoc\/(hanoi|mst)\/en\//);
    await page.close();
  });

  /** Every page the Hanoi column's sitemap lists (both languages), at the address the test server gives it. */
  async function sitemapPages(): Promise<string[]> {
    const sitemap = await (await fetch(at('hanoi', 'sitemap.xml'))).text();
    return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace('https://hanoi.gov.vn/nghi-quyet-57/', at('hanoi')));
  }

  it("axe finds no WCAG 2.1 AA violation on any page of a column's sitemap, in both languages, nor on the hub", async () => {
    const locs = await sitemapPages();
    locs.push(
      at('hanoi', 'tim-kiem/'),
      at('hanoi', 'en/search/'),
      at('hanoi', 'embed/'),
      at('hanoi', 'en/embed/'),
      `${server.url}/toan-quoc/`,
      `${server.url}/toan-quoc/en/`,
      `${server.url}/toan-quoc/tim-kiem/`,
      `${server.url}/toan-quoc/en/search/`,
      `${server.url}/toan-quoc/dang-ky-nhan-tin/`,
      `${server.url}/toan-quoc/en/subscribe/`,
    );
    expect(locs.length).toBeGreaterThan(100);
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const url of locs) {
      const response = await page.goto(url);
      expect(response!.status(), url).toBe(200);
      for (const violation of await axeViolations(page)) failures.push(`${url.replace(server.url, '')}: ${violation}`);
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);

  it("on a 360 px phone no page of a column's sitemap, in either language, scrolls sideways", async () => {
    const locs = await sitemapPages();
    expect(locs.some((url) => url.includes('/en/'))).toBe(true);
    expect(locs.length).toBeGreaterThan(100);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const wide: string[] = [];
    for (const url of locs) {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect(response!.status(), url).toBe(200);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(client, url).toBe(360);
      if (scroll > client) wide.push(`${url.replace(server.url, '')}: ${scroll} px`);
    }
    await page.close();
    expect(wide).toEqual([]);
  }, 120_000);

  it('on a 360 x 740 phone the menu stays compact: the title starts in the upper half of the first screen', async () => {
    const article = (await (await fetch(at('hanoi', 'feed.json'))).json()).items[0].url.replace('https://hanoi.gov.vn/nghi-quyet-57/', '');
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['', 'en/', article]) {
      await page.goto(at('hanoi', path));
      const top = await page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top);
      expect(top, path || 'home').toBeLessThan(740 / 2);
      // Every menu link is still there and reachable: the row scrolls, it hides nothing.
      expect(await page.locator('.site-nav a').count(), path).toBe(7);
    }
    // From the keyboard the last menu link scrolls into view inside the row, not the page.
    await page.goto(at('hanoi'));
    const last = page.locator('.site-nav a').last();
    await last.focus();
    const box = (await last.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('the accessibility check does catch violations (control)', async () => {
    const page = await browser.newPage();
    await page.goto(at('hanoi'));
    await page.evaluate(() => {
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', '<p style="color:#bbb;background:#fff">Chữ nhạt khó đọc</p><img src="x.png"><a href="#"></a>');
    });
    const violations = await axeViolations(page);
    expect(violations.map((v: string) => v.split(':')[0])).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'link-name']));
    await page.close();
  });

  it('can be used from the keyboard: the first Tab reaches the skip link, which moves to the content', async () => {
    const page = await browser.newPage();
    await page.goto(at('hanoi'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it("saves screenshots of a column's home and an article, on a desktop and a phone", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const article = (await (await fetch(at('hanoi', 'feed.json'))).json()).items[0].url.replace('https://hanoi.gov.vn/nghi-quyet-57/', '');
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      for (const [name, path] of [
        ['home', ''],
        ['article', article],
      ]) {
        await page.goto(at('hanoi', path));
        // Loaded pictures are decoded before the shot (lazy ones below the fold never load, so skip them).
        await page.evaluate(() =>
          Promise.all([...document.images].filter((img) => img.complete).map((img) => img.decode().catch(() => undefined))),
        );
        // Nothing wider than the screen: a reader on a phone never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} on a ${device}`).toBeLessThanOrEqual(
          viewport.width,
        );
        const file = join(SCREENSHOTS, `hanoi-${name}-${device}.png`);
        await page.screenshot({ path: file });
        // The picture is of the page as shown, and not blank: its size is the viewport's, its pixels vary.
        const { width, height } = await sharp(file).metadata();
        expect([width, height]).toEqual([viewport.width, viewport.height]);
        const { channels } = await sharp(file).stats();
        expect(Math.max(...channels.map((c) => c.stdev)), `${name} on a ${device} is not blank`).toBeGreaterThan(10);
      }
      await page.close();
    }
  });
});
