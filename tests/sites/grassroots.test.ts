import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns, type BuildReport } from '../../packages/builder/src/index.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { BULLETIN_LEVELS, type Bulletin, loadSnapshot, type LoadedSnapshot } from '../../packages/snapshot/src/index.ts';
import { programmeDays, PROGRAMME_DAYS_AFTER, PROGRAMME_DAYS_BEFORE } from '../../sites/src/lib/grassroots.ts';
import { launchBrowser } from '../support/browser.ts';
import { readFeeds } from '../support/feeds.ts';
import { BODIES, COMMUNES, makeGrassrootsSnapshot, PROVINCE, SPECIAL_ZONE } from '../support/grassroots-snapshot.ts';
import { dom, internal, referencesIn } from '../support/html.ts';

/** What Debian's ffprobe decodes of an audio file: its codec and duration in seconds. */
function ffprobe(file: string) {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=codec_name', '-of', 'json', file], {
    encoding: 'utf8',
  });
  const info = JSON.parse(out) as { format: { duration: string }; streams: Array<{ codec_name: string }> };
  return { codec: info.streams[0]?.codec_name, seconds: Number(info.format.duration) };
}

const order = (a: Bulletin, b: Bulletin) =>
  BULLETIN_LEVELS.indexOf(a.level) - BULLETIN_LEVELS.indexOf(b.level) || b.publishedAt.localeCompare(a.publishedAt);

describe('commune columns and the radio channel, built from a synthetic grassroots snapshot', () => {
  let dir: string;
  let snapshotDir: string;
  let snapshot: LoadedSnapshot;
  let report: BuildReport;
  const log: string[] = [];
  const out = () => join(dir, 'out');
  const read = (...parts: string[]) => readFileSync(join(out(), ...parts), 'utf8');
  const bodyOf = (slug: string) => snapshot.manifest.bodies.find((b) => b.slug === slug)!;
  const base = (slug: string) => `${bodyOf(slug).publicBaseUrl}${bodyOf(slug).basePath}`;
  /** The file of the column at an absolute address of that column. */
  const fileAt = (slug: string, url: string) => join(out(), slug, decodeURI(url.slice(base(slug).length)));
  const sitemap = (slug: string) => [...read(slug, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'column57-grassroots-build-'));
    snapshotDir = makeGrassrootsSnapshot();
    snapshot = loadSnapshot(snapshotDir, BODIES).snapshot!;
    report = await buildColumns({ snapshotDir, outDir: out(), cacheDir: join(dir, 'cache'), bodies: BODIES, log: (l) => log.push(l) });
  }, 180_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(snapshotDir, { recursive: true, force: true });
  });

  it('builds the province, the communes and the special zone without failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.built.map((b) => b.slug).sort()).toEqual([...BODIES].sort());
  });

  it('synthesises a bulletin with no recording once for the province and every commune it is shared to', () => {
    const synthesised = log.filter((l) => l.includes('mới tổng hợp / newly synthesised'));
    expect(synthesised.map((l) => /, (\d+) mới tổng hợp/.exec(l)![1])).toEqual(['1']);
    const skills = (slug: string) => dom(read(slug, 'truyen-thanh', 'lop-pho-cap-ky-nang-so', 'index.html')).querySelector('audio source')!;
    const files = BODIES.filter((slug) => snapshot.bodies.get(slug)!.bulletins.length).map((slug) => skills(slug).getAttribute('src'));
    expect(new Set(files).size).toBe(1);
    expect(ffprobe(join(out(), PROVINCE, 'truyen-thanh', 'lop-pho-cap-ky-nang-so', files[0]!)).codec).toBe('mp3');
  });

  it("names a commune's province in its header, and lists a province's communes on a page its home links to", () => {
    for (const slug of [...COMMUNES, SPECIAL_ZONE]) {
      const body = bodyOf(slug);
      const parent = bodyOf(body.parent!);
      const brand = dom(read(slug, 'index.html')).querySelector('.brand-name')!.textContent;
      expect(brand).toBe(`${body.name.vi}, ${parent.name.vi.charAt(0).toLocaleLowerCase('vi')}${parent.name.vi.slice(1)}`);
    }
    expect(dom(read(COMMUNES[0], 'index.html')).querySelector('.brand-name')!.textContent).toBe('Xã Bát Xát, tỉnh Lào Cai');
    for (const province of [PROVINCE, 'quangninh']) {
      const home = dom(read(province, 'index.html'));
      expect(home.querySelector('a[href="./xa-phuong/"]'), province).toBeTruthy();
      const rows = [...dom(read(province, 'xa-phuong', 'index.html')).querySelectorAll('tbody tr')];
      const communes = snapshot.manifest.bodies.filter((b) => b.parent === province);
      expect(rows.map((r) => r.querySelector('a')!.getAttribute('href'))).toEqual(
        communes.sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi')).map((c) => `${c.publicBaseUrl}${c.basePath}`),
      );
      expect(rows.map((r) => r.querySelectorAll('td')[1].textContent)).toEqual(
        communes.map((c) => ({ commune: 'Xã', ward: 'Phường', 'special-zone': 'Đặc khu' })[c.kind as 'commune']),
      );
    }
  });

  it('leaves communes out of the hub, counted under their province with a link to its list', () => {
    const hub = dom(read('index.html'));
    for (const body of snapshot.manifest.bodies.filter((b) => b.parent)) expect(hub.querySelector(`a[href="./${body.slug}/"]`)).toBeNull();
    expect(hub.querySelector(`a[href="./${PROVINCE}/xa-phuong/"]`)!.textContent).toBe('2 xã, phường, đặc khu');
    expect(hub.querySelector('a[href="./quangninh/xa-phuong/"]')!.textContent).toBe('1 xã, phường, đặc khu');
  });

  it("points a shared article's canonical link to the province's page, names its source, and feeds it under the commune's GUID", () => {
    for (const slug of COMMUNES) {
      const content = snapshot.bodies.get(slug)!;
      const shared = content.articles.filter((a) => a.sharedFrom);
      expect(shared.length).toBeGreaterThan(0);
      for (const article of shared) {
        const source = `${base(article.sharedFrom!)}bai-viet/${article.locales.vi.slug}/`;
        const page = dom(read(slug, 'bai-viet', article.locales.vi.slug, 'index.html'));
        expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(source);
        expect(page.querySelector('.shared-from')!.textContent).toBe(`Nguồn: ${bodyOf(article.sharedFrom!).name.vi}`);
        expect(page.querySelector('.shared-from a')!.getAttribute('href')).toBe(source);
        // The province's own page is there to be the canonical one.
        expect(existsSync(fileAt(article.sharedFrom!, `${source}index.html`))).toBe(true);
        const [feed] = readFeeds([join(out(), slug, 'rss.xml')]);
        expect(feed.items.map((i) => i.guid)).toContain(`urn:column57:${slug}:article:${article.id}:vi`);
      }
    }
  });

  it('lists bulletins emergency first, then priority, then normal, each newest first, in the index and the podcast feed', () => {
    for (const slug of [PROVINCE, ...COMMUNES]) {
      const expected = [...snapshot.bodies.get(slug)!.bulletins].sort(order);
      const index = dom(read(slug, 'truyen-thanh', 'index.html'));
      const items = [...index.querySelectorAll('.bulletins > li')];
      expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(expected.map((b) => `../truyen-thanh/${b.slug}/`));
      expect(items[0].getAttribute('data-level')).toBe('emergency');
      const [feed] = readFeeds([join(out(), slug, 'truyen-thanh', 'rss.xml')]);
      expect(feed.items.map((i) => i.link)).toEqual(expected.map((b) => `${base(slug)}truyen-thanh/${b.slug}/`));
      expect(feed.items[0].title).toMatch(/^Khẩn cấp: /);
    }
  });

  it('gives the podcast feed one enclosure per bulletin: absolute URL, the served size, its type, a duration ffprobe agrees with', () => {
    let enclosures = 0;
    for (const slug of [PROVINCE, ...COMMUNES]) {
      const [feed] = readFeeds([join(out(), slug, 'truyen-thanh', 'rss.xml')]);
      expect(feed.bozo, feed.error ?? '').toBe(false);
      expect(feed.version).toBe('rss20');
      expect(feed.self).toEqual([`${base(slug)}truyen-thanh/rss.xml`]);
      for (const item of feed.items) {
        expect(item.enclosures, item.title ?? '').toHaveLength(1);
        const [enclosure] = item.enclosures;
        expect(enclosure.url!.startsWith(base(slug))).toBe(true);
        const file = fileAt(slug, enclosure.url!);
        expect(Number(enclosure.length)).toBe(statSync(file).size);
        expect(enclosure.type).toBe('audio/mpeg');
        const decoded = ffprobe(file);
        expect(decoded.codec).toBe('mp3');
        // itunes:duration is whole seconds; the page states the measured value.
        const [h, m, s] = item.duration!.split(':').map(Number);
        expect(Math.abs(h * 3600 + m * 60 + s - decoded.seconds)).toBeLessThanOrEqual(0.5);
        const page = dom(readFileSync(fileAt(slug, `${item.link}index.html`), 'utf8'));
        expect(Number(page.querySelector('[data-duration]')!.getAttribute('data-duration'))).toBeCloseTo(decoded.seconds, 2);
        const audio = page.querySelector('audio source')!;
        expect(audio.getAttribute('type')).toBe('audio/mpeg');
        expect(join(fileAt(slug, item.link!), audio.getAttribute('src')!)).toBe(file);
        enclosures++;
      }
    }
    expect(enclosures).toBe(3 + 4 + 3);
  });

  it("shows a bulletin's level, broadcast window and times and its full transcript on its page", () => {
    for (const bulletin of snapshot.bodies.get(COMMUNES[0])!.bulletins) {
      const page = dom(read(COMMUNES[0], 'truyen-thanh', bulletin.slug, 'index.html'));
      expect(page.querySelector('h1')!.textContent).toBe(bulletin.title);
      const level = { emergency: 'Khẩn cấp', priority: 'Ưu tiên', normal: 'Thông thường' }[bulletin.level];
      expect(page.querySelector(`.level-${bulletin.level}`)!.textContent).toBe(`Mức độ: ${level}`);
      expect([...page.querySelectorAll('.meta time')].map((t) => t.textContent)).toEqual(expect.arrayContaining(bulletin.broadcast.times));
      const transcript = [...page.querySelectorAll('.transcript p')].map((p) => p.textContent).join('\n\n');
      expect(transcript).toBe(bulletin.script);
    }
  });

  it("writes a commune's programme for each broadcast day within the horizon, with the right bulletins at the right times", () => {
    const slug = COMMUNES[0];
    const bulletins = snapshot.bodies.get(slug)!.bulletins;
    const days = programmeDays(bulletins, snapshot.manifest.generatedAt);
    // 20 November 2026 in Vietnam: from a week before to two weeks after, where bulletins are broadcast.
    expect(days[0]).toBe('2026-11-16');
    expect(days.at(-1)).toBe('2026-12-04');
    expect(PROGRAMME_DAYS_BEFORE + PROGRAMME_DAYS_AFTER).toBe(21);
    for (const day of days) {
      const expected = bulletins
        .filter((b) => b.broadcast.from <= day && day <= b.broadcast.to)
        .flatMap((b) => b.broadcast.times.map((time) => ({ time, b })))
        .sort((x, y) => x.time.localeCompare(y.time) || order(x.b, y.b))
        .map(({ time, b }) => `${time} ${b.slug}`);
      const page = dom(read(slug, 'truyen-thanh', 'lich-phat', day, 'index.html'));
      const rows = [...page.querySelectorAll('.slots tbody tr')].map(
        (r) => `${r.getAttribute('data-time')} ${r.getAttribute('data-bulletin')}`,
      );
      expect(rows, day).toEqual(expected);
      // Every script of the day once, for the announcer.
      expect([...page.querySelectorAll('[data-script]')].map((s) => s.getAttribute('data-script')).sort()).toEqual(
        [...new Set(expected.map((e) => e.split(' ')[1]))].sort(),
      );
    }
    // At 06:00 on the 20th the province's flood warning goes before the village meeting.
    const rows = [...dom(read(slug, 'truyen-thanh', 'lich-phat', '2026-11-20', 'index.html')).querySelectorAll('.slots tbody tr')];
    expect(rows.slice(0, 2).map((r) => r.getAttribute('data-bulletin'))).toEqual(['canh-bao-lu-quet-sat-lo-dat', 'hop-dan-thon-phin-chai']);
    // Outside the horizon: no page. A province has bulletins but no programme (its communes broadcast).
    expect(existsSync(join(out(), slug, 'truyen-thanh', 'lich-phat', '2026-12-05'))).toBe(false);
    expect(existsSync(join(out(), PROVINCE, 'truyen-thanh', 'lich-phat'))).toBe(false);
    const html = read(slug, 'truyen-thanh', 'lich-phat', '2026-11-20', 'index.html');
    // Printed on A4, a script to a page, without the column's navigation (the layout's print rules).
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(html).toMatch(/@media print\s*\{[^@]*\.script\s*\{\s*break-before:\s*page/);
    expect(html).toMatch(/@media print\s*\{[^{]*\.site-nav[^{]*\{\s*display:\s*none/);
  });

  it('puts every new page in its sitemap, each with a heading, main, a title ending with the column, and links that resolve', () => {
    const kinds = { communes: 0, radio: 0, bulletin: 0, programme: 0 };
    for (const slug of BODIES) {
      for (const loc of sitemap(slug)) {
        const path = loc.slice(base(slug).length);
        const html = readFileSync(fileAt(slug, `${loc}index.html`), 'utf8');
        const page = dom(html);
        expect(page.querySelector('h1')?.textContent?.trim(), loc).toBeTruthy();
        expect(page.querySelector('main'), loc).toBeTruthy();
        const parts = page.querySelector('title')!.textContent!.split(' | ');
        expect(new Set(parts).size, loc).toBe(parts.length);
        expect(parts.at(-1), loc).toBe(bodyOf(slug).name[page.documentElement.getAttribute('lang') as 'vi' | 'en']);
        if (/^(xa-phuong|truyen-thanh)\//.test(path)) {
          for (const ref of internal(referencesIn(html))) {
            const target = join(fileAt(slug, loc), ref);
            expect(existsSync(target.endsWith('/') ? join(target, 'index.html') : target), `${loc} -> ${ref}`).toBe(true);
          }
        }
        if (path === 'xa-phuong/') kinds.communes++;
        else if (path === 'truyen-thanh/') kinds.radio++;
        else if (path.startsWith('truyen-thanh/lich-phat/')) kinds.programme++;
        else if (path.startsWith('truyen-thanh/')) kinds.bulletin++;
      }
    }
    expect(kinds).toEqual({ communes: 2, radio: 3, bulletin: 3 + 4 + 3, programme: 19 + 19 });
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveStatic>>;
    beforeAll(async () => {
      server = await serveStatic(Object.fromEntries(BODIES.map((slug) => [`/${slug}/`, join(out(), slug)])));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('on a 360 px phone no new page scrolls sideways', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const wide: string[] = [];
      let pages = 0;
      for (const slug of BODIES) {
        for (const loc of sitemap(slug).filter((l) => /\/(xa-phuong|truyen-thanh)\//.test(l))) {
          const url = new URL(`/${slug}/${loc.slice(base(slug).length)}`, server.url).href;
          const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
          expect(response!.status(), url).toBe(200);
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          if (scroll > client) wide.push(`${slug}/${loc.slice(base(slug).length)}: ${scroll} px`);
          pages++;
        }
      }
      await page.close();
      expect(pages).toBe(2 + 3 + 10 + 38);
      expect(wide).toEqual([]);
    }, 120_000);
  });
});
