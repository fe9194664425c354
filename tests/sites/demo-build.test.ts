import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildColumns, type BuildReport } from '../../packages/builder/src/index.ts';
import { CHANNEL, loadSnapshot, type LoadedSnapshot, type Locale, paths } from '../../packages/snapshot/src/index.ts';
import { DEMO_SNAPSHOT_DIR } from '../../scripts/lib/demo-snapshot.ts';
import { filesNamed, jsonFeed11, readFeeds } from '../support/feeds.ts';
import { dom, internal, referencesIn, referencesOf } from '../support/html.ts';
import { serveStatic } from '../../packages/publisher/src/static-server.ts';
import { fileSize, t } from '../../sites/src/lib/strings.ts';
import { type ColumnSearchRecords, NATIONAL_SHARDS_FILE, SEARCH_RECORDS_FILE } from '../../sites/src/lib/search-format.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'category'].includes(name),
});

function filesUnder(dir: string, name: RegExp, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, name, found);
    else if (name.test(entry.name)) found.push(path);
  }
  return found;
}

/** What the checks that walk every page read of one page. */
interface PageFacts {
  lang: string | null;
  title: string;
  icons: string[];
  downloads: Array<{ href: string; label: string }>;
  /** Relative addresses the page refers to, without fragments. */
  internal: string[];
  /** Whether an address starts at the server's root (a column must work under any portal's path). */
  rootRelative: boolean;
}

/**
 * Each page parsed once for all the walks below: the demo has over 10,000 pages, and parsing them once per
 * check was a minute of the suite. Keyed by the page file's path.
 */
function factsOfPages(dir: string): Map<string, PageFacts> {
  const facts = new Map<string, PageFacts>();
  // Each column's folder is a link to its release: filesNamed follows it (and skips the releases themselves).
  for (const file of filesNamed(dir, /^index\.html$/)) {
    const html = readFileSync(file, 'utf8');
    const page = dom(html);
    facts.set(file, {
      lang: page.documentElement.getAttribute('lang'),
      title: page.querySelector('title')?.textContent ?? '',
      icons: [...page.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href')!),
      downloads: [...page.querySelectorAll('a[download]')].map((a) => ({ href: a.getAttribute('href')!, label: a.textContent! })),
      internal: internal(referencesOf(page)),
      rootRelative: /(?:href|src|srcset)="\/(?!\/)/.test(html),
    });
  }
  return facts;
}

describe('the demo snapshot built into columns', () => {
  let out: string;
  let report: BuildReport;
  let snapshot: LoadedSnapshot;
  const read = (...parts: string[]) => readFileSync(join(out, ...parts), 'utf8');
  let facts: Map<string, PageFacts> | undefined;
  /** The facts of a page, by its path under the output folder; all pages are read on the first call. */
  const allPages = () => (facts ??= factsOfPages(out));
  const factsOf = (...parts: string[]) => allPages().get(join(out, ...parts))!;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'column57-build-'));
    report = await buildColumns({
      snapshotDir: DEMO_SNAPSHOT_DIR,
      outDir: out,
      cacheDir: join(out, '..', `${out.split('/').pop()}-cache`),
      // Every page kind is built: the subscription page exists only with a subscription service.
      subscriptionsUrl: 'https://cms.column57.test',
    });
    snapshot = loadSnapshot(DEMO_SNAPSHOT_DIR).snapshot!;
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}-cache`, { recursive: true, force: true });
  });

  it('builds every body, and the hub, without failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.built.map((b) => b.slug).sort()).toEqual([...snapshot.bodies.keys()].sort());
    expect(report.hub).toBe(true);
    const hub = dom(read('index.html'));
    expect(hub.documentElement.getAttribute('lang')).toBe('vi');
    // Every column but the communes', which the hub reaches through their province's list (3,321 would drown it).
    for (const body of snapshot.manifest.bodies) {
      const link = body.parent ? `./${body.parent}/xa-phuong/` : `./${body.slug}/`;
      expect(hub.querySelector(`a[href="${link}"]`), body.slug).toBeTruthy();
      if (body.parent) expect(hub.querySelector(`a[href="./${body.slug}/"]`), body.slug).toBeNull();
    }
    expect(dom(read('en', 'index.html')).documentElement.getAttribute('lang')).toBe('en');
  });

  it('keeps a search record for every page that says it is searchable and for no other, and indexes them all for the hub', () => {
    const nationalIds = new Set([...snapshot.manifest.national.documents, ...snapshot.manifest.national.campaigns].map((x) => x.id));
    const expected = { vi: 0, en: 0 };
    const nationalSeen = new Set<string>();
    for (const { slug } of report.built) {
      const column = JSON.parse(read(slug, SEARCH_RECORDS_FILE)) as ColumnSearchRecords;
      const pages = filesUnder(join(out, slug), /^index\.html$/)
        .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
        .map((file) => relative(join(out, slug), file));
      expect(column.records.map((r) => `${r.path}index.html`).sort(), slug).toEqual(pages.sort());
      for (const record of column.records) {
        expect(record.title.length, `${slug}/${record.path}`).toBeGreaterThan(0);
        expect(record.origin === 'national', `${slug}/${record.path}`).toBe(nationalIds.has(record.id));
        if (record.origin === 'own') expected[record.locale]++;
        if (record.origin === 'national' && !nationalSeen.has(`${record.id}:${record.locale}`)) {
          nationalSeen.add(`${record.id}:${record.locale}`);
          expected[record.locale]++;
        }
      }
    }
    expect(expected.vi).toBeGreaterThan(500);
    // The national index: every column's own pages, each national item once, no shared copy.
    // It is in shards (one per province with its communes, one for the central bodies), which the hub lists.
    const { shards } = JSON.parse(read('pagefind', NATIONAL_SHARDS_FILE)) as { shards: Array<{ id: string }> };
    expect(shards.map((s) => s.id)).toContain('trung-uong');
    const indexed = { vi: 0, en: 0 };
    for (const { id } of shards) {
      const entry = JSON.parse(read('pagefind', id, 'pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
      for (const locale of ['vi', 'en'] as const) indexed[locale] += entry.languages[locale]?.page_count ?? 0;
    }
    expect(indexed).toEqual(expected);
    for (const page of ['tim-kiem/index.html', 'en/search/index.html']) expect(read(page)).toContain('data-search');
  });

  it('shows on each task where it was told: its articles, and the coverage its editors recorded outside the column', () => {
    let recorded = 0;
    for (const [slug, content] of snapshot.bodies) {
      const page = dom(read(slug, 'nhiem-vu', 'index.html'));
      for (const task of content.tasks) {
        const section = page.getElementById(task.code)!;
        expect(section, `${slug} ${task.code}`).toBeTruthy();
        const text = section.textContent!.replace(/\s+/g, ' ');
        for (const item of task.pressItems) {
          recorded++;
          expect(text, `${slug} ${task.code}`).toContain(item.title ?? item.outlet);
          expect(text).toContain(CHANNEL.t('vi', item.channel));
        }
        if (task.pressItems.length) expect(text).toContain(t('vi', 'coverageElsewhere'));
        else expect(text).not.toContain(t('vi', 'coverageElsewhere'));
      }
    }
    expect(recorded).toBeGreaterThan(20);
  });

  it('gives the hub absolute hreflang links, a feed in each language, a sitemap and robots.txt', () => {
    const hub = 'http://127.0.0.1:4321/';
    for (const [page, locale] of [
      ['index.html', 'vi'],
      ['en/index.html', 'en'],
    ]) {
      const head = dom(read(page)).head;
      expect(head.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${hub}${locale === 'vi' ? '' : 'en/'}`);
      expect(head.querySelector('link[hreflang="vi"]')!.getAttribute('href')).toBe(hub);
      expect(head.querySelector('link[hreflang="en"]')!.getAttribute('href')).toBe(`${hub}en/`);
      expect(head.querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe('./rss.xml');
    }
    expect(read('robots.txt')).toContain(`Sitemap: ${hub}sitemap.xml`);
    expect(xml.parse(read('sitemap.xml')).urlset.url.map((u: { loc: string }) => u.loc)).toEqual([hub, `${hub}en/`]);
    for (const feed of ['rss.xml', 'en/rss.xml']) {
      const channel = xml.parse(read(feed)).rss.channel;
      expect(channel.item.length, feed).toBeGreaterThan(40);
      // Each item is a column's article, under the GUID that column's feed gives it.
      for (const item of channel.item) expect(item.guid['#text']).toMatch(/^urn:column57:[a-z0-9-]+:article:/);
    }
  });

  it('has every page for every body: home, lists, each article in each language, documents, campaigns, honours, tasks', () => {
    for (const [slug, content] of snapshot.bodies) {
      const body = snapshot.manifest.bodies.find((b) => b.slug === slug)!;
      for (const page of [
        'index.html',
        'bai-viet/index.html',
        'van-ban/index.html',
        'chien-dich/index.html',
        'khen-thuong/index.html',
        'nhiem-vu/index.html',
        'tim-kiem/index.html',
        'bang-tin/index.html',
        'bang-tin/anh/index.html',
        'bang-tin/sw.js',
        'rss.xml',
        'feed.json',
        'sitemap.xml',
        'robots.txt',
        'van-ban/rss.xml',
      ]) {
        expect(statSync(join(out, slug, page)).isFile(), `${slug}/${page}`).toBe(true);
      }
      for (const article of content.articles) {
        expect(statSync(join(out, slug, 'bai-viet', article.locales.vi.slug, 'index.html')).isFile()).toBe(true);
        if (article.locales.en && body.languages.includes('en')) {
          expect(statSync(join(out, slug, 'en', 'articles', article.locales.en.slug, 'index.html')).isFile()).toBe(true);
        }
      }
      for (const doc of [...snapshot.manifest.national.documents, ...content.documents]) {
        expect(statSync(join(out, slug, 'van-ban', doc.slug, 'index.html')).isFile()).toBe(true);
      }
      if (body.languages.includes('en')) {
        for (const file of ['en/rss.xml', 'en/feed.json', 'en/documents/rss.xml'])
          expect(statSync(join(out, slug, file)).isFile(), `${slug}/${file}`).toBe(true);
      }
    }
  });

  it('writes every page of every sitemap, each with its heading and content (a kind of page with no view fails)', () => {
    // The sitemap lists pagesOf: a page kind added there without a view in [...page].astro would be written
    // as an almost empty file, which existence alone does not catch.
    let pages = 0;
    for (const body of snapshot.manifest.bodies) {
      const base = `${body.publicBaseUrl}${body.basePath}`;
      const locs = [...read(body.slug, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      for (const loc of locs) {
        expect(loc.startsWith(base), loc).toBe(true);
        const html = read(body.slug, decodeURI(loc.slice(base.length)), 'index.html');
        const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
          .exec(html)?.[1]
          .replace(/<[^>]+>/g, '')
          .trim();
        expect(h1, `${body.slug}: ${loc}`).toBeTruthy();
        expect(html, loc).toMatch(/<main[\s>]/);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(1000);
  });

  it("gives every page of every sitemap a title that says each of its parts once, the column's name last", () => {
    let pages = 0;
    for (const body of snapshot.manifest.bodies) {
      const base = `${body.publicBaseUrl}${body.basePath}`;
      for (const [, loc] of read(body.slug, 'sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const page = factsOf(body.slug, decodeURI(loc.slice(base.length)), 'index.html');
        const parts = page.title.split(' | ');
        expect(parts.length, loc).toBeGreaterThanOrEqual(2);
        expect(new Set(parts).size, `${loc}: ${parts.join(' | ')}`).toBe(parts.length);
        const locale = page.lang as 'vi' | 'en';
        expect(parts.at(-1), loc).toBe(body.name[locale]);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(1000);
  });

  it('links from a home only audiences with articles in its language, and writes no empty audience page', () => {
    let linked = 0;
    for (const body of snapshot.manifest.bodies) {
      for (const locale of body.languages) {
        const home = locale === 'vi' ? 'index.html' : join('en', 'index.html');
        const links = dom(read(body.slug, home)).querySelectorAll('section[aria-labelledby="audiences"] a');
        for (const a of links) {
          const page = read(body.slug, join(home, '..', a.getAttribute('href')!), 'index.html');
          expect(page, `${body.slug}/${home} -> ${a.getAttribute('href')}`).toContain('<article class="card">');
          expect(page).not.toContain(`<p>${t(locale, 'none')}</p>`);
          linked++;
        }
        // Nor is any audience page written, or listed in the sitemap, that holds nothing.
        const section = join(out, body.slug, locale === 'vi' ? 'doi-tuong' : join('en', 'audiences'));
        for (const file of existsSync(section) ? filesUnder(section, /^index\.html$/) : []) {
          expect(readFileSync(file, 'utf8'), file).not.toContain(`<p>${t(locale, 'none')}</p>`);
        }
      }
    }
    expect(linked).toBeGreaterThan(100);
    // Hanoi's English articles are for no student: its English home leaves that audience out, and no page is written.
    expect(read('hanoi', 'en', 'index.html')).not.toContain('href="../en/audiences/students/"');
    expect(read('hanoi', 'sitemap.xml')).not.toContain('/en/audiences/students/');
    expect(() => read('hanoi', 'en', 'audiences', 'students', 'index.html')).toThrow();
    expect(read('hanoi', 'en', 'index.html')).toContain('href="../en/audiences/researchers/"');
  });

  it("fetches a home's first picture first and at once, and only that one", () => {
    let homes = 0;
    for (const body of snapshot.manifest.bodies) {
      for (const home of body.languages.map((l) => (l === 'vi' ? 'index.html' : join('en', 'index.html')))) {
        const images = [...dom(read(body.slug, home)).querySelectorAll('main img')];
        if (images.length === 0) continue;
        expect(images[0].getAttribute('fetchpriority'), `${body.slug}/${home}`).toBe('high');
        expect(images[0].getAttribute('loading'), `${body.slug}/${home}`).toBe('eager');
        for (const img of images.slice(1)) expect(img.getAttribute('fetchpriority')).toBeNull();
        homes++;
      }
    }
    expect(homes).toBeGreaterThan(50);
  });

  it('links a favicon that is there from every page, and shows the 48 px emblem from a small file', async () => {
    let pages = 0;
    for (const body of snapshot.manifest.bodies) {
      for (const file of filesUnder(join(out, body.slug), /^index\.html$/)) {
        const { icons } = factsOf(relative(out, file));
        expect(icons.length, file).toBe(1);
        if (!icons[0].startsWith('data:image/svg+xml,')) expect(statSync(join(file, '..', icons[0])).isFile(), file).toBe(true);
        pages++;
      }
      const home = dom(read(body.slug, 'index.html'));
      const emblem = home.querySelector('.brand img');
      if (!body.logo) continue;
      expect(emblem!.getAttribute('src')).toBe(home.querySelector('link[rel="icon"]')!.getAttribute('href'));
      expect(emblem!.getAttribute('width')).toBe('48');
      const { width, height } = await sharp(join(out, body.slug, emblem!.getAttribute('src')!)).metadata();
      expect([width, height], body.slug).toEqual([96, 96]);
    }
    for (const hub of ['index.html', join('en', 'index.html')]) {
      expect(dom(read(hub)).querySelector('link[rel="icon"]')!.getAttribute('href'), hub).toMatch(/^data:image\/svg\+xml,/);
    }
    expect(pages).toBeGreaterThan(1000);
  });

  it('states, on every download link of every page, the type and size of the file it links to', () => {
    let links = 0;
    for (const [page, { lang, downloads }] of allPages()) {
      const locale = lang === 'en' ? 'en' : 'vi';
      for (const { href, label } of downloads) {
        const file = join(page, '..', decodeURI(href));
        expect(label, href).toContain(fileSize(statSync(file).size, locale));
        expect(label, href).toContain(`${href.split('.').pop()!.toUpperCase()},`);
        links++;
      }
    }
    expect(links).toBeGreaterThan(50);
  });

  it('keeps Vietnamese text intact, from snapshot to page and feed', () => {
    for (const slug of ['hanoi', 'mst', 'caobang']) {
      const article = snapshot.bodies.get(slug)!.articles[0];
      const page = dom(read(slug, 'bai-viet', article.locales.vi.slug, 'index.html'));
      expect(page.querySelector('h1')!.textContent).toBe(article.locales.vi.title);
      expect(page.documentElement.getAttribute('lang')).toBe('vi');
      expect(page.querySelector('.lede')!.textContent).toBe(article.locales.vi.summary);
      expect(read(slug, 'rss.xml')).toContain(article.locales.vi.title.replace(/&/g, '&amp;'));
    }
    const hanoi = dom(read('hanoi', 'index.html'));
    expect(hanoi.querySelector('.brand-name')!.textContent).toBe('Thành phố Hà Nội');
  });

  it('writes RSS 2.0 feeds that an independent parser reads, with the required elements', () => {
    const feeds = readdirSync(out)
      .filter((d) => snapshot.bodies.has(d))
      .flatMap((slug) => filesUnder(join(out, slug), /^rss\.xml$/));
    expect(feeds.length).toBeGreaterThan(56 * 10);
    for (const file of feeds) {
      const slug = file.slice(out.length + 1).split('/')[0];
      const text = readFileSync(file, 'utf8');
      expect(XMLValidator.validate(text), file).toBe(true);
      const channel = xml.parse(text).rss.channel;
      expect(channel.title && channel.link && channel.description, file).toBeTruthy();
      for (const item of channel.item ?? []) {
        expect(item.title && item.link && item.description, file).toBeTruthy();
        // The column is part of every GUID: a national document is an item of each column that shows it.
        expect(item.guid['#text'] ?? item.guid, file).toMatch(new RegExp(`^urn:column57:${slug}:(article|document|bulletin):`));
      }
    }
    const hanoi = xml.parse(read('hanoi', 'rss.xml')).rss.channel;
    const first = hanoi.item[0];
    expect(first.pubDate).toMatch(/\d{4} \d{2}:\d{2}:\d{2}/);
    expect(first.enclosure['@url']).toMatch(/^https:\/\/hanoi\.gov\.vn\/nghi-quyet-57\/media\/.+\.jpg$/);
    expect(first.enclosure['@type']).toBe('image/jpeg');
    const ids = snapshot.bodies.get('hanoi')!.articles.map((a) => a.id);
    for (const item of hanoi.item) expect(ids.some((id) => item.guid['#text'].includes(id))).toBe(true);
  });

  it('writes feeds that feedparser reads whole, each with what RSS 2.0 requires, dated, newest first', () => {
    // Every feed of the build, found on disk: each column's and the hub's. Machine-readable XML is RSS
    // named rss.xml, or a sitemap: nothing else can hide a feed from this test.
    const xmlFiles = filesNamed(out, /\.xml$/, /^(\.|media$|pagefind$)/);
    const files = xmlFiles.filter((file) => file.endsWith('/rss.xml'));
    expect(xmlFiles.filter((file) => !files.includes(file) && !file.endsWith('/sitemap.xml'))).toEqual([]);
    expect(files.length).toBeGreaterThan(56 * 20);
    expect(files).toEqual(expect.arrayContaining([join(out, 'rss.xml'), join(out, 'en', 'rss.xml')]));
    const built = Date.parse(snapshot.manifest.generatedAt) / 1000;
    for (const feed of readFeeds(files)) {
      const name = feed.file.slice(out.length + 1);
      const slug = name.split('/')[0];
      const body = snapshot.manifest.bodies.find((b) => b.slug === slug);
      const self = body ? `${body.publicBaseUrl}${body.basePath}${name.slice(slug.length + 1)}` : `http://127.0.0.1:4321/${name}`;
      expect(feed.bozo, `${name}: ${feed.error}`).toBe(false);
      expect(feed.version, name).toBe('rss20');
      expect(feed.title && feed.description, name).toBeTruthy();
      // The feed names itself, and links the page it follows (a list, the documents, a home).
      expect(feed.self, name).toEqual([self]);
      expect(feed.link, name).toBe(self.replace(/rss\.xml$/, ''));
      expect(feed.language, name).toBe(name.startsWith(`${body ? `${slug}/` : ''}en/`) ? 'en' : 'vi');
      expect(Number(feed.ttl), name).toBeGreaterThan(0);
      // A byline is dc:creator, declared; RSS's <author> is an e-mail address, and we have none.
      expect(readFileSync(feed.file, 'utf8'), name).not.toContain('<author>');
      if (feed.items.some((item) => item.author)) expect(feed.namespaces, name).toContain('dc');
      const guids = new Set<string>();
      let previous = Infinity;
      for (const item of feed.items) {
        expect(item.title && item.link && item.guid, `${name}: ${item.link}`).toBeTruthy();
        expect(item.published, `${name}: ${item.link} has no date`).not.toBeNull();
        expect(item.published!, `${name}: ${item.link} is out of date order`).toBeLessThanOrEqual(previous);
        previous = item.published!;
        expect(guids.has(item.guid!), `${name}: ${item.guid} twice`).toBe(false);
        guids.add(item.guid!);
        for (const enclosure of item.enclosures) {
          // The length is the size of the file the URL gives, read from the file the build wrote.
          // The longest prefix: a commune's column lives under its province's base path.
          const owner = snapshot.manifest.bodies
            .filter((b) => enclosure.url!.startsWith(`${b.publicBaseUrl}${b.basePath}`))
            .sort((a, b) => b.basePath.length - a.basePath.length)[0];
          const file = join(out, owner.slug, enclosure.url!.slice(`${owner.publicBaseUrl}${owner.basePath}`.length));
          expect(Number(enclosure.length), `${name}: ${enclosure.url}`).toBe(statSync(file).size);
          expect(enclosure.type).toBe({ png: 'image/png', mp3: 'audio/mpeg' }[file.split('.').pop()!] ?? 'image/jpeg');
        }
      }
      // lastBuildDate: when the content last changed, so no earlier than an item and no later than the
      // snapshot it was built from (the clock at build time would be).
      expect(feed.updated, name).not.toBeNull();
      if (feed.items.length) expect(feed.updated!, name).toBeGreaterThanOrEqual(feed.items[0].published!);
      expect(feed.updated!, name).toBeLessThanOrEqual(built);
    }
  });

  it("gives each item a GUID of its own column: a national document differs in every column, the hub keeps the column's", () => {
    const feeds = readFeeds(filesNamed(out, /^rss\.xml$/, /^(\.|media$|pagefind$)/));
    const columnsOf = new Map<string, Set<string>>();
    const hubGuids: string[] = [];
    for (const feed of feeds) {
      const slug = feed.file.slice(out.length + 1).split('/')[0];
      for (const item of feed.items) {
        if (!snapshot.bodies.has(slug)) hubGuids.push(item.guid!);
        else columnsOf.set(item.guid!, (columnsOf.get(item.guid!) ?? new Set()).add(slug));
      }
    }
    // No GUID is shared by two columns: a reader following both keeps both items.
    expect([...columnsOf].filter(([, slugs]) => slugs.size > 1)).toEqual([]);
    for (const doc of snapshot.manifest.national.documents) {
      const guids = feeds
        .filter((feed) => /\/van-ban\/rss\.xml$/.test(feed.file))
        .flatMap((feed) => feed.items.filter((item) => item.link!.endsWith(`/van-ban/${doc.slug}/`)).map((item) => item.guid));
      expect(new Set(guids).size, doc.number).toBe(snapshot.bodies.size);
    }
    // The hub's items are the columns' own: the same GUID as in the column's feed.
    expect(hubGuids.length).toBeGreaterThan(0);
    for (const guid of hubGuids) expect(columnsOf.has(guid), guid).toBe(true);
    // Vietnamese comes through decoded as it was written.
    const hanoi = feeds.find((feed) => feed.file === join(out, 'hanoi', 'rss.xml'))!;
    const newest = [...snapshot.bodies.get('hanoi')!.articles].sort((a, b) => b.publishDate.localeCompare(a.publishDate))[0];
    expect(hanoi.items[0].title).toBe(newest.locales.vi.title);
    expect(hanoi.title).toBe('Chuyên mục Nghị quyết 57: Thành phố Hà Nội');
  });

  it('writes every JSON feed as JSON Feed 1.1 requires, in the language of the pages that advertise it', () => {
    const files = filesNamed(out, /\.json$/, /^(\.|media$|pagefind$)/);
    expect(files.length).toBeGreaterThan(56);
    const rss = readFeeds(filesNamed(out, /^rss\.xml$/, /^(\.|media$|pagefind$)/));
    const rssGuids = new Set(rss.flatMap((feed) => feed.items.map((item) => item.guid)));
    for (const file of files) {
      const name = file.slice(out.length + 1);
      expect(name, 'a JSON file that is not a feed').toMatch(/^[a-z0-9-]+\/(en\/)?feed\.json$/);
      const result = jsonFeed11.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      expect(result.error?.issues ?? [], name).toEqual([]);
      const feed = result.data!;
      const [slug] = name.split('/');
      const body = snapshot.manifest.bodies.find((b) => b.slug === slug)!;
      const english = name.includes('/en/');
      expect(feed.feed_url).toBe(`${body.publicBaseUrl}${body.basePath}${english ? 'en/' : ''}feed.json`);
      expect(feed.language).toBe(english ? 'en' : 'vi');
      expect(new Set(feed.items.map((item) => item.id)).size, name).toBe(feed.items.length);
      const articles = `${body.publicBaseUrl}${body.basePath}${english ? 'en/articles/' : 'bai-viet/'}`;
      for (const item of feed.items) {
        expect(rssGuids.has(item.id), `${name}: ${item.id} is no RSS GUID`).toBe(true);
        expect(item.url!.startsWith(articles), item.url).toBe(true);
      }
    }
    // Every page of a column advertises the feeds of its own language.
    for (const file of filesNamed(join(out, 'hanoi'), /^index\.html$/, /^(\.|media$|pagefind$)/)) {
      const page = dom(readFileSync(file, 'utf8'));
      const lang = page.documentElement.getAttribute('lang');
      const json = join(file, '..', page.querySelector('link[type="application/feed+json"]')!.getAttribute('href')!);
      expect(JSON.parse(readFileSync(json, 'utf8')).language, file).toBe(lang);
      for (const link of page.querySelectorAll('link[type="application/rss+xml"]')) {
        const feed = readFileSync(join(file, '..', link.getAttribute('href')!), 'utf8');
        expect(feed, `${file} -> ${link.getAttribute('href')}`).toContain(`<language>${lang}</language>`);
      }
    }
  });

  it('gives widgets a JSON feed and search engines a sitemap with canonical URLs', () => {
    const feed = JSON.parse(read('hanoi', 'feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items[0].url).toMatch(/^https:\/\/hanoi\.gov\.vn\/nghi-quyet-57\/bai-viet\//);
    const english = JSON.parse(read('hanoi', 'en', 'feed.json'));
    expect(english.language).toBe('en');
    expect(english.feed_url).toBe('https://hanoi.gov.vn/nghi-quyet-57/en/feed.json');
    expect(english.items[0].url).toMatch(/^https:\/\/hanoi\.gov\.vn\/nghi-quyet-57\/en\/articles\//);
    const sitemap = xml.parse(read('hanoi', 'sitemap.xml')).urlset.url;
    expect(sitemap.length).toBeGreaterThan(50);
    for (const url of sitemap) expect(url.loc).toMatch(/^https:\/\/hanoi\.gov\.vn\/nghi-quyet-57\//);
    expect(read('hanoi', 'robots.txt')).toContain('Sitemap: https://hanoi.gov.vn/nghi-quyet-57/sitemap.xml');
    const home = dom(read('hanoi', 'index.html'));
    expect(home.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://hanoi.gov.vn/nghi-quyet-57/');
    expect(home.querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe('./rss.xml');
    expect(home.querySelector('link[type="application/feed+json"]')!.getAttribute('href')).toBe('./feed.json');
    // English pages advertise the English feeds, not the Vietnamese ones.
    const englishHome = dom(read('hanoi', 'en', 'index.html'));
    expect(englishHome.querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe('../en/rss.xml');
    expect(englishHome.querySelector('link[type="application/feed+json"]')!.getAttribute('href')).toBe('../en/feed.json');
  });

  it('links only relatively inside a column, and every internal link and asset resolves, in every column', () => {
    for (const slug of snapshot.bodies.keys()) {
      for (const file of filesUnder(join(out, slug), /^index\.html$/)) {
        const page = factsOf(relative(out, file));
        expect(page.rootRelative, file).toBe(false);
        for (const ref of page.internal) {
          const target = join(file, '..', ref);
          const exists = (() => {
            try {
              return statSync(target).isDirectory() ? statSync(join(target, 'index.html')).isFile() : true;
            } catch {
              return false;
            }
          })();
          expect(exists, `${file.slice(out.length)} -> ${ref}`).toBe(true);
        }
      }
    }
  });

  it('works under any sub-path of a portal, crawled over HTTP', async () => {
    const server = await serveStatic({ '/nghi-quyet-57/': join(out, 'hanoi'), '/web/guest/chuyen-muc-57/': join(out, 'mst') });
    try {
      for (const start of ['/nghi-quyet-57/', '/web/guest/chuyen-muc-57/']) {
        const seen = new Set<string>();
        const queue = [`${server.url}${start}`];
        while (queue.length) {
          const url = queue.shift()!;
          if (seen.has(url)) continue;
          seen.add(url);
          const response = await fetch(url);
          expect(response.status, url).toBe(200);
          if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
          for (const ref of internal(referencesIn(await response.text()))) {
            const next = new URL(ref, url).href;
            expect(next.startsWith(`${server.url}${start}`), `${url} leaves the column: ${ref}`).toBe(true);
            if (!seen.has(next)) queue.push(next);
          }
        }
        expect(seen.size).toBeGreaterThan(100);
      }
    } finally {
      await server.close();
    }
  });

  it('keeps an article page (HTML and CSS) under 60 KB, with pictures that cannot shift the layout', () => {
    for (const slug of ['hanoi', 'mst']) {
      for (const article of snapshot.bodies.get(slug)!.articles) {
        const file = join(out, slug, 'bai-viet', article.locales.vi.slug, 'index.html');
        expect(statSync(file).size).toBeLessThan(60 * 1024);
        for (const img of dom(readFileSync(file, 'utf8')).querySelectorAll('main img')) {
          expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
          expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
          expect(img.getAttribute('alt')).not.toBeNull();
        }
      }
    }
  });

  it("shows the pictures an article's text inserts from the media library, as the column's own copies", () => {
    let shown = 0;
    for (const [slug, content] of snapshot.bodies) {
      for (const article of content.articles) {
        for (const [locale, text] of Object.entries(article.locales)) {
          if (!text?.pictures?.length) continue;
          const page = join(out, slug, paths.article(locale as Locale, text.slug), 'index.html');
          const pictures = [...dom(readFileSync(page, 'utf8')).querySelectorAll('.prose img')];
          expect(pictures.map((img) => img.getAttribute('alt'))).toEqual(text.pictures.map(() => expect.stringMatching(/\p{L}/u)));
          for (const img of pictures) {
            expect(img.getAttribute('src'), page).toMatch(/^(\.\.\/)+media\/[0-9a-f]{64}-\d+\.(jpg|png)$/);
            expect(existsSync(join(page, '..', img.getAttribute('src')!)), page).toBe(true);
          }
          shown += pictures.length;
        }
      }
    }
    // The demo has such an article (the "Bình dân học vụ số" story) in most provinces.
    expect(shown).toBeGreaterThan(10);
  });

  it('shows on each document page what Decree 42/2022/NĐ-CP asks for, with the file and its size', () => {
    const page = dom(read('hanoi', 'van-ban', '57-nq-tw', 'index.html'));
    const terms = Array.from(page.querySelectorAll('dt')).map((dt) => dt.textContent);
    expect(terms).toEqual(
      expect.arrayContaining(['Loại văn bản', 'Cơ quan ban hành', 'Số, ký hiệu', 'Ngày ban hành', 'Ngày có hiệu lực', 'Trích yếu']),
    );
    const values = Array.from(page.querySelectorAll('dd')).map((dd) => dd.textContent);
    expect(values).toEqual(expect.arrayContaining(['Nghị quyết', 'Bộ Chính trị', '57-NQ/TW', 'ngày 22 tháng 12 năm 2024']));
    const download = page.querySelector('a[download]')!;
    expect(download.textContent).toMatch(/PDF, \d+(,\d)? (B|KB)/);
    expect(statSync(join(out, 'hanoi', 'van-ban', '57-nq-tw', download.getAttribute('href')!)).isFile()).toBe(true);
    // The library can be narrowed by type, year and issuer, each a page of its own.
    for (const facet of ['loai/law', 'nam/2025', 'co-quan/quoc-hoi'])
      expect(statSync(join(out, 'hanoi', 'van-ban', facet, 'index.html')).isFile(), facet).toBe(true);
  });

  it('describes each article for search engines and share cards', () => {
    const article = snapshot.bodies.get('hanoi')!.articles.find((a) => a.cover)!;
    const page = dom(read('hanoi', 'bai-viet', article.locales.vi.slug, 'index.html'));
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(article.locales.vi.title);
    expect(ld.datePublished).toBe(`${article.publishDate}T00:00:00+07:00`);
    const ogImage = page.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(ogImage).toMatch(/^https:\/\/hanoi\.gov\.vn\/nghi-quyet-57\/media\/share-[0-9a-f]{32}\.jpg$/);
    expect(statSync(join(out, 'hanoi', ogImage.replace('https://hanoi.gov.vn/nghi-quyet-57/', ''))).size).toBeGreaterThan(10_000);
    expect(page.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
    expect(page.querySelector('.meta time')!.textContent).toMatch(/^ngày \d{1,2} tháng \d{1,2} năm \d{4}$/);
  });
});
