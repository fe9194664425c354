// The floor: the least a generator must do for the same pages as the columns, with nothing but Node, marked and
// template strings. It renders the kinds of page the equivalent Hugo site renders (hugo.ts), each in the column's
// frame (head with canonical, Open Graph and JSON-LD, the column's CSS inlined, brand header, menu, footer): the
// articles with their cover pictures, tags and related items; lists of 20 with cards for all articles, each topic
// and each audience, with their feeds; the documents with their type, year and issuer lists; campaigns; honours,
// tasks, search and embed pages; the home. Covers are resized once per cover and width (sharp, as the build).
// The bodies are split over one worker thread per core, as a generator that uses the machine would.
// Run as its own process by the benchmark: node packages/bench/src/floor.ts SNAPSHOT OUT; prints { pages }.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type Article, type BodyContent, CHANNEL, type Manifest, mediaPath } from '@column57/snapshot';
import { WIDTHS } from '@column57/builder';
import { SITES_DIR } from '@column57/sites/dir';
import { COLUMN_TEXT, type StringKey } from '@column57/sites/strings';

// The site's own marked and sharp, so the floor does that work with what the columns use.
const fromSites = createRequire(join(SITES_DIR, 'package.json'));
const text = (key: StringKey) => COLUMN_TEXT.t('vi', key);
const PER_PAGE = 20;
const BASE = 'https://example.gov.vn';

interface Job {
  snapshotDir: string;
  outDir: string;
  slugs: string[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const date = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function renderBodies(job: Job): number {
  const { marked } = fromSites('marked') as { marked: { parse(markdown: string): string } };
  const manifest = JSON.parse(readFileSync(join(job.snapshotDir, 'manifest.json'), 'utf8')) as Manifest;
  const css = readFileSync(join(SITES_DIR, 'src', 'styles', 'column.css'), 'utf8');
  const topics = new Map(manifest.topics.map((t) => [t.slug, t]));
  const audiences = new Map(manifest.audiences.map((a) => [a.code, a]));
  let pages = 0;
  const write = (path: string, html: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, html);
  };

  for (const slug of job.slugs) {
    const body = manifest.bodies.find((b) => b.slug === slug)!;
    const content = JSON.parse(readFileSync(join(job.snapshotDir, 'bodies', `${slug}.json`), 'utf8')) as BodyContent;
    const root = join(job.outDir, slug);
    const home = `/${slug}/`;
    const menu = [
      [text('home'), ''],
      [text('articles'), 'bai-viet/'],
      [text('documents'), 'van-ban/'],
      [text('campaigns'), 'chien-dich/'],
      [text('honours'), 'khen-thuong/'],
      [text('tasks'), 'nhiem-vu/'],
      [text('search'), 'tim-kiem/'],
    ];
    const logo = body.logo ? `<img src="/media/${body.logo.hash}.${body.logo.ext}" alt="" width="48" height="48" />` : '';
    const page = (path: string, title: string, main: string, extra: { lede?: string; article?: Article; feed?: string } = {}) => {
      const url = `${BASE}${home}${path}`;
      const description = escape(extra.lede ?? `${text('columnName')}: ${body.name.vi}`);
      const ld = extra.article
        ? `<script type="application/ld+json">${JSON.stringify({
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            headline: title,
            description: extra.lede,
            inLanguage: 'vi',
            datePublished: extra.article.publishDate,
            mainEntityOfPage: url,
            publisher: { '@type': 'GovernmentOrganization', name: body.name.vi, url: body.portalUrl },
          })}</script>`
        : '';
      const nav = menu
        .map(([label, to]) => `<li><a href="${home}${to}"${to === path ? ' aria-current="page"' : ''}>${escape(label)}</a></li>`)
        .join('');
      const cover = extra.article?.cover
        ? `<meta property="og:image" content="${BASE}${home}media/${extra.article.cover.hash}-1200.jpg" />`
        : '';
      write(
        join(root, path, 'index.html'),
        `<!doctype html><html lang="vi" style="--brand:${body.primaryColor};--decoration:${body.secondaryColor}"><head>` +
          `<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />` +
          `<title>${escape(`${title} | ${text('columnName')} | ${body.name.vi}`)}</title>` +
          `<meta name="description" content="${description}" /><link rel="canonical" href="${url}" />` +
          `<link rel="alternate" hreflang="vi" href="${url}" />` +
          `<link rel="alternate" type="application/rss+xml" href="${home}bai-viet/rss.xml" />` +
          (extra.feed ? `<link rel="alternate" type="application/rss+xml" href="${extra.feed}" />` : '') +
          `<meta property="og:type" content="${extra.article ? 'article' : 'website'}" />` +
          `<meta property="og:title" content="${escape(title)}" />` +
          `<meta property="og:description" content="${description}" /><meta property="og:url" content="${url}" />` +
          `<meta property="og:locale" content="vi_VN" />${cover}${ld}<style>${css}</style></head><body>` +
          `<a class="skip" href="#main">${escape(text('skip'))}</a><header class="site-header"><div class="wrap header-row">` +
          `<a class="brand" href="${home}">${logo}<span><span class="brand-name">${escape(body.name.vi)}</span>` +
          `<span class="brand-column">${escape(text('columnName'))}</span></span></a></div>` +
          `<nav class="site-nav wrap"><ul>${nav}</ul></nav></header><main id="main" class="wrap">${main}</main>` +
          `<footer class="site-footer"><div class="wrap"><p><strong>${escape(body.name.vi)}</strong> · ` +
          `${escape(body.contact.unit.vi ?? '')} · <a href="mailto:${body.contact.email}">${body.contact.email}</a></p>` +
          `<p><a href="${home}bai-viet/rss.xml">${escape(text('feed'))}</a> · ` +
          `<a href="${home}embed/">${escape(text('embedGuide'))}</a></p>` +
          `</div></footer></body></html>`,
      );
      pages++;
    };
    const picture = (article: Article, sizes: string) => {
      const c = article.cover;
      if (!c) return '';
      const widths = WIDTHS.filter((w) => w <= (c.width ?? w));
      const set = (ext: string) => widths.map((w) => `${home}media/${c.hash}-${w}.${ext} ${w}w`).join(', ');
      return (
        `<picture><source type="image/webp" srcset="${set('webp')}" sizes="${sizes}" />` +
        `<img src="${home}media/${c.hash}-${widths.at(-1)}.jpg" srcset="${set('jpg')}" sizes="${sizes}" alt="" ` +
        `width="${c.width}" height="${c.height}" loading="lazy" /></picture>`
      );
    };
    const card = (a: Article) => {
      const v = a.locales.vi!;
      return (
        `<article class="card">${picture(a, '(min-width: 60rem) 22rem, 100vw')}` +
        `<h2><a href="${home}bai-viet/${v.slug}/">${escape(v.title)}</a></h2>` +
        `<p class="meta"><time datetime="${a.publishDate}">${date(a.publishDate)}</time></p><p>${escape(v.summary)}</p></article>`
      );
    };
    const feed = (path: string, title: string, items: Article[]) => {
      const entries = items
        .slice(0, 50)
        .map((a) => {
          const v = a.locales.vi!;
          const link = `${BASE}${home}bai-viet/${v.slug}/`;
          return (
            `<item><title>${escape(v.title)}</title><link>${link}</link><guid>${link}</guid>` +
            `<description>${escape(v.summary)}</description></item>`
          );
        })
        .join('');
      write(
        join(root, path, 'rss.xml'),
        `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escape(title)}</title>` +
          `<link>${BASE}${home}${path}</link>${entries}</channel></rss>`,
      );
    };
    // A list of cards in pages of 20, with its feed.
    const list = (path: string, title: string, intro: string, items: Article[]) => {
      const count = Math.max(1, Math.ceil(items.length / PER_PAGE));
      for (let i = 0; i < count; i++) {
        const pager =
          count > 1 ? `<nav class="pager"><a href="${home}${path}trang-${Math.min(count, i + 2)}/">${i + 1}/${count}</a></nav>` : '';
        const cards = items
          .slice(i * PER_PAGE, (i + 1) * PER_PAGE)
          .map(card)
          .join('');
        page(
          `${path}${i ? `trang-${i + 1}/` : ''}`,
          title,
          `<h1>${escape(title)}</h1><p>${escape(intro)}</p><div class="cards">${cards}</div>${pager}`,
          {
            feed: `${home}${path}rss.xml`,
          },
        );
      }
      feed(path, title, items);
    };

    const articles = [...content.articles].sort((a, b) => b.publishDate.localeCompare(a.publishDate));
    const bySlug = new Map(articles.map((a) => [a.id, a]));
    for (const a of articles) {
      const v = a.locales.vi!;
      const tags = [
        ...a.topics.map((t) => `<a href="${home}chu-de/${t}/">${escape(topics.get(t)?.name.vi ?? t)}</a>`),
        ...a.audiences.map(
          (c) => `<a href="${home}doi-tuong/${audiences.get(c)?.slug ?? c}/">${escape(audiences.get(c)?.name.vi ?? c)}</a>`,
        ),
      ].join(' ');
      const related = a.relatedArticles
        .map((id) => bySlug.get(id))
        .filter((r): r is Article => !!r)
        .map(card)
        .join('');
      page(
        `bai-viet/${v.slug}/`,
        v.title,
        `<article><h1>${escape(v.title)}</h1><p class="lede">${escape(v.summary)}</p>` +
          `<p class="meta"><time datetime="${a.publishDate}">${date(a.publishDate)}</time> · ${escape(CHANNEL.t('vi', a.channel))}</p>` +
          `${picture(a, '(min-width: 60rem) 45rem, 100vw')}${marked.parse(v.content)}<p class="tags">${tags}</p></article>` +
          (related ? `<section><h2>${escape(text('relatedArticles'))}</h2>${related}</section>` : ''),
        { lede: v.summary, article: a },
      );
    }
    list('bai-viet/', text('allArticles'), '', articles);
    for (const [slugOfTopic, topic] of topics) {
      const items = articles.filter((a) => a.topics.includes(slugOfTopic));
      if (items.length) list(`chu-de/${slugOfTopic}/`, topic.name.vi, topic.description.vi ?? '', items);
    }
    for (const [code, audience] of audiences) {
      const items = articles.filter((a) => a.audiences.includes(code));
      if (items.length)
        list(`doi-tuong/${audience.slug}/`, `${text('audiences')}: ${audience.name.vi}`, audience.description.vi ?? '', items);
    }
    const documents = [...manifest.national.documents, ...content.documents];
    const docItem = (d: (typeof documents)[number]) =>
      `<li><a href="${home}van-ban/${d.slug}/">${escape(d.locales.vi.title)}</a> <span>${escape(d.number ?? '')}</span></li>`;
    for (const d of documents)
      page(`van-ban/${d.slug}/`, d.locales.vi.title, `<h1>${escape(d.locales.vi.title)}</h1><p>${escape(d.locales.vi.summary ?? '')}</p>`, {
        lede: d.locales.vi.summary ?? '',
      });
    page('van-ban/', text('allDocuments'), `<h1>${escape(text('allDocuments'))}</h1><ul>${documents.map(docItem).join('')}</ul>`);
    const groups = new Map<string, typeof documents>();
    for (const d of documents)
      for (const key of [`loai/${d.docType}`, d.issueDate ? `nam/${d.issueDate.slice(0, 4)}` : '', `co-quan/${d.locales.vi.issuer}`])
        if (key) groups.set(key, [...(groups.get(key) ?? []), d]);
    for (const [key, docs] of groups) page(`van-ban/${key}/`, key, `<h1>${escape(key)}</h1><ul>${docs.map(docItem).join('')}</ul>`);
    const campaigns = [...manifest.national.campaigns, ...content.campaigns];
    for (const c of campaigns)
      page(
        `chien-dich/${c.slug}/`,
        c.locales.vi!.title,
        `<h1>${escape(c.locales.vi!.title)}</h1>${marked.parse(c.locales.vi!.description)}`,
      );
    page(
      'chien-dich/',
      text('campaigns'),
      `<h1>${escape(text('campaigns'))}</h1><ul>${campaigns.map((c) => `<li>${escape(c.locales.vi!.title)}</li>`).join('')}</ul>`,
    );
    const honours = content.honours.map((h) => `<li>${escape(h.locales.vi!.recipient)}: ${escape(h.locales.vi!.reason)}</li>`).join('');
    page('khen-thuong/', text('honours'), `<h1>${escape(text('honours'))}</h1><ul>${honours}</ul>`);
    for (const [path, key] of [
      ['nhiem-vu/', 'tasks'],
      ['tim-kiem/', 'search'],
      ['embed/', 'embedGuide'],
    ] as const)
      page(path, text(key), `<h1>${escape(text(key))}</h1>`);
    page('', body.name.vi, `<h1>${escape(body.name.vi)}</h1><div class="cards">${articles.slice(0, 7).map(card).join('')}</div>`);
  }
  return pages;
}

/** Each cover once per width, WebP and JPEG, into every column that shows it (as the build places them). */
async function resizeCovers(snapshotDir: string, outDir: string, manifest: Manifest) {
  const sharp = fromSites('sharp') as typeof import('sharp').default;
  const resized = new Map<string, Array<{ name: string; data: Buffer }>>();
  for (const body of manifest.bodies) {
    const content = JSON.parse(readFileSync(join(snapshotDir, 'bodies', `${body.slug}.json`), 'utf8')) as BodyContent;
    const covers = new Map(content.articles.filter((a) => a.cover).map((a) => [a.cover!.hash, a.cover!]));
    mkdirSync(join(outDir, body.slug, 'media'), { recursive: true });
    for (const cover of covers.values()) {
      if (!resized.has(cover.hash)) {
        const source = readFileSync(join(snapshotDir, mediaPath(cover)));
        const files = [];
        for (const width of WIDTHS.filter((w) => w <= (cover.width ?? w))) {
          files.push({ name: `${cover.hash}-${width}.webp`, data: await sharp(source).resize({ width }).webp().toBuffer() });
          files.push({
            name: `${cover.hash}-${width}.jpg`,
            data: await sharp(source).resize({ width }).jpeg({ mozjpeg: true }).toBuffer(),
          });
        }
        resized.set(cover.hash, files);
      }
      for (const file of resized.get(cover.hash)!) writeFileSync(join(outDir, body.slug, 'media', file.name), file.data);
    }
  }
}

if (isMainThread) {
  const [snapshotDir, outDir] = process.argv.slice(2);
  const manifest = JSON.parse(readFileSync(join(snapshotDir, 'manifest.json'), 'utf8')) as Manifest;
  const cores = availableParallelism();
  // Bodies dealt round the workers, largest first, so each gets a like share of the pages.
  const sizes = manifest.bodies.map((b) => ({ slug: b.slug, size: readFileSync(join(snapshotDir, 'bodies', `${b.slug}.json`)).length }));
  const shares: string[][] = Array.from({ length: cores }, () => []);
  const loads = new Array(cores).fill(0);
  for (const { slug, size } of sizes.sort((a, b) => b.size - a.size)) {
    const least = loads.indexOf(Math.min(...loads));
    shares[least].push(slug);
    loads[least] += size;
  }
  const covers = resizeCovers(snapshotDir, outDir, manifest);
  const counts = await Promise.all(
    shares
      .filter((slugs) => slugs.length)
      .map(
        (slugs) =>
          new Promise<number>((resolve, reject) => {
            const worker = new Worker(import.meta.filename, { workerData: { snapshotDir, outDir, slugs } satisfies Job });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
  );
  await covers;
  console.log(JSON.stringify({ pages: counts.reduce((a, b) => a + b, 0), workers: counts.length }));
} else {
  parentPort!.postMessage(renderBodies(workerData as Job));
}
