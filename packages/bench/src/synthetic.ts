import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, type BodyContent, type Manifest, mediaPath, mediaRefsIn } from '@column57/snapshot';
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

export function writeSyntheticSnapshot(options: SyntheticOptions): { articles: number; bodies: number } {
  const rnd = random(options.seed ?? 57);
  const demo = JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'manifest.json'), 'utf8')) as Manifest;
  // The 56 central and provincial bodies are the templates; the demo's communes (Huế's, Quảng Ninh's) are
  // scaled by issue 20's synthetic country, not by repeating these.
  const manifest: Manifest = { ...demo, bodies: demo.bodies.filter((b) => !b.parent) };
  const demoBodies = manifest.bodies.map(
    (b) => JSON.parse(readFileSync(join(DEMO_SNAPSHOT_DIR, 'bodies', `${b.slug}.json`), 'utf8')) as BodyContent,
  );
  const demoArticles = demoBodies.flatMap((c) => c.articles);
  const paragraphs = demoArticles.flatMap((a) => a.locales.vi.content.split(/\n{2,}/)).filter((p) => p.length > 80 && !p.startsWith('|'));
  const headings = demoArticles.flatMap((a) => [...a.locales.vi.content.matchAll(/^## (.+)$/gm)].map((m) => m[1]));
  const covers = [...new Map(demoArticles.filter((a) => a.cover).map((a) => [a.cover!.hash, a.cover!])).values()].slice(0, 6);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(join(options.out, 'bodies'), { recursive: true });
  mkdirSync(join(options.out, 'media'), { recursive: true });
  const bodies = Array.from({ length: options.bodies }, (_, i) => {
    const base = manifest.bodies[i % manifest.bodies.length];
    const round = Math.floor(i / manifest.bodies.length);
    return round ? { ...base, id: `${base.id}-${round}`, slug: `${base.slug}-${round}` } : base;
  });
  let total = 0;
  for (const [i, body] of bodies.entries()) {
    const template = demoBodies[i % demoBodies.length];
    const articles: Article[] = Array.from({ length: options.articles }, (_, n) => {
      const sample = pick(demoArticles);
      const parts = 3 + Math.floor(rnd() * 9);
      const content = Array.from({ length: parts }, (_, k) => (k % 3 === 2 ? `## ${pick(headings)}` : pick(paragraphs))).join('\n\n');
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 690) * 86_400_000).toISOString().slice(0, 10);
      total++;
      return {
        ...sample,
        id: `${body.slug}-a${n}`,
        publishDate: day,
        featured: n < 3,
        cover: pick(covers),
        relatedDocuments: sample.relatedDocuments.filter((id) => manifest.national.documents.some((d) => d.id === id)),
        relatedArticles: n > 0 ? [`${body.slug}-a${n - 1}`] : [],
        relatedTasks: [],
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
    });
    const content: BodyContent = {
      ...template,
      body: body.slug,
      articles,
      documents: [],
      tasks: [],
      honours: template.honours,
      campaigns: template.campaigns.map((c) => ({ ...c, body: body.slug })),
    };
    writeFileSync(join(options.out, 'bodies', `${body.slug}.json`), JSON.stringify(content));
  }
  writeFileSync(
    join(options.out, 'manifest.json'),
    JSON.stringify({ ...manifest, bodies: bodies.map((b) => ({ ...b, languages: ['vi'] })) }),
  );
  // Every file the demo references, so logos, covers, photos and attachments are all there.
  for (const ref of mediaRefsIn([manifest, ...demoBodies]).values())
    copyFileSync(join(DEMO_SNAPSHOT_DIR, mediaPath(ref)), join(options.out, mediaPath(ref)));
  return { articles: total, bodies: bodies.length };
}
