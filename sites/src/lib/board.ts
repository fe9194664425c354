import {
  type Article,
  type Body,
  type BodyContent,
  BULLETIN_LEVEL,
  type Bulletin,
  type Campaign,
  type Locale,
  type Manifest,
  type MediaRef,
  PROGRAMME_GOALS,
  PROGRAMME_TARGET,
} from '@column57/snapshot';
import { BOARD_TEXT, bt } from './board-text.ts';
import { articlePath, Column, textIn } from './column.ts';
import { longDate, shortDate } from './dates.ts';
import { plainText } from './markdown.ts';
import { type ColumnPath, paths } from './paths.ts';

/**
 * What a bulletin board shows, slide by slide: the same list for the board's page (views/Board.astro) and
 * for its pictures (drawn by the builder), so a board that takes pictures shows what a browser would.
 * Emergency bulletins come first and stay longest; then the latest articles, the campaigns running
 * today and the programme's targets.
 */
export interface Slide {
  /** Stable across builds: the slide's picture is named from it and what it shows. */
  id: string;
  kind: 'bulletin' | 'article' | 'campaign' | 'targets';
  /** The line above the title: what the slide is (a bulletin's level, "News", a campaign). */
  label: string;
  title: string;
  /** Plain text, already shortened to what a screen read from metres away can hold. */
  text: string;
  /** A date or a period, as the locale writes it. */
  when: string | null;
  image: MediaRef | null;
  imageAlt: string;
  /** How many rotation intervals it stays: emergency bulletins three, priority ones two. */
  weight: number;
  level: Bulletin['level'] | null;
  /** Set when the text is not in the board's language (a bulletin or a campaign in Vietnamese only). */
  lang: Locale | null;
  /** Its page in the column, for the pictures' page to link. */
  path: ColumnPath | null;
  /** The targets' slide: each target, its goal and year. */
  rows: Array<{ label: string; goal: string }>;
}

export const BOARD_ARTICLES = 6;
export const BOARD_CAMPAIGNS = 3;
export const BOARD_BULLETINS = 5;
/** Seconds a slide of weight 1 stays, unless the page is told otherwise (`?interval=` in milliseconds). */
export const BOARD_INTERVAL_SECONDS = 12;
/** Seconds between checks for new slides. */
export const BOARD_REFRESH_SECONDS = 300;
const TEXT_CHARS = 320;

const WEIGHT: Record<Bulletin['level'], number> = { emergency: 3, priority: 2, normal: 1 };

/** Cuts text at a word before `max` characters, ending with "…". */
export function shorten(text: string, max = TEXT_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/, '')}…`;
}

const campaignImage = (campaign: Campaign, locale: Locale) =>
  textIn(campaign, locale).assets.find((a) => a.file && a.file.mime.startsWith('image/') && a.kind !== 'document') ?? null;

/** A campaign as the board shows it (and as its poster and kit are drawn from): title, text, period, artwork. */
export function campaignSlide(campaign: Campaign, locale: Locale): Slide {
  const text = textIn(campaign, locale);
  const image = campaignImage(campaign, locale);
  return {
    ...blank,
    id: `campaign-${campaign.id}`,
    kind: 'campaign',
    label: bt(locale, 'campaign'),
    title: text.title,
    text: shorten(plainText(text.description)),
    when: `${shortDate(campaign.startDate, locale)} – ${shortDate(campaign.endDate, locale)}`,
    image: image?.file ?? null,
    imageAlt: image?.alt ?? '',
    lang: campaign.locales[locale] ? null : 'vi',
    path: paths.campaign(locale, campaign.slug),
  };
}

/** Bulletins still on air today, emergency first, then the newest. */
function bulletinsOnAir(column: Column, today: string): Bulletin[] {
  return column.content.bulletins
    .filter((b) => b.broadcast.to >= today)
    .sort(
      (a, b) =>
        BULLETIN_LEVEL.codes.indexOf(a.level) - BULLETIN_LEVEL.codes.indexOf(b.level) ||
        b.publishedAt.localeCompare(a.publishedAt) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, BOARD_BULLETINS);
}

const blank = { when: null, image: null, imageAlt: '', weight: 1, level: null, lang: null, path: null, rows: [] };

/** Today as a commune's board sees it: the date in Vietnam (UTC+7), not in UTC (7 hours behind at dawn). */
export const vietnamToday = (now = Date.now()) => new Date(now + 7 * 3600_000).toISOString().slice(0, 10);

export function boardSlides(column: Column, locale: Locale, today = vietnamToday()): Slide[] {
  const slides: Slide[] = [];
  for (const bulletin of bulletinsOnAir(column, today)) {
    slides.push({
      ...blank,
      id: `bulletin-${bulletin.id}`,
      kind: 'bulletin',
      label: `${bt(locale, 'bulletin')}: ${BULLETIN_LEVEL.t(locale, bulletin.level)}`,
      title: bulletin.title,
      text: shorten(bulletin.script.replace(/\s+/g, ' ').trim()),
      when: `${shortDate(bulletin.broadcast.from, locale)} – ${shortDate(bulletin.broadcast.to, locale)}`,
      weight: WEIGHT[bulletin.level],
      level: bulletin.level,
      // Bulletins are written in Vietnamese only, for listening.
      lang: locale === 'vi' ? null : 'vi',
    });
  }
  for (const article of column.articles(locale).slice(0, BOARD_ARTICLES)) slides.push(articleSlide(article, locale));
  const campaigns = column.currentCampaigns(today).filter((c) => c.locales[locale] || locale === 'vi');
  for (const campaign of campaigns.slice(0, BOARD_CAMPAIGNS)) slides.push(campaignSlide(campaign, locale));
  slides.push({
    ...blank,
    id: 'targets',
    kind: 'targets',
    label: bt(locale, 'targetsIntro'),
    title: bt(locale, 'targets'),
    text: '',
    rows: PROGRAMME_TARGET.codes.map((key) => ({
      label: PROGRAMME_TARGET.t(locale, key),
      goal: BOARD_TEXT.t(locale, 'goalBy', PROGRAMME_GOALS[key]),
    })),
  });
  return slides;
}

function articleSlide(article: Article, locale: Locale): Slide {
  const text = article.locales[locale]!;
  return {
    ...blank,
    id: `article-${article.id}`,
    kind: 'article',
    label: bt(locale, 'news'),
    title: text.title,
    text: shorten(text.summary),
    when: longDate(article.publishDate, locale),
    image: article.cover,
    imageAlt: text.coverAlt ?? '',
    path: articlePath(locale, article),
  };
}

/** The slides of a body's board, for the builder (which has the snapshot, not a Column). */
export const boardSlidesOf = (body: Body, content: BodyContent, manifest: Manifest, locale: Locale, today?: string) =>
  boardSlides(new Column(body, content, manifest), locale, today);
