import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countHugoPages, hugoAvailable, writeEquivalentHugoSite } from '@column57/bench/hugo';
import { writeSyntheticSnapshot } from '@column57/bench/synthetic';
import { buildColumns, countPages } from '../packages/builder/src/index.ts';
import { dom } from './support/html.ts';

// The benchmark's targets are against Hugo on "an equivalent site": this checks that the site it gives
// Hugo is one, against the columns built from the same snapshot (.ci/run installs Hugo from Debian).
const work = join(tmpdir(), `column57-hugo-${process.pid}`);
const snapshot = join(work, 'snapshot');
const columns = join(work, 'columns');
const hugoOut = join(work, 'hugo-out');
let slugs: string[] = [];

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
});
