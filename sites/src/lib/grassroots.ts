import { midSentence } from '@column57/i18n';
import {
  type Body,
  BULLETIN_LEVELS,
  type Bulletin,
  type BodyContent,
  COMMUNE_LEVEL_KINDS,
  type Locale,
  type Manifest,
} from '@column57/snapshot';
import { audioKeyOf } from './audio-key.ts';
import type { BulletinAudioFile } from './build-plan.ts';
import { GRASSROOTS_TEXT } from './grassroots-text.ts';
import { buildData } from './plan.ts';

/**
 * The grassroots side of a column (issue 17): a commune's province, a province's communes, the radio
 * bulletins in the order every list and feed gives them, and a commune's daily programme.
 */

const isCommuneLevel = (body: Body) => (COMMUNE_LEVEL_KINDS as readonly string[]).includes(body.kind);

/** A commune-level body's province or city, when the manifest has it. */
export const parentOf = (manifest: Manifest, body: Body): Body | null =>
  (body.parent && manifest.bodies.find((b) => b.slug === body.parent)) || null;

/** The commune-level bodies of a province or city, by name in Vietnamese order. */
export const communesOf = (manifest: Manifest, body: Body): Body[] =>
  manifest.bodies.filter((b) => b.parent === body.slug && isCommuneLevel(b)).sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi'));

/** "Xã Bát Xát, tỉnh Lào Cai": a commune's name with its province (the province's kind lower-cased mid-sentence). */
export function nameWithin(manifest: Manifest, body: Body, locale: Locale): string {
  const parent = parentOf(manifest, body);
  if (!parent) return body.name[locale];
  const parentName = locale === 'vi' ? midSentence(parent.name).vi : parent.name[locale];
  return GRASSROOTS_TEXT.t(locale, 'within', { name: body.name[locale], parent: parentName });
}

const levelRank = (b: Bulletin) => BULLETIN_LEVELS.indexOf(b.level);

/** Emergency first, then priority, then normal; newest first within a level; the id breaks ties. */
export const bulletinOrder = (a: Bulletin, b: Bulletin) =>
  levelRank(a) - levelRank(b) || b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id);

const sortedBulletins = new WeakMap<BodyContent, readonly Bulletin[]>();
/** A column's bulletins (its own, and those shared to it as a commune) in bulletinOrder. */
export function bulletinsOf(content: BodyContent): readonly Bulletin[] {
  let list = sortedBulletins.get(content);
  if (!list) {
    list = Object.freeze([...content.bulletins].sort(bulletinOrder));
    sortedBulletins.set(content, list);
  }
  return list;
}

/**
 * Which days get a programme page: from a week before the snapshot was made to two weeks after. A
 * programme is for the announcer of the coming days and for checking what went out last week; older
 * and further days would be pages nobody opens (a year-long bulletin would otherwise make 365 of them
 * in each commune). Days are Vietnam's (UTC+7, no daylight saving).
 */
export const PROGRAMME_DAYS_BEFORE = 7;
export const PROGRAMME_DAYS_AFTER = 14;
const DAY = 86_400_000;
const VIETNAM_OFFSET = 7 * 3_600_000;

const vietnamDay = (isoDateTime: string) => new Date(Date.parse(isoDateTime) + VIETNAM_OFFSET).toISOString().slice(0, 10);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The days (YYYY-MM-DD) a commune's programme is published for: its broadcast days inside the horizon. */
export function programmeDays(bulletins: readonly Bulletin[], generatedAt: string): string[] {
  const today = vietnamDay(generatedAt);
  const first = addDays(today, -PROGRAMME_DAYS_BEFORE);
  const last = addDays(today, PROGRAMME_DAYS_AFTER);
  const days = new Set<string>();
  for (const b of bulletins) {
    for (let day = b.broadcast.from > first ? b.broadcast.from : first; day <= last && day <= b.broadcast.to; day = addDays(day, 1))
      days.add(day);
  }
  return [...days].sort();
}

export interface Slot {
  time: string;
  bulletin: Bulletin;
}

/** What is broadcast on a day, by time; at the same time, emergency first (bulletinOrder). */
export function programmeOf(bulletins: readonly Bulletin[], day: string): Slot[] {
  return bulletins
    .filter((b) => b.broadcast.from <= day && day <= b.broadcast.to)
    .flatMap((bulletin) => bulletin.broadcast.times.map((time) => ({ time, bulletin })))
    .sort((a, b) => a.time.localeCompare(b.time) || bulletinOrder(a.bulletin, b.bulletin));
}

/** Whether a column writes daily programmes: a commune-level column with bulletins. */
export const hasProgramme = (body: Body, content: BodyContent) => isCommuneLevel(body) && content.bulletins.length > 0;

/** The audio file the build placed for a bulletin, or null when it has none. */
export const audioFor = (bulletin: Bulletin): BulletinAudioFile | null => buildData().plan.audio?.[audioKeyOf(bulletin)] ?? null;

/** "2 phút 5 giây". */
export function durationText(seconds: number, locale: Locale): string {
  const whole = Math.round(seconds);
  return GRASSROOTS_TEXT.t(locale, 'minutesSeconds', { minutes: Math.floor(whole / 60), seconds: whole % 60 });
}

/** "00:02:05", as podcast apps read itunes:duration. */
export function clockDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/** A script's paragraphs, as the transcript shows them. */
export const paragraphsOf = (script: string) =>
  script
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
