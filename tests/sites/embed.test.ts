import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns } from '../../packages/builder/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { BuildService, listen } from '../../packages/publisher/src/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { dom } from '../support/html.ts';

const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
type Server = Awaited<ReturnType<typeof serveStatic>>;

/** A plain portal page around whatever is embedded, with the portal's own header and styles. */
const portalPage = (
  title: string,
  body: string,
  css = '',
) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:serif;margin:0}header{background:#234;color:#fff;padding:1rem}
main{max-width:60rem;margin:0 auto;padding:1rem}${css}</style></head>
<body><header><h1 id="portal-title">Cổng thông tin điện tử thử nghiệm</h1></header>
<main><h2 id="portal-h2">${title}</h2><p id="portal-text">Nội dung của cổng.</p>${body}</main></body></html>`;

async function frameHeights(page: Page, index = 0) {
  return page.evaluate((i) => {
    const frame = document.querySelectorAll('iframe')[i] as HTMLIFrameElement;
    return frame.getBoundingClientRect().height;
  }, index);
}

describe('embedding a column in portals we do not control (Chromium)', () => {
  let dir: string, columnServer: Server, portal: Server, stranger: Server, late: Server, browser: Browser;
  // The build service that refused framings are reported to (only its HTTP door is used: it builds nothing here).
  let service: BuildService, serviceDoor: Awaited<ReturnType<typeof listen>>;
  let columnBase: string, mstBase: string, lateBase: string, mutedBase: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-embed-'));
    mkdirSync(join(dir, 'portal'), { recursive: true });
    mkdirSync(join(dir, 'stranger'), { recursive: true });
    mkdirSync(join(dir, 'late'), { recursive: true });
    // Three origins on loopback: the column's, a portal it allows, and one it does not.
    portal = await serveStatic({ '/': join(dir, 'portal') });
    stranger = await serveStatic({ '/': join(dir, 'stranger') });
    late = await serveStatic({ '/': join(dir, 'late') });
    const snapshotDir = join(dir, 'snapshot');
    cpSync(DEMO_SNAPSHOT_DIR, snapshotDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8'));
    for (const body of manifest.bodies) if (['hanoi', 'mst'].includes(body.slug)) body.embedOrigins = [portal.url];
    writeFileSync(join(snapshotDir, 'manifest.json'), JSON.stringify(manifest));
    service = new BuildService({
      cms: { url: 'http://127.0.0.1:9', token: 'unused' },
      snapshotDir,
      cacheDir: join(dir, 'service-cache'),
      statusFile: join(dir, 'status.json'),
      outDir: join(dir, 'out'),
    });
    serviceDoor = await listen(service, { port: 0, secret: 'not-used-here' });
    const report = await buildColumns({
      snapshotDir,
      outDir: join(dir, 'out'),
      cacheDir: join(dir, 'cache'),
      bodies: ['hanoi', 'mst'],
      framingReportUrl: `${serviceDoor.url}/framing-reports/`,
    });
    // The service counts reports for the columns it knows: those it has built.
    for (const built of report.built)
      service.status.body(built.slug, {
        result: 'built',
        at: new Date().toISOString(),
        seconds: 0,
        pages: 1,
        release: 'r',
        error: null,
        trigger: 't',
      });
    expect(report.failed).toEqual([]);
    // The same column where the server allows an origin the build was not told of (the frame helper keeps
    // no list of its own), and where the helper inside never answers (the frame gets no height).
    cpSync(join(dir, 'out', 'hanoi'), join(dir, 'hanoi-late'), { recursive: true, dereference: true });
    const headersFile = join(dir, 'hanoi-late', '_headers');
    writeFileSync(headersFile, readFileSync(headersFile, 'utf8').replace(portal.url, `${portal.url} ${late.url}`));
    cpSync(join(dir, 'out', 'hanoi'), join(dir, 'hanoi-muted'), { recursive: true, dereference: true });
    rmSync(join(dir, 'hanoi-muted', 'embed', 'frame-child.js'));
    columnServer = await serveStatic({
      '/nghi-quyet-57/': join(dir, 'out', 'hanoi'),
      '/web/guest/nq57/': join(dir, 'out', 'mst'),
      '/late/': join(dir, 'hanoi-late'),
      '/muted/': join(dir, 'hanoi-muted'),
    });
    columnBase = `${columnServer.url}/nghi-quyet-57/`;
    mstBase = `${columnServer.url}/web/guest/nq57/`;
    lateBase = `${columnServer.url}/late/`;
    mutedBase = `${columnServer.url}/muted/`;
    // As the guide writes it: the placeholder holds a link to the column.
    const frame = (base: string, param = '') =>
      `<div data-column57-frame="${base}" ${param}><a href="${base}">Chuyên mục Nghị quyết 57</a></div>` +
      `<script src="${base}embed/frame.js"></script>`;
    writeFileSync(join(dir, 'stranger', 'frame.html'), portalPage('Cổng không được phép', frame(columnBase)));
    writeFileSync(join(dir, 'late', 'frame.html'), portalPage('Cổng được phép sau', frame(lateBase)));
    writeFileSync(join(dir, 'portal', 'muted.html'), portalPage('Khung không nhận chiều cao', frame(mutedBase)));
    // The guide's iframe without a script, as it is pasted, pointed at the column served here.
    const guide = dom(readFileSync(join(dir, 'out', 'hanoi', 'embed', 'index.html'), 'utf8'));
    const plain = Array.from(guide.querySelectorAll('pre code'))
      .map((c) => c.textContent!)
      .find((c) => c.startsWith('<iframe '))!;
    expect(plain, 'the guide has a plain <iframe> snippet').toBeDefined();
    const pasted = plain.replaceAll('https://hanoi.gov.vn/nghi-quyet-57/', columnBase);
    writeFileSync(join(dir, 'portal', 'plain.html'), portalPage('Khung không có script', pasted));
    writeFileSync(join(dir, 'stranger', 'plain.html'), portalPage('Khung không có script', pasted));
    writeFileSync(join(dir, 'portal', 'iframe.html'), portalPage('Chuyên mục trong khung', frame(columnBase)));
    writeFileSync(
      join(dir, 'portal', 'two.html'),
      portalPage('Hai chuyên mục', frame(columnBase, 'data-param="c57-hn"') + frame(mstBase, 'data-param="c57-bo"')),
    );
    writeFileSync(
      join(dir, 'stranger', 'iframe.html'),
      portalPage('Cổng không được phép', `<iframe src="${columnBase}" title="x" style="width:100%;height:600px"></iframe>`),
    );
    const widget =
      `<column57-latest src="${columnBase}feed.json" body="hanoi" limit="3" lang="vi">` +
      `<a id="fallback" href="${columnBase}">Chuyên mục Nghị quyết 57: Thành phố Hà Nội</a></column57-latest>` +
      `<script src="${columnBase}embed/widget.js"></script>`;
    const hostile = '*{color:red!important;font-size:40px!important}h2{font-family:monospace!important}';
    writeFileSync(join(dir, 'portal', 'widget.html'), portalPage('Tiện ích', widget, hostile));
    writeFileSync(
      join(dir, 'portal', 'fragment.html'),
      portalPage('Đoạn HTML', readFileSync(join(dir, 'out', 'hanoi', 'embed', 'latest.html'), 'utf8')),
    );
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([columnServer, portal, stranger, late, serviceDoor].map((s) => s?.close()));
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the iframe takes the height of the column page, as the reader navigates and as the window is resized', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${portal.url}/iframe.html`);
    const frame = () => page.frames().find((f) => f.url().startsWith(columnServer.url))!;
    const fits = async () => {
      await page.waitForFunction(() => {
        const iframe = document.querySelector('iframe')!;
        return iframe.getAttribute('scrolling') === 'no';
      });
      await expect
        .poll(
          async () => {
            const inner = await frame().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
            return Math.abs((await frameHeights(page)) - inner);
          },
          { timeout: 10_000 },
        )
        .toBeLessThanOrEqual(2);
    };
    await fits();
    const homeHeight = await frameHeights(page);
    await frame().click('a[href$="khen-thuong/"]');
    await page.waitForFunction(() => location.search.includes('khen-thuong'));
    await fits();
    expect(await frameHeights(page)).not.toBe(homeHeight);
    const wide = await frameHeights(page);
    await page.setViewportSize({ width: 420, height: 900 });
    await expect.poll(() => frameHeights(page), { timeout: 10_000 }).toBeGreaterThan(wide);
    await fits();
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-iframe.png') });
    await page.close();
  });

  it('keeps the page being read in the portal address: it survives a reload and a copy to a new tab', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/iframe.html`);
    const frame = () => page.frames().find((f) => f.url().startsWith(columnServer.url))!;
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('scrolling') === 'no');
    await frame().click('main .card h3 a');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('c57')?.startsWith('/bai-viet/'));
    const address = page.url();
    const article = new URL(address).searchParams.get('c57')!;
    await page.reload();
    await expect.poll(() => frame().url()).toBe(`${columnBase}${article.slice(1)}`);
    const copy = await browser.newPage();
    await copy.goto(address);
    await expect
      .poll(() =>
        copy
          .frames()
          .find((f) => f.url().startsWith(columnServer.url))
          ?.url(),
      )
      .toBe(`${columnBase}${article.slice(1)}`);
    await copy.close();
    await page.close();
  });

  it('ignores messages that do not come from the framed column', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/iframe.html`);
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('scrolling') === 'no');
    const before = await frameHeights(page);
    // A script on the portal page (or any other window) pretends to be the column.
    await page.evaluate(() => window.postMessage({ type: 'column57:height', height: 5, path: 'gia-mao/' }, '*'));
    await page.waitForTimeout(300);
    expect(await frameHeights(page)).toBe(before);
    expect(page.url()).not.toContain('gia-mao');
    await page.close();
  });

  it('ignores a deep link that tries to leave the column', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/iframe.html?c57=${encodeURIComponent('//evil.example/')}`);
    // Whatever the address says, the frame only ever shows a page of the column.
    await page.waitForSelector('iframe');
    const src = await page.evaluate(() => document.querySelector('iframe')!.src);
    expect(src.startsWith(columnBase)).toBe(true);
    expect(new URL(src).origin).toBe(columnServer.url);
    await page.close();
  });

  it('sends links that leave the column to the top window', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/iframe.html`);
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('scrolling') === 'no');
    const frame = page.frames().find((f) => f.url().startsWith(columnServer.url))!;
    const target = await frame.evaluate(() => {
      document.addEventListener('click', (event) => event.preventDefault());
      const leaving = document.querySelector('footer a[href^="https://"]') as HTMLAnchorElement;
      const staying = document.querySelector('nav a') as HTMLAnchorElement;
      leaving.click();
      staying.click();
      return [leaving.target, staying.target];
    });
    expect(target).toEqual(['_top', '']);
    await page.close();
  });

  it('keeps several columns on one portal page apart', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/two.html`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('iframe')].every((f) => (f as HTMLIFrameElement).getAttribute('scrolling') === 'no'),
    );
    const mst = page.frames().find((f) => f.url().startsWith(mstBase))!;
    await mst.click('a[href$="van-ban/"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('c57-bo') === '/van-ban/');
    expect(new URL(page.url()).searchParams.get('c57-hn')).toBeNull();
    await page.close();
  });

  it('works copied under a sub-path of the portal', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const response = await page.goto(columnBase);
    expect(response!.status()).toBe(200);
    expect(await page.locator('.brand-name').textContent()).toBe('Thành phố Hà Nội');
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-subpath.png') });
    await page.close();
  });

  it('is refused by frame-ancestors on a portal origin that is not allowed', async () => {
    const response = await fetch(columnBase);
    expect(response.headers.get('content-security-policy')).toBe(
      `frame-ancestors 'self' ${portal.url}; report-uri ${serviceDoor.url}/framing-reports/hanoi`,
    );
    const page = await browser.newPage();
    await page.goto(`${stranger.url}/iframe.html`);
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await page.close();
  });

  it("names the refused portal's origin on the build service's status page, from the browser's own report", async () => {
    const page = await browser.newPage();
    await page.goto(`${stranger.url}/iframe.html`);
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await page.close();
    // Chromium posts a CSP report to the column's report-uri; the portal's origin is its Referer.
    await expect.poll(() => service.status.status.framings.hanoi?.map((r) => r.origin), { timeout: 10_000 }).toEqual([stranger.url]);
    expect(service.status.status.framings.mst).toBeUndefined();
    const status = await browser.newPage();
    await status.goto(`${serviceDoor.url}/status`);
    const row = status.locator('tr', { hasText: stranger.url });
    expect(await row.locator('th').textContent()).toBe('hanoi');
    expect(await status.getByRole('heading', { name: /Trang cổng bị từ chối nhúng/ }).isVisible()).toBe(true);
    await status.close();
    // What anyone may post there is not counted unless it is a frame-ancestors report of a column, with an origin.
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${serviceDoor.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/csp-report', ...headers } });
    const report = JSON.stringify({ 'csp-report': { 'effective-directive': 'frame-ancestors' } });
    for (const response of [
      await post('/framing-reports/hanoi', report),
      await post('/framing-reports/hanoi', 'không phải JSON', { referer: 'https://gia.example.vn/' }),
      await post('/framing-reports/hanoi', report.replace('frame-ancestors', 'script-src'), { referer: 'https://gia.example.vn/' }),
      await post('/framing-reports/khong-co', report, { referer: 'https://gia.example.vn/' }),
      await post('/framing-reports/constructor', report, { referer: 'https://gia.example.vn/' }),
      await post('/framing-reports/hanoi', report, { referer: 'javascript:alert(1)' }),
    ])
      expect(response.status).toBe(204);
    expect(service.status.status.framings.hanoi.map((r) => r.origin)).toEqual([stranger.url]);
    expect(service.status.status.framings['khong-co']).toBeUndefined();
  });

  it('leaves a working link to the column on a portal origin that is not allowed', async () => {
    const page = await browser.newPage();
    await page.goto(`${stranger.url}/frame.html`);
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    // The refused frame never reports that it loaded: the placeholder's link stays, and it leads to the column.
    await page.waitForTimeout(500);
    const link = page.locator('[data-column57-frame] a');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(columnBase);
    await Promise.all([page.waitForURL(columnBase), link.click()]);
    expect(await page.locator('.brand-name').textContent()).toBe('Thành phố Hà Nội');
    await page.close();
  });

  it('takes its height on an origin the server allows but the build was not told of', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${late.url}/frame.html`);
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('scrolling') === 'no');
    const frame = page.frames().find((f) => f.url().startsWith(lateBase))!;
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Math.abs((await frameHeights(page)) - inner)).toBeLessThanOrEqual(2);
    // Loaded, it no longer needs the link.
    expect(await page.locator('[data-column57-frame] a').count()).toBe(0);
    await page.close();
  });

  it('stays a scrollable frame of a sensible height, with its link, when no height arrives', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${portal.url}/muted.html`);
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f.url().startsWith(mutedBase))
          ?.url(),
      )
      .toBe(mutedBase);
    const frame = page.frames().find((f) => f.url().startsWith(mutedBase))!;
    await frame.waitForSelector('.brand-name');
    await page.waitForTimeout(500);
    expect(await frameHeights(page)).toBeGreaterThanOrEqual(400);
    expect(await page.evaluate(() => document.querySelector('iframe')!.getAttribute('scrolling'))).toBeNull();
    expect(await page.locator('[data-column57-frame] a').isVisible()).toBe(true);
    // The reader reaches the bottom of the column by scrolling inside the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await page.mouse.move(640, (await page.locator('iframe').boundingBox())!.y + 100);
    await page.mouse.wheel(0, 100_000);
    await expect.poll(() => frame.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight)).toBe(true);
    await page.close();
  });

  it("shows the guide's iframe without a script at a sensible height, scrolling inside, with its link", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${portal.url}/plain.html`);
    expect(await page.locator('script').count()).toBe(0);
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f.url() === columnBase)
          ?.url(),
      )
      .toBe(columnBase);
    const frame = page.frames().find((f) => f.url() === columnBase)!;
    expect(await frame.locator('.brand-name').textContent()).toBe('Thành phố Hà Nội');
    expect(await frameHeights(page)).toBeGreaterThanOrEqual(600);
    await page.mouse.move(640, (await page.locator('iframe').boundingBox())!.y + 100);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => frame.evaluate(() => scrollY)).toBeGreaterThan(0);
    // Refused on an origin that is not allowed, the link below it still leads to the column.
    const refused = await browser.newPage();
    await refused.goto(`${stranger.url}/plain.html`);
    await expect.poll(() => refused.frames()[1]?.url()).toMatch(/^chrome-error:/);
    expect(await refused.locator('main p a').getAttribute('href')).toBe(columnBase);
    expect(await refused.locator('main p a').isVisible()).toBe(true);
    await refused.close();
    await page.close();
  });

  it('renders the widget in a Shadow DOM that a hostile portal stylesheet cannot change, and changes nothing of the portal', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/widget.html`);
    await page.waitForFunction(() => document.querySelector('column57-latest')?.shadowRoot?.querySelectorAll('li').length === 3);
    const inside = await page.evaluate(() => {
      const root = document.querySelector('column57-latest')!.shadowRoot!;
      const link = root.querySelector('li a')!;
      const style = getComputedStyle(link);
      return { color: style.color, size: style.fontSize, text: link.textContent, href: link.getAttribute('href') };
    });
    expect(inside.color).not.toBe('rgb(255, 0, 0)');
    expect(inside.size).toBe('16px');
    expect(inside.href!.startsWith('https://hanoi.gov.vn/nghi-quyet-57/bai-viet/')).toBe(true); // the column's canonical address
    expect(inside.text!.normalize('NFC')).toBe(inside.text);
    const outside = await page.evaluate(() => ({
      h2: getComputedStyle(document.getElementById('portal-h2')!).fontFamily,
      text: getComputedStyle(document.getElementById('portal-text')!).fontSize,
    }));
    expect(outside).toEqual({ h2: 'monospace', text: '40px' });
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () =>
      (
        await (window as any).axe.run(
          { include: [['column57-latest']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
        )
      ).violations.map((v: any) => v.id),
    );
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-widget.png') });
    await page.close();
  });

  it('leaves the fallback links when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${portal.url}/widget.html`);
    expect(await page.isVisible('#fallback')).toBe(true);
    await context.close();
  });

  it('offers HTML fragments with their own scoped styles', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/fragment.html`);
    const links = await page.locator('.c57-fragment li a').count();
    expect(links).toBe(5);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('portal-text')!).fontFamily)).toBe('serif');
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-fragment.png') });
    await page.close();
  });

  it('has an embed guide, in Vietnamese and English, with the snippets filled in for the body', async () => {
    for (const [path, lang] of [
      ['embed/', 'vi'],
      ['en/embed/', 'en'],
    ]) {
      const page = dom(await (await fetch(`${columnBase}${path}`)).text());
      expect(page.documentElement.getAttribute('lang')).toBe(lang);
      const code = Array.from(page.querySelectorAll('pre code'))
        .map((c) => c.textContent)
        .join('\n');
      expect(code).toContain(
        `Content-Security-Policy "frame-ancestors 'self' ${portal.url}; report-uri ${serviceDoor.url}/framing-reports/hanoi"`,
      );
      expect(code).toContain('<script src="https://hanoi.gov.vn/nghi-quyet-57/embed/frame.js" async></script>');
      // The widget reads the feed of the guide's language.
      const feed = lang === 'en' ? 'en/feed.json' : 'feed.json';
      expect(code).toContain(`<column57-latest src="https://hanoi.gov.vn/nghi-quyet-57/${feed}" body="hanoi" limit="5"`);
      // It shows each way of embedding, with pictures that are there.
      const shots = Array.from(page.querySelectorAll('figure img')).map((img) => img.getAttribute('src')!);
      expect(shots).toHaveLength(4);
      for (const src of shots) expect((await fetch(new URL(src, `${columnBase}${path}`))).status).toBe(200);
      const headings = Array.from(page.querySelectorAll('h3')).map((h) => h.textContent);
      expect(headings).toEqual(expect.arrayContaining(['nginx', 'Apache', 'IIS (SharePoint)']));
      // nginx and Apache are run with their snippets (tests/sites/server-snippets.test.ts). IIS does not run
      // on Debian: its web.config is only read here, for CORS on the JSON Feeds and the embed kit, and
      // _headers hidden.
      const iis = Array.from(page.querySelectorAll('h3')).find((h) => h.textContent === 'IIS (SharePoint)')!.nextElementSibling!
        .textContent!;
      const config = new DOMParser().parseFromString(iis, 'text/xml');
      const cors = Array.from(config.querySelectorAll('location') as Iterable<Element>).map((l) => [
        l.getAttribute('path'),
        l.querySelector('add')?.getAttribute('name'),
        l.querySelector('add')?.getAttribute('value'),
      ]);
      expect(cors).toEqual(['feed.json', 'en/feed.json', 'embed', 'en/embed'].map((p) => [p, 'Access-Control-Allow-Origin', '*']));
      expect(config.querySelector('hiddenSegments add')?.getAttribute('segment')).toBe('_headers');
      // The guide leads the portal's administrator to their origin and to whom to ask.
      expect(page.body.textContent).toContain('location.origin');
    }
  });
});
