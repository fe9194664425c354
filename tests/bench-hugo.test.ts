import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countHugoPages, hugoAvailable, pagefindCommand, writeEquivalentHugoSite } from '@column57/bench/hugo';
import { writeSyntheticSnapshot } from '@column57/bench/synthetic';
import { buildColumns, countPages } from '../packages/builder/src/index.ts';
import { dom } from './support/html.ts';

// The benchmark's targets are against Hugo on "an equivalent site": this checks that the site it gives
// Hugo is one, against the columns built from the same snapshot (.ci/run installs Hugo from Debian).
const work = join(tmpdir(), `column57-hugo-${process.pid}`);
const snapshot = join(work, 'snapshot');
const columns = join(work, 'columns');
const hugoOut = join(work, 'hugo-out');
const cardsOut = join(work, 'hugo-cards-out');
let slugs: string[] = [];

/** The article pages of a body in a built site (the paginated list's pages are not articles). */
const articlePages = (dir: string, slug: string) =>
  readdirSync(join(dir, slug, 'bai-viet'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^(trang|page)(-|$)/.test(d.name))
    .map((d) => join(dir, slug, 'bai-viet', d.name, 'index.html'));
/** The file an article page's og:image names, in the site it was built into. */
const ogImageFile = (dir: string, page: string) => {
  const url = dom(readFileSync(page, 'utf8')).querySelector('meta[property="og:image"]')?.getAttribute('content');
  return url ? join(dir, new URL(url).pathname) : null;
};

// npm test installs Hugo (scripts/prerequisites.sh); in CI a missing Hugo is a failure, not a skip.
const hugoHere = hugoAvailable(false);
if (!hugoHere && process.env.CI) {
  it("finds Hugo, the benchmark's baseline (apt-get install hugo)", () => expect.fail('hugo is not on PATH'));
}

describe.skipIf(!hugoHere)('the Hugo baseline of the benchmark', () => {
  beforeAll(async () => {
    writeSyntheticSnapshot({ bodies: 2, articles: 60, out: snapshot });
    slugs = readdirSync(join(snapshot, 'bodies'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    await buildColumns({ snapshotDir: snapshot, outDir: columns, cacheDir: join(work, 'cache') });
    writeEquivalentHugoSite(snapshot, join(work, 'hugo'));
    // --printI18nWarnings: a label the templates ask for (T "key") that the column's catalogue lacks is said on stderr.
    const run = spawnSync('hugo', ['--quiet', '--printI18nWarnings', '--source', join(work, 'hugo'), '--destination', hugoOut], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('makes as many pages as the columns: every article, and lists of 20 for all articles, each topic and audience', () => {
    for (const slug of slugs) {
      const articles = (dir: string) =>
        readdirSync(join(dir, slug, 'bai-viet'), { withFileTypes: true }).filter(
          (d) => d.isDirectory() && !/^(trang|page)(-|$)/.test(d.name),
        ).length;
      expect(articles(hugoOut)).toBe(articles(columns));
    }
    for (const slug of slugs) {
      const campaigns = (dir: string) =>
        readdirSync(join(dir, slug, 'chien-dich'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page').length;
      expect(campaigns(hugoOut)).toBe(campaigns(columns));
      // Each topic's list in the column has its term list in Hugo, with as many pages of 20.
      for (const topic of readdirSync(join(columns, slug, 'chu-de'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        const pages = (dir: string) => readdirSync(dir).filter((d) => /^trang-\d+$/.test(d) || d === 'page').length;
        const hugoPages = readdirSync(join(hugoOut, 'chude', `${slug}-${topic.name}`, 'page')).filter((n) => n !== '1').length;
        expect(hugoPages).toBe(pages(join(columns, slug, 'chu-de', topic.name)));
      }
    }
    const ours = slugs.reduce((n, slug) => n + countPages(join(columns, slug)), 0);
    const hugo = countHugoPages(hugoOut);
    expect(Math.abs(hugo - ours) / ours).toBeLessThan(0.05);
  });

  it('gives every article page the frame the column gives it: the head, the CSS inlined, the menu, the picture, the footer', () => {
    const slug = slugs[0];
    const article = readdirSync(join(columns, slug, 'bai-viet')).find((d) => !d.startsWith('trang'))!;
    const ours = dom(readFileSync(join(columns, slug, 'bai-viet', article, 'index.html'), 'utf8'));
    const theirs = dom(readFileSync(join(hugoOut, slug, 'bai-viet', article, 'index.html'), 'utf8'));
    expect(theirs.querySelector('title')!.textContent).toBe(ours.querySelector('title')!.textContent);
    expect(theirs.querySelector('h1')!.textContent).toBe(ours.querySelector('h1')!.textContent);
    for (const selector of [
      'link[rel="canonical"]',
      'meta[property="og:image"]',
      'script[type="application/ld+json"]',
      'style',
      '.site-nav a[aria-current]',
      'picture source[srcset]',
      '.prose h2',
      '.share',
      '.tag-list li',
      '.site-footer',
    ]) {
      expect(theirs.querySelectorAll(selector).length, selector).toBeGreaterThan(0);
    }
    expect(theirs.querySelector('style')!.textContent!.length).toBeGreaterThan(0.9 * ours.querySelector('style')!.textContent!.length);
    const size = (d: Document) => d.documentElement.outerHTML.length;
    expect(size(theirs) / size(ours)).toBeGreaterThan(0.8);
  });

  it('gives list pages twenty cards with pictures and a windowed pagination, and the article list a feed of 50', () => {
    const slug = slugs[0];
    const ours = dom(readFileSync(join(columns, slug, 'bai-viet', 'trang-2', 'index.html'), 'utf8'));
    const theirs = dom(readFileSync(join(hugoOut, slug, 'bai-viet', 'page', '2', 'index.html'), 'utf8'));
    expect(theirs.querySelectorAll('.card').length).toBe(ours.querySelectorAll('.card').length);
    expect(theirs.querySelectorAll('.card picture source[srcset]').length).toBe(
      ours.querySelectorAll('.card picture source[srcset]').length,
    );
    expect(theirs.querySelectorAll('.pagination li').length).toBe(ours.querySelectorAll('.pagination li').length);
    expect(readFileSync(join(hugoOut, slug, 'bai-viet', 'index.xml'), 'utf8').match(/<item>/g)).toHaveLength(50);
  });
  // The build's complete moment also draws every article's share card and indexes each column for search:
  // the baseline it is measured against does the same with Hugo's image filters and the Pagefind CLI.
  describe('the complete baseline: share cards by Hugo, Pagefind over its output', () => {
    beforeAll(() => {
      writeEquivalentHugoSite(snapshot, join(work, 'hugo-cards'), { shareCards: true });
      const run = spawnSync('hugo', ['--quiet', '--printI18nWarnings', '--source', join(work, 'hugo-cards'), '--destination', cardsOut], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }, 240_000);

    it("draws every article's card, 1200×630 in the column's format, in the body's column, and points og:image at it", async () => {
      for (const slug of slugs) {
        const pages = articlePages(cardsOut, slug);
        expect(pages.length).toBe(articlePages(columns, slug).length);
        const cards = pages.map((page) => ogImageFile(cardsOut, page));
        for (const card of cards) expect(card, 'og:image').toMatch(new RegExp(`/${slug}/media/[^/]+\\.jpg$`));
        // A card per title (the build's are named by what they show, so two articles of one title share one too).
        const titles = new Set(pages.map((page) => dom(readFileSync(page, 'utf8')).querySelector('h1')!.textContent));
        expect(new Set(cards).size).toBe(titles.size);
        for (const card of new Set(cards)) {
          const { width, height, format } = await sharp(card!).metadata();
          expect({ width, height, format }, card!).toEqual({ width: 1200, height: 630, format: 'jpeg' });
        }
      }
      // As the column's own card is (a column's addresses are under its body's site, its cards in its media/).
      const ours = dom(readFileSync(articlePages(columns, slugs[0])[0], 'utf8')).querySelector('meta[property="og:image"]')!;
      const { width, height, format } = await sharp(join(columns, slugs[0], 'media', basename(ours.getAttribute('content')!))).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'jpeg' });
    });

    it("indexes each body's pages in its own Pagefind index, as each column has one", () => {
      const { command, args } = pagefindCommand(cardsOut, slugs);
      const run = spawnSync(command, args, { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const slug of slugs) {
        const entry = (dir: string) => JSON.parse(readFileSync(join(dir, slug, 'pagefind', 'pagefind-entry.json'), 'utf8'));
        expect(existsSync(join(cardsOut, slug, 'pagefind', 'pagefind-entry.json'))).toBe(true);
        // The same pages as the column's index: articles, documents and campaigns.
        expect(entry(cardsOut).languages.vi.page_count).toBe(entry(columns).languages.vi.page_count);
      }
    });
  });
});
