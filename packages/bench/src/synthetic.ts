import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Article,
  type Body,
  BODY_KIND,
  type BodyContent,
  type Bulletin,
  COMMUNE_LEVEL_KINDS,
  type Manifest,
  mediaPath,
  mediaRefsIn,
  PROVINCE_LEVEL_KINDS,
  slugify,
} from '@column57/snapshot';
import { DEMO_SNAPSHOT_DIR } from './root.ts';

/**
 * A national-scale snapshot made from the demo's own writing: N bodies (the demo's, repeated with new
 * slugs past 56), A articles each, whose Markdown recombines the demo articles' paragraphs into texts of
 * varied length. Covers are a few demo images shared across articles, as real columns reuse pictures.
 */
export interface SyntheticOptions {
  bodies: number;
  articles: number;
  out: string;
  seed?: number;
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What every synthetic snapshot is made from: the demo snapshot, read once. */
interface Corpus {
  demo: Manifest;
  /** The 56 central and provincial bodies (the templates), in the demo's order, and their content. */
  bodies: Body[];
  contents: BodyContent[];
  /** The demo's communes (Huế's, Quảng Ninh's) and their content: the templates of a commune. */
  communes: Body[];
  communeContents: BodyContent[];
  /** The central and provincial bodies' articles: the samples of an article's metadata and title. */
  articles: Article[];
  paragraphs: string[];
  headings: string[];
  covers: NonNullable<Article['cover']>[];
  nationalDocuments: Set<string>;
}

function readCorpus(): Corpus {
  const demo = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const read = (b: Body) => JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'bodies', `${b.slug}.json`), 'utf8')) as BodyContent;
  // The 56 central and provincial bodies are the templates; the demo's communes (Huế's, Quảng Ninh's) are
  // scaled by the synthetic country (writeSyntheticCountry), not by repeating these.
  const bodies = demo.bodies.filter((b) => !b.parent);
  const contents = bodies.map(read);
  const communes = demo.bodies.filter((b) => b.parent);
  const articles = contents.flatMap((c) => c.articles);
  return {
    demo,
    bodies,
    contents,
    communes,
    communeContents: communes.map(read),
    articles,
    paragraphs: articles.flatMap((a) => a.locales.vi.content.split(/\n{2,}/)).filter((p) => p.length > 80 && !p.startsWith('|')),
    headings: articles.flatMap((a) => [...a.locales.vi.content.matchAll(/^## (.+)$/gm)].map((m) => m[1])),
    covers: [...new Map(articles.filter((a) => a.cover).map((a) => [a.cover!.hash, a.cover!])).values()].slice(0, 6),
    nationalDocuments: new Set(demo.national.documents.map((d) => d.id)),
  };
}

/**
 * `count` articles of one body (ids `<slug>-a<n>`), each a sample's metadata and title over a text
 * recombined from the demo's paragraphs, dated within 2025–2026. `covered` is the share of articles with
 * a cover (all when not given); `adapt` rewrites an article from its sample (a commune's name in a title).
 */
function syntheticArticles(
  corpus: Corpus,
  rnd: () => number,
  options: { slug: string; count: number; samples?: Article[]; covered?: number; adapt?: (article: Article, sample: Article) => Article },
): Article[] {
  const { slug } = options;
  const samples = options.samples ?? corpus.articles;
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  return Array.from({ length: options.count }, (_, n) => {
    const sample = pick(samples);
    const parts = 3 + Math.floor(rnd() * 9);
    const content = Array.from({ length: parts }, (_, k) => (k % 3 === 2 ? `## ${pick(corpus.headings)}` : pick(corpus.paragraphs))).join(
      '\n\n',
    );
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 690) * 86_400_000).toISOString().slice(0, 10);
    const article = {
      ...sample,
      id: `${slug}-a${n}`,
      publishDate: day,
      featured: n < 3,
      cover: options.covered === undefined || rnd() < options.covered ? pick(corpus.covers) : null,
      relatedDocuments: sample.relatedDocuments.filter((id) => corpus.nationalDocuments.has(id)),
      relatedArticles: n > 0 ? [`${slug}-a${n - 1}`] : [],
      relatedTasks: [],
      sharedFrom: null,
      locales: {
        vi: {
          ...sample.locales.vi,
          slug: `${sample.locales.vi.slug.slice(0, 60).replace(/-+$/, '')}-${n}`,
          title: `${sample.locales.vi.title} (${n})`,
          // Every cover says what it shows (the validator refuses one that does not).
          coverAlt: sample.locales.vi.coverAlt ?? sample.locales.vi.title,
          content,
        },
      },
    } as Article;
    return options.adapt ? options.adapt(article, sample) : article;
  });
}

/** A central or provincial body's content: its template's campaigns and honours, and these articles. */
function templateContent(template: BodyContent, slug: string, articles: Article[]): BodyContent {
  return {
    ...template,
    body: slug,
    articles,
    documents: [],
    tasks: [],
    honours: template.honours,
    campaigns: template.campaigns.map((c) => ({ ...c, body: slug })),
  };
}

/** Every file the demo references, so logos, covers, photos and attachments are all there. */
function copyMedia(corpus: Corpus, out: string) {
  mkdirSync(join(out, 'media'), { recursive: true });
  for (const ref of mediaRefsIn([corpus.demo, ...corpus.contents, ...corpus.communeContents]).values())
    copyFileSync(join(DEMO_SNAPSHOT_DIR, mediaPath(ref)), join(out, mediaPath(ref)));
}

function startSnapshot(out: string) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bodies'), { recursive: true });
}

export function writeSyntheticSnapshot(options: SyntheticOptions): { articles: number; bodies: number } {
  const rnd = random(options.seed ?? 57);
  const corpus = readCorpus();
  startSnapshot(options.out);
  const bodies = Array.from({ length: options.bodies }, (_, i) => {
    const base = corpus.bodies[i % corpus.bodies.length];
    const round = Math.floor(i / corpus.bodies.length);
    return round ? { ...base, id: `${base.id}-${round}`, slug: `${base.slug}-${round}` } : base;
  });
  let total = 0;
  for (const [i, body] of bodies.entries()) {
    const articles = syntheticArticles(corpus, rnd, { slug: body.slug, count: options.articles });
    total += articles.length;
    const content = templateContent(corpus.contents[i % corpus.contents.length], body.slug, articles);
    writeFileSync(join(options.out, 'bodies', `${body.slug}.json`), JSON.stringify(content));
  }
  writeFileSync(
    join(options.out, 'manifest.json'),
    JSON.stringify({ ...corpus.demo, bodies: bodies.map((b) => ({ ...b, languages: ['vi'] })) }),
  );
  copyMedia(corpus, options.out);
  return { articles: total, bodies: bodies.length };
}

/** The country since 1 July 2025: central bodies, provinces and cities, and commune-level units of each kind. */
export const COUNTRY = {
  central: 22,
  provinces: 34,
  communes: 3321,
  kinds: { commune: 2621, ward: 687, 'special-zone': 13 } satisfies Record<(typeof COMMUNE_LEVEL_KINDS)[number], number>,
} as const;

export interface CountryOptions {
  out: string;
  seed?: number;
  /** Central bodies (the demo's ministries and agencies, at most 22). Default 22. */
  central?: number;
  /** Provinces and cities (the demo's, at most 34; those with communes in the demo first). Default 34. */
  provinces?: number;
  /** Commune-level units, split as evenly as can be over the provinces. Default 3,321, or its share of fewer provinces. */
  communes?: number;
  /** Instead of `communes`: this many in each province. */
  communesPerProvince?: number;
  /** Articles of each central body. Default 300. */
  centralArticles?: number;
  /** Articles of each province (its own, before any shared to its communes). Default 300. */
  provinceArticles?: number;
  /** A commune's own articles on average (each between none and 2.5 times as many, most of them few). Default 12. */
  communeArticles?: number;
  /** Called as body files are written (every 250, and at the end). */
  progress?: (written: number, total: number) => void;
}

export interface CountrySize {
  bodies: number;
  articles: number;
  central: string[];
  provinces: string[];
  /** Each province's communes, by the province's slug. */
  communes: Record<string, string[]>;
  kinds: Record<string, number>;
  /** The provinces that share articles to every commune they have, and the shared articles' ids. */
  sharing: Record<string, string[]>;
}

/** How many articles a province shares to all its communes, in the provinces that share (one in four). */
const SHARED_ARTICLES = 2;
const SHARING_EVERY = 4;

/** `total` split into `parts` as evenly as can be: the first ones get one more. */
const evenSplit = (total: number, parts: number) =>
  Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));

/**
 * The country at full size (22 central bodies, 34 provinces and cities, 3,321 communes, wards and
 * special zones), made from the demo: central and provincial bodies are the demo's, with their slugs
 * and brands and many articles; each province's communes are small (a dozen articles on average, some
 * none), named after the demo's communes ("Xã Phú Lộc 17"), with the province's brand under its address,
 * as the demo's communes have. One province in four shares two articles to every commune it has, and the
 * provinces with radio bulletins broadcast them in all their communes: copied into each commune's content
 * as the CMS copies them.
 */
export function writeSyntheticCountry(options: CountryOptions): CountrySize {
  const rnd = random(options.seed ?? 57);
  const corpus = readCorpus();
  const isProvince = (b: Body) => (PROVINCE_LEVEL_KINDS as readonly string[]).includes(b.kind);
  const central = corpus.bodies.filter((b) => !isProvince(b)).slice(0, options.central ?? COUNTRY.central);
  // The provinces with communes in the demo first, so a small country still has their bulletins.
  const withCommunes = new Set(corpus.communes.map((c) => c.parent));
  const provinces = corpus.bodies
    .filter(isProvince)
    .sort((a, b) => Number(withCommunes.has(b.slug)) - Number(withCommunes.has(a.slug)))
    .slice(0, options.provinces ?? COUNTRY.provinces);
  const communeCount =
    options.communesPerProvince !== undefined
      ? options.communesPerProvince * provinces.length
      : (options.communes ?? Math.round((COUNTRY.communes * provinces.length) / COUNTRY.provinces));
  const perProvince = evenSplit(communeCount, provinces.length);

  // Kinds in the country's proportions, exact at full size, dealt out in a shuffled order.
  const special = Math.round((communeCount * COUNTRY.kinds['special-zone']) / COUNTRY.communes);
  const wards = Math.round((communeCount * COUNTRY.kinds.ward) / COUNTRY.communes);
  const kinds: Body['kind'][] = [
    ...Array<Body['kind']>(communeCount - special - wards).fill('commune'),
    ...Array<Body['kind']>(wards).fill('ward'),
    ...Array<Body['kind']>(special).fill('special-zone'),
  ];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }

  // Names from the demo's communes, without their kind and number: "Xã A Lưới 1" -> "A Lưới".
  const label = (kind: Body['kind']) => BODY_KIND.pair(kind);
  const bare = (body: Body, locale: 'vi' | 'en') => {
    const { vi, en } = label(body.kind);
    const name = locale === 'vi' ? body.name.vi.slice(vi.length + 1) : body.name.en.slice(0, -(en.length + 1));
    return name.replace(/ \d+$/, '');
  };
  const names = [...new Map(corpus.communes.map((c) => [bare(c, 'vi'), bare(c, 'en')])).entries()];
  const demoNames = new Map(
    corpus.communeContents.flatMap((content, i) => content.articles.map((a) => [a.id, corpus.communes[i].name.vi] as const)),
  );
  const communeSamples = [
    ...corpus.communeContents.flatMap((c) => c.articles.filter((a) => !a.sharedFrom)),
    ...corpus.contents.filter((_, i) => isProvince(corpus.bodies[i])).flatMap((c) => c.articles),
  ];
  const communeTemplate = corpus.communes[0];
  const communeContentTemplate = corpus.communeContents[0];
  const contentOf = new Map(corpus.bodies.map((b, i) => [b.slug, corpus.contents[i]]));
  const idOf = (slug: string) => createHash('sha256').update(slug).digest('hex').slice(0, 24);

  const totalBodies = central.length + provinces.length + communeCount;
  let written = 0;
  let articleCount = 0;
  const write = (content: BodyContent) => {
    writeFileSync(join(options.out, 'bodies', `${content.body}.json`), JSON.stringify(content));
    articleCount += content.articles.length;
    written++;
    if (written % 250 === 0 || written === totalBodies) options.progress?.(written, totalBodies);
  };

  startSnapshot(options.out);
  for (const body of central)
    write(
      templateContent(
        contentOf.get(body.slug)!,
        body.slug,
        syntheticArticles(corpus, rnd, { slug: body.slug, count: options.centralArticles ?? 300 }),
      ),
    );

  const size: CountrySize = {
    bodies: totalBodies,
    articles: 0,
    central: central.map((b) => b.slug),
    provinces: [],
    communes: {},
    kinds: {},
    sharing: {},
  };
  const communeEntries: Body[] = [];
  let dealt = 0;
  const mean = options.communeArticles ?? 12;
  const most = Math.round(mean * 2.5);
  for (const [p, province] of provinces.entries()) {
    const articles = syntheticArticles(corpus, rnd, { slug: province.slug, count: options.provinceArticles ?? 300 });
    const template = contentOf.get(province.slug)!;
    const communes: Body[] = Array.from({ length: perProvince[p] }, (_, k) => {
      const kind = kinds[dealt++];
      const [vi, en] = names[(p * 7 + k) % names.length];
      const local = `${slugify(en)}-${k + 1}`;
      const slug = `${province.slug}-${local}`;
      return {
        ...communeTemplate,
        id: idOf(slug),
        slug,
        name: { vi: `${label(kind).vi} ${vi} ${k + 1}`, en: `${en} ${k + 1} ${label(kind).en}` },
        shortName: { vi: `${label(kind).vi} ${vi} ${k + 1}`, en: `${en} ${k + 1} ${label(kind).en}` },
        kind,
        kindHistory: [{ ...communeTemplate.kindHistory[0], kind }],
        administrativeCode: String(10_000 + communeEntries.length + k),
        parent: province.slug,
        publicBaseUrl: province.publicBaseUrl,
        basePath: `${province.basePath}${local}/`,
        logo: province.logo,
        banner: null,
        primaryColor: province.primaryColor,
        secondaryColor: province.secondaryColor,
        embedOrigins: [province.publicBaseUrl],
        languages: ['vi'],
      };
    });
    const slugs = communes.map((c) => c.slug);
    // One province in four shares its first two articles to every commune; a province's radio bulletins
    // (Huế's and Quảng Ninh's in the demo) are broadcast in all its communes, as the demo's are.
    const shares = p % SHARING_EVERY === 0 && communes.length > 0;
    const shared = shares ? articles.slice(0, SHARED_ARTICLES) : [];
    const bulletins: Bulletin[] = template.bulletins.map((b) => ({ ...b, communes: slugs }));
    write({ ...templateContent(template, province.slug, articles), bulletins });
    size.provinces.push(province.slug);
    size.communes[province.slug] = slugs;
    if (shares) size.sharing[province.slug] = shared.map((a) => a.id);

    for (const commune of communes) {
      const count = Math.min(most, Math.floor((most + 1) * rnd() ** 1.5));
      const own = syntheticArticles(corpus, rnd, {
        slug: commune.slug,
        count,
        samples: communeSamples,
        covered: 0.3,
        // A demo commune's article names its commune: this one names the synthetic commune instead.
        adapt: (article, sample) => {
          const named = demoNames.get(sample.id);
          if (!named) return article;
          const vi = article.locales.vi;
          const rename = (text: string) => text.replaceAll(named, commune.name.vi);
          return { ...article, locales: { vi: { ...vi, title: rename(vi.title), summary: rename(vi.summary) } } };
        },
      });
      // An own article made from the same sample as a shared one would take its slug: it takes another.
      const sharedSlugs = new Set(shared.map((a) => a.locales.vi.slug));
      const distinct = own.map((a) =>
        sharedSlugs.has(a.locales.vi.slug) ? { ...a, locales: { vi: { ...a.locales.vi, slug: `${a.locales.vi.slug}-own` } } } : a,
      );
      const copies = shared.map((a) => ({ ...a, sharedFrom: province.slug }));
      write({
        ...communeContentTemplate,
        body: commune.slug,
        articles: [...distinct, ...copies],
        documents: [],
        campaigns: [],
        honours: [],
        tasks: [],
        bulletins: bulletins.map((b) => ({ ...b, sharedFrom: province.slug })),
      });
      size.kinds[commune.kind] = (size.kinds[commune.kind] ?? 0) + 1;
    }
    communeEntries.push(...communes);
  }
  const bodies = [...central, ...provinces].map((b) => ({ ...b, languages: ['vi'] as Body['languages'] }));
  writeFileSync(join(options.out, 'manifest.json'), JSON.stringify({ ...corpus.demo, bodies: [...bodies, ...communeEntries] }));
  copyMedia(corpus, options.out);
  size.articles = articleCount;
  return size;
}
