import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import {
  accessiblePalette,
  type Article,
  type BodyContent,
  CHANNEL,
  HONOUR_KIND,
  type LegalDocument,
  type Manifest,
  mediaPath,
  mediaRefsIn,
} from '@column57/snapshot';
import { PNG } from 'pngjs';
import { countPages, WIDTHS } from '@column57/builder';
import { SITES_DIR } from '@column57/sites/dir';
import { COLUMN_TEXT, type StringKey } from '@column57/sites/strings';
import { BENCH_TEXT } from './messages.ts';
import { ROOT } from './root.ts';

/** A label as the column's Vietnamese pages say it (the synthetic corpus has no English pages). */
const text = (key: StringKey) => COLUMN_TEXT.t('vi', key);

/**
 * The column's catalogue as Hugo's translation table (i18n/vi.json), so that the templates say each label
 * with `T "key"` where the column's pages say t(locale, key). Each message in go-i18n's long form
 * (`{ "other": text }`), which no key of the catalogue can be mistaken for.
 */
const translations = () =>
  JSON.stringify(Object.fromEntries(Object.entries(COLUMN_TEXT.messages.vi).map(([key, message]) => [key, { other: message }])), null, 1);

/** Hugo from Debian, if it is there or can be installed (CI runs as root with apt). */
export function hugoAvailable(install: boolean): string | null {
  const found = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (found.status === 0) return found.stdout.trim();
  if (!install || process.getuid?.() !== 0) return null;
  spawnSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const again = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return again.status === 0 ? again.stdout.trim() : null;
}

/**
 * Pages Hugo wrote, less the redirects it adds for page 1 of every paginated list (…/page/1/ to the
 * list itself): those are not pages of the site.
 */
export const countHugoPages = (dir: string) =>
  countPages(dir, (file) => !(statSync(file).size < 1024 && readFileSync(file, 'utf8').includes('http-equiv="refresh"')));

function writer(siteDir: string) {
  rmSync(siteDir, { recursive: true, force: true });
  return (path: string, text: string | Buffer) => {
    mkdirSync(join(siteDir, path, '..'), { recursive: true });
    writeFileSync(join(siteDir, path), text);
  };
}

/** A content file with JSON front matter (Hugo reads `{...}` at the top as front matter). */
const page = (front: Record<string, unknown>, markdown = '') => `${JSON.stringify(front, null, 1)}\n${markdown}\n`;

/**
 * The minimal site of the first benchmarks, kept for comparison across runs: a section per body with its
 * articles, paginated lists (Hugo 0.111 reads no `pagination.pagerSize`, so 10 a page), a home and an
 * RSS feed per body, and one-line templates.
 */
export function writeMinimalHugoSite(snapshotDir: string, siteDir: string) {
  const write = writer(siteDir);
  const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as Manifest;
  write(
    'hugo.toml',
    'baseURL = "https://example.gov.vn/"\nlanguageCode = "vi"\ntitle = "column57 bench"\n' +
      'disableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]\n' +
      '[pagination]\n  pagerSize = 20\n[services.rss]\n  limit = 50\n' +
      '[outputs]\n  home = ["HTML"]\n  section = ["HTML", "RSS"]\n  page = ["HTML"]\n',
  );
  write(
    'layouts/_default/baseof.html',
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>' +
      '<body><main>{{ block "main" . }}{{ end }}</main></body></html>',
  );
  write('layouts/_default/single.html', '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ end }}');
  write(
    'layouts/_default/list.html',
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages.ByDate.Reverse).Pages }}' +
      '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}',
  );
  write('layouts/index.html', '{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}');
  for (const body of manifest.bodies) {
    const content = JSON.parse(readFileSync(join(snapshotDir, 'bodies', `${body.slug}.json`), 'utf8')) as BodyContent;
    write(`content/${body.slug}/_index.md`, `---\ntitle: ${JSON.stringify(body.name.vi)}\n---\n`);
    for (const a of content.articles) {
      const v = a.locales.vi!;
      write(
        `content/${body.slug}/${v.slug}.md`,
        `---\ntitle: ${JSON.stringify(v.title)}\ndate: ${a.publishDate}\nsummary: ${JSON.stringify(v.summary)}\n---\n${v.content}\n`,
      );
    }
  }
}

export interface EquivalentSiteOptions {
  /** Every article's share card, drawn by Hugo (the work of the build's "complete" moment, besides search). */
  shareCards?: boolean;
}

/**
 * The share cards' type: Be Vietnam Pro, the font the build's cards are set in (@column57/artwork ships
 * it), copied into the site's assets so that Hugo's images.Text can take it (a resource, not a path).
 */
const CARD_FONTS: Record<string, string> = { '700Bold': 'assets/fonts/card-bold.ttf', '500Medium': 'assets/fonts/card-medium.ttf' };
const artworkRequire = createRequire(join(ROOT, 'packages', 'artwork', 'package.json'));
const fontFile = (weight: string) => artworkRequire.resolve(`@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`);
/** The build's cards are JPEGs at 82 (packages/builder/src/share-image.ts), 1200×630. */
const CARD_QUALITY = 82;
const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;
/** The build's card has a strip of the body's second colour along its foot, this high. */
const CARD_STRIP = 14;

/** A colour as its three bytes. */
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * A body's card background as a PNG: its brand colour with the strip of its second colour, what a
 * designer would hand a Hugo site as the card's template (pngjs writes it synchronously, as the site is
 * written); Hugo puts the emblem and the names on it.
 */
function backgroundPng(background: string, strip: string): Buffer {
  const png = new PNG({ width: CARD_WIDTH, height: CARD_HEIGHT });
  for (let y = 0; y < CARD_HEIGHT; y++) {
    const pixel = [...rgb(y < CARD_HEIGHT - CARD_STRIP ? background : strip), 255];
    for (let x = 0; x < CARD_WIDTH; x++) png.data.set(pixel, (y * CARD_WIDTH + x) * 4);
  }
  return PNG.sync.write(png, { colorType: 2 });
}

/** `a` over `b` at an opacity, as one colour (the build draws the column's name so). */
const mix = (a: string, b: string, alpha: number) =>
  `#${rgb(a)
    .map((v, i) =>
      Math.round(v * alpha + rgb(b)[i] * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** Formats Hugo 0.111 decodes, so can put on a card; an SVG emblem is left off (the build rasterises it). */
const HUGO_RASTER = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff']);

/**
 * A body's card assets, under the body's own path (assets/<slug>/media/) so that Hugo writes its cards
 * into the body's column (<slug>/media/), as the build does: the background, the emblem. Returns what
 * the templates need, for the body's front matter: the build's colours (the accessible palette).
 */
function writeCardAssets(snapshotDir: string, siteDir: string, body: Manifest['bodies'][number]) {
  const palette = accessiblePalette(body.primaryColor, body.secondaryColor);
  const dir = join(siteDir, 'assets', body.slug, 'media');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'share.png'), backgroundPng(palette.brand, palette.decoration));
  let emblem: string | null = null;
  if (body.logo && HUGO_RASTER.has(body.logo.ext.toLowerCase())) {
    emblem = `${body.slug}/media/emblem.${body.logo.ext}`;
    copyFileSync(join(snapshotDir, mediaPath(body.logo)), join(siteDir, 'assets', emblem));
  }
  return {
    background: `${body.slug}/media/share.png`,
    emblem,
    foreground: palette.onBrand,
    muted: mix(palette.onBrand, palette.brand, 0.9),
  };
}

/**
 * The same columns as a Hugo site, page for page where it counts: per body a home with featured and
 * latest cards, audiences, campaigns, documents and topics; the articles (Markdown rendered by Hugo)
 * with cover pictures that Hugo resizes into the build's widths (WebP and JPEG), share links, tags and
 * related items; paginated lists of 20 with cards for all articles and for each topic and audience
 * (taxonomies, their terms named per body), with their RSS feeds; the documents with their type, year
 * and issuer lists; the national and the body's campaigns; honours, tasks, search and embed pages; a
 * sitemap. Every page has the column's frame: the same head (canonical, alternates, Open Graph,
 * JSON-LD), the column's CSS inlined, the brand header and menu, the footer
 * (packages/bench/hugo-equivalent/layouts). What a page shows is given in its front matter as the
 * column's pages get it from their plan (tag names and links, picture widths).
 * Not made: English pages (the synthetic corpus has none), JSON feeds, documents' attachment details,
 * the embed guide's full text.
 * With `shareCards`, the site also draws every article's share card as the build does (its "complete"
 * build), with Hugo's own image filters (layouts/partials/share-card.html), and points og:image at it.
 */
export function writeEquivalentHugoSite(snapshotDir: string, siteDir: string, options: EquivalentSiteOptions = {}) {
  const write = writer(siteDir);
  cpSync(join(import.meta.dirname, '..', 'hugo-equivalent', 'layouts'), join(siteDir, 'layouts'), { recursive: true });
  write('assets/column.css', readFileSync(join(SITES_DIR, 'src', 'styles', 'column.css'), 'utf8'));
  const cards = options.shareCards ?? false;
  if (cards) for (const [weight, file] of Object.entries(CARD_FONTS)) write(file, readFileSync(fontFile(weight)));
  write('i18n/vi.json', translations());
  const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as Manifest;
  // Pictures as Hugo assets (covers resized by the templates), the rest as static files.
  mkdirSync(join(siteDir, 'assets', 'media'), { recursive: true });
  mkdirSync(join(siteDir, 'static', 'media'), { recursive: true });
  for (const ref of mediaRefsIn([manifest]).values()) {
    const source = join(snapshotDir, mediaPath(ref));
    if (existsSync(source)) copyFileSync(source, join(siteDir, 'static', 'media', `${ref.hash}.${ref.ext}`));
  }
  write(
    'hugo.toml',
    [
      'baseURL = "https://example.gov.vn/"',
      'languageCode = "vi"',
      // The language whose translation table T reads (Hugo's default is English).
      'defaultContentLanguage = "vi"',
      `title = ${JSON.stringify(text('columnName'))}`,
      'paginate = 20',
      'rssLimit = 50',
      'buildFuture = true',
      'disableKinds = ["robotsTXT", "404"]',
      '[taxonomies]',
      '  chude = "chude"',
      '  doituong = "doituong"',
      '  loai = "loai"',
      '  nam = "nam"',
      '  coquan = "coquan"',
      '[outputs]',
      '  home = ["HTML"]',
      '  section = ["HTML", "RSS"]',
      '  term = ["HTML", "RSS"]',
      '  taxonomy = ["HTML"]',
      '  page = ["HTML"]',
      '[markup.goldmark.renderer]',
      '  unsafe = false',
      // Hugo has one JPEG quality for every picture it writes: the cards' (the build's 82) here, which the
      // covers' JPEG variants then get too (Hugo's default 75 in the plain site).
      ...(cards ? ['[imaging]', `  quality = ${CARD_QUALITY}`] : []),
      '',
    ].join('\n'),
  );
  const audiences = new Map<string, Manifest['audiences'][number]>(manifest.audiences.map((a) => [a.code, a]));
  const topics = new Map(manifest.topics.map((t) => [t.slug, t]));
  const docSlug = new Map(manifest.national.documents.map((d) => [d.id, d.slug]));
  for (const body of manifest.bodies) {
    const slug = body.slug;
    const content = JSON.parse(readFileSync(join(snapshotDir, 'bodies', `${slug}.json`), 'utf8')) as BodyContent;
    for (const ref of mediaRefsIn([content]).values()) {
      const target = join(siteDir, 'assets', 'media', `${ref.hash}.${ref.ext}`);
      if (ref.mime.startsWith('image/') && !existsSync(target)) copyFileSync(join(snapshotDir, mediaPath(ref)), target);
    }
    const articles = content.articles as Article[];
    const used = new Set(articles.flatMap((a) => a.topics));
    const topicTag = (t: string) => ({ name: topics.get(t)?.name.vi ?? t, path: `/chude/${slug}-${t}/` });
    const audienceTag = (code: string) => ({
      name: audiences.get(code)?.name.vi ?? code,
      path: `/doituong/${slug}-${audiences.get(code)?.slug ?? code}/`,
    });
    write(
      `content/${slug}/_index.md`,
      page({
        title: body.name.vi,
        layout: 'body-home',
        outputs: ['HTML'],
        name: body.name.vi,
        primary: body.primaryColor,
        secondary: body.secondaryColor,
        unit: body.contact.unit.vi,
        email: body.contact.email,
        portal: body.portalUrl,
        logo: body.logo ? `/media/${body.logo.hash}.${body.logo.ext}` : null,
        audiences: manifest.audiences.map((a) => audienceTag(a.code)),
        topics: manifest.topics.filter((t) => used.has(t.slug)).map((t) => topicTag(t.slug)),
        ...(cards ? { card: writeCardAssets(snapshotDir, siteDir, body) } : {}),
      }),
    );
    write(`content/${slug}/bai-viet/_index.md`, page({ title: text('allArticles') }));
    // Each term's page, by its path: its title and its intro.
    const terms = new Map<string, { title: string; intro: string }>();
    for (const a of articles) {
      const v = a.locales.vi!;
      for (const t of a.topics)
        terms.set(`chude/${slug}-${t}`, { title: topics.get(t)?.name.vi ?? t, intro: topics.get(t)?.description.vi ?? '' });
      for (const code of a.audiences)
        terms.set(`doituong/${slug}-${audiences.get(code)?.slug ?? code}`, {
          title: `${text('audiences')}: ${audiences.get(code)?.name.vi ?? code}`,
          intro: audiences.get(code)?.description.vi ?? '',
        });
      write(
        `content/${slug}/bai-viet/${v.slug}.md`,
        page(
          {
            title: v.title,
            date: a.publishDate,
            ...(cards ? { shareCard: true } : {}),
            lede: v.summary,
            byline: v.byline ?? null,
            channel: CHANNEL.t('vi', a.channel),
            featured: a.featured,
            cover: a.cover
              ? {
                  hash: a.cover.hash,
                  ext: a.cover.ext,
                  fallback: `${a.cover.hash}-${WIDTHS.at(-1)}.jpg`,
                  widths: WIDTHS.filter((w) => w <= (a.cover!.width ?? w)),
                  width: a.cover.width,
                  height: a.cover.height,
                }
              : null,
            chude: a.topics.map((t) => `${slug}-${t}`),
            doituong: a.audiences.map((code) => `${slug}-${audiences.get(code)?.slug ?? code}`),
            tags: [...a.topics.map(topicTag), ...a.audiences.map(audienceTag)],
            documents: a.relatedDocuments.map((id) => docSlug.get(id)).filter(Boolean),
            related: a.relatedArticles.map((id) => articles.find((x) => x.id === id)?.locales.vi?.slug).filter(Boolean),
          },
          v.content,
        ),
      );
    }
    for (const [path, { title, intro }] of terms) write(`content/${path}/_index.md`, page({ title, intro, body: slug }));
    write(`content/${slug}/van-ban/_index.md`, page({ title: text('allDocuments'), outputs: ['HTML'] }));
    for (const d of [...manifest.national.documents, ...content.documents] as LegalDocument[]) {
      write(
        `content/${slug}/van-ban/${d.slug}.md`,
        page(
          {
            title: d.locales.vi.title,
            number: d.number,
            date: d.issueDate ?? undefined,
            lede: d.locales.vi.summary ?? '',
            loai: [`${slug}-${d.docType}`],
            nam: d.issueDate ? [`${slug}-${d.issueDate.slice(0, 4)}`] : [],
            coquan: [`${slug}-${d.locales.vi.issuer}`],
          },
          d.locales.vi.summary ?? '',
        ),
      );
    }
    write(`content/${slug}/chien-dich/_index.md`, page({ title: text('campaigns'), outputs: ['HTML'] }));
    for (const c of [...manifest.national.campaigns, ...content.campaigns])
      write(`content/${slug}/chien-dich/${c.slug}.md`, page({ title: c.locales.vi!.title, date: c.startDate }, c.locales.vi!.description));
    const honours = content.honours.map((h) => ({
      recipient: h.locales.vi!.recipient,
      kind: HONOUR_KIND.t('vi', h.kind),
      date: h.date,
      reason: h.locales.vi!.reason,
    }));
    for (const [section, title] of [
      ['khen-thuong', text('honours')],
      ['nhiem-vu', text('tasks')],
      ['tim-kiem', text('search')],
      ['embed', text('embedGuide')],
    ]) {
      write(
        `content/${slug}/${section}/_index.md`,
        page({ title, layout: 'simple', outputs: ['HTML'], ...(section === 'khen-thuong' ? { honours } : {}) }),
      );
    }
  }
}

/** The Pagefind binary the npm package runs (its platform package), as a Hugo user gets it with `npx pagefind`. */
function pagefindBinary(): string {
  const os = platform() === 'win32' ? 'windows' : platform();
  const target = `${os}-${arch()}`;
  // The npm wrapper (pagefind/lib/runner/bin.cjs) prefers the extended binary, as the builder's Node API does.
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      // The builder's own pagefind, found by its folder: its package exports only an ES module, which
      // require.resolve does not see, and the platform package is resolved from inside it, as its wrapper does.
      const pagefind = realpathSync(join(ROOT, 'packages', 'builder', 'node_modules', 'pagefind'));
      return createRequire(join(pagefind, 'package.json')).resolve(`@pagefind/${target}/bin/${name}${os === 'windows' ? '.exe' : ''}`);
    } catch {
      // not this one: the platform package holds one of the two
    }
  }
  throw new Error(BENCH_TEXT.both('pagefindMissing', { platform: target }));
}

/**
 * Pagefind over Hugo's output, as its own process for the benchmark to time: the npm package's binary
 * run once per body, each with `--site <out>/<body>`, so each body gets its own index in
 * `<out>/<body>/pagefind/`. That is what the build makes: one index per column, under `<column>/pagefind/`,
 * which the column's search page loads. A single run over the whole output would index the taxonomy
 * lists too and make one national index, which is not what the complete build is measured on. The
 * pages Pagefind takes are those the templates mark `data-pagefind-body` (articles, documents and
 * campaigns, as the columns' records hold); each body's index holds its own and the national items, as a
 * column's does. The runs are one after another, as a site's build script would loop over them.
 */
export function pagefindCommand(hugoOutputDir: string, bodies: readonly string[]): { command: string; args: string[] } {
  const script = 'bin=$1; shift; for site; do "$bin" --site "$site" --quiet || exit $?; done';
  return { command: 'sh', args: ['-c', script, 'sh', pagefindBinary(), ...bodies.map((slug) => join(hugoOutputDir, slug))] };
}
