import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { type Manifest, mediaPath, type BodyContent } from '@column57/snapshot';
import { accessiblePalette } from '@column57/sites/colour';
import { t } from '@column57/sites/strings';
import { ensureShareImage, type ShareCard, shareImageFile } from './share-image.ts';

/**
 * Share cards are named by what they show, so a page can point at its card before the card exists.
 * A build renders the few new cards of an ordinary publish at once; when there are many (a first
 * build, a new brand), the columns go live with each body's plain card standing in under the articles'
 * card names, and the articles' own cards replace them afterwards.
 */
export interface CardJob {
  slug: string;
  locale: 'vi' | 'en';
  file: string;
  card: ShareCard;
}

export interface CardPlan {
  /** `<article id>:<locale>` → `media/<file>`, for the pages. */
  shareImages: Record<string, string>;
  /** Every card a body's column carries. */
  cardsOf: Map<string, CardJob[]>;
  /** The card standing in for an article card not rendered yet, per body and locale. */
  standIns: Map<string, CardJob>;
}

/** Up to this many missing cards are rendered before the columns go live (an ordinary publish has one or two). */
export const CARDS_BEFORE_LIVE = 64;

export function planShareCards(manifest: Manifest, snapshotDir: string, bodies: Array<[string, BodyContent]>): CardPlan {
  const plan: CardPlan = { shareImages: {}, cardsOf: new Map(), standIns: new Map() };
  for (const [slug, content] of bodies) {
    const body = manifest.bodies.find((b) => b.slug === slug)!;
    const palette = accessiblePalette(body.primaryColor, body.secondaryColor);
    const logo = body.logo ? readFileSync(join(snapshotDir, mediaPath(body.logo))) : null;
    const logoHash = logo ? createHash('sha256').update(logo).digest('hex') : null;
    const cardOf = (locale: 'vi' | 'en', title: string): ShareCard => ({
      title,
      bodyName: body.name[locale],
      columnName: t(locale, 'columnName'),
      background: palette.brand,
      foreground: palette.onBrand,
      accent: palette.decoration,
      logo,
    });
    const jobs: CardJob[] = [];
    for (const article of content.articles) {
      for (const locale of body.languages) {
        const text = article.locales[locale];
        if (!text) continue;
        const card = cardOf(locale, text.title);
        const file = shareImageFile(card, logoHash);
        plan.shareImages[`${article.id}:${locale}`] = `media/${file}`;
        jobs.push({ slug, locale, file, card });
      }
    }
    plan.cardsOf.set(slug, jobs);
    for (const locale of body.languages) {
      const card = cardOf(locale, '');
      plan.standIns.set(`${slug}:${locale}`, { slug, locale, file: shareImageFile(card, logoHash), card });
    }
  }
  return plan;
}

/** Cards of the plan not yet in the cache, each once (two articles of one title share a card). */
export function missingCards(plan: CardPlan, cacheDir: string): CardJob[] {
  const seen = new Set<string>();
  const missing: CardJob[] = [];
  for (const jobs of plan.cardsOf.values()) {
    for (const job of jobs) {
      if (seen.has(job.file)) continue;
      seen.add(job.file);
      if (!existsSync(join(cacheDir, job.file))) missing.push(job);
    }
  }
  return missing;
}

/**
 * Renders cards into the cache, four in flight: libvips rasterises and encodes on libuv's threads while
 * the next card's title is laid out in JavaScript. `done` hears of each card as it lands.
 */
export async function renderCards(jobs: CardJob[], cacheDir: string, done: (job: CardJob) => void = () => {}) {
  await pLimit(4).map(jobs, async (job) => {
    await ensureShareImage(job.card, cacheDir, job.file);
    done(job);
  });
}

/** The cache file to put in a column under a card's name: the card if rendered, else its body's stand-in. */
export function cardSource(plan: CardPlan, job: CardJob, cacheDir: string): string {
  const own = join(cacheDir, job.file);
  if (existsSync(own)) return own;
  return join(cacheDir, plan.standIns.get(`${job.slug}:${job.locale}`)!.file);
}
