import type { Core } from '@strapi/strapi';
import { type BodyRow, isCommuneLevel, isProvinceLevel, loadBodies } from '../bulletins/communes';
import { BULLETIN } from '../bulletins/rules';
import { estimatedMinutes } from '../bulletins/spoken';
import { broadcastCommunes } from '../bulletins/targets';
import { daysOverlapping, parseTimes } from '../bulletins/times';
import type { ReportingPeriod } from './period';

/**
 * The grassroots figures of a report, computed from the radio bulletins published instead of typed in:
 * how many were published, how many broadcasts they plan, how long they are, and which communes hear them.
 */
export interface GrassrootsFigures {
  /** Bulletins first published (their current publication) in the period. */
  bulletins: number;
  /** Days of the period in each bulletin's window × its times a day × its communes, summed. */
  broadcastsPlanned: number;
  /** Minutes of audio of the bulletins published in the period, estimated from their scripts. */
  audioMinutes: number;
  /** Distinct communes with at least one bulletin on air in the period (their own or their province's). */
  communesCovered: number;
  /** A province's communes (1 for a commune, 0 for any other body). */
  communesTotal: number;
  /** The covered share of a province's communes, by population where every commune has one, else by count. */
  coveragePercent: number | null;
  coverageBasis: 'population' | 'count' | null;
}

interface BulletinRow {
  owner: string;
  published: string;
  from: string;
  to: string;
  times: number;
  communes: string[];
  minutes: number;
}

export interface GrassrootsActivity {
  bulletins: BulletinRow[];
  bodies: Map<string, BodyRow>;
  communes: Map<string, BodyRow[]>;
}

type Stored = {
  owner?: { documentId: string } | null;
  body?: { documentId: string } | null;
  publishedAt: string;
  script: string | null;
  broadcastFrom: string | null;
  broadcastTo: string | null;
  broadcastTimes: string | null;
  allCommunes: boolean | null;
  communes?: Array<{ documentId: string }>;
};

const day = (value: unknown) => (value ? String(value).slice(0, 10) : '');

/** Every published bulletin with the communes it reaches, and every body's communes, read once. */
export async function loadGrassroots(strapi: Core.Strapi): Promise<GrassrootsActivity> {
  const bodies = await loadBodies(strapi);
  const byId = new Map(bodies.map((b) => [b.documentId, b]));
  const communes = new Map<string, BodyRow[]>();
  for (const body of bodies) {
    if (!body.parent || !isCommuneLevel(body.kind)) continue;
    if (!communes.has(body.parent)) communes.set(body.parent, []);
    communes.get(body.parent)!.push(body);
  }
  const stored: Stored[] = await strapi.db.query(BULLETIN).findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['publishedAt', 'script', 'broadcastFrom', 'broadcastTo', 'broadcastTimes', 'allCommunes'],
    populate: { body: { select: ['documentId'] }, communes: { select: ['documentId'] } },
  });
  const rows: BulletinRow[] = [];
  for (const b of stored) {
    const owner = b.body ? byId.get(b.body.documentId) : undefined;
    if (!owner) continue;
    const reached = await broadcastCommunes(
      { owner, allCommunes: Boolean(b.allCommunes), communes: b.communes ?? [] },
      async (province) => communes.get(province) ?? [],
    );
    rows.push({
      owner: owner.documentId,
      published: day(b.publishedAt),
      from: day(b.broadcastFrom),
      to: day(b.broadcastTo),
      times: parseTimes(b.broadcastTimes).times.length,
      communes: reached.map((c) => c.documentId),
      minutes: estimatedMinutes(b.script ?? ''),
    });
  }
  return { bulletins: rows, bodies: byId, communes };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function grassrootsOf(activity: GrassrootsActivity, bodyDocumentId: string, period: ReportingPeriod): GrassrootsFigures {
  const body = activity.bodies.get(bodyDocumentId);
  const own = activity.bulletins.filter((b) => b.owner === bodyDocumentId);
  const published = own.filter((b) => b.published >= period.from && b.published <= period.to);
  const onAir = (b: BulletinRow) => daysOverlapping(b.from, b.to, period.from, period.to) > 0;
  const broadcastsPlanned = own.reduce(
    (sum, b) => sum + daysOverlapping(b.from, b.to, period.from, period.to) * b.times * b.communes.length,
    0,
  );
  // The communes a body answers for: a province's own communes, a commune itself.
  const answersFor =
    body && isProvinceLevel(body.kind) ? (activity.communes.get(body.documentId) ?? []) : body && isCommuneLevel(body.kind) ? [body] : [];
  const mine = new Set(answersFor.map((c) => c.documentId));
  // Any bulletin on air reaching them counts: the body's own, the province's, a commune's own.
  const covered = new Set(activity.bulletins.filter(onAir).flatMap((b) => b.communes.filter((c) => mine.has(c))));
  const everyPopulation = answersFor.length > 0 && answersFor.every((c) => c.population !== null);
  const weight = (list: BodyRow[]) => list.reduce((sum, c) => sum + (everyPopulation ? c.population! : 1), 0);
  const total = weight(answersFor);
  const province = Boolean(body && isProvinceLevel(body.kind) && answersFor.length);
  return {
    bulletins: published.length,
    broadcastsPlanned,
    audioMinutes: round1(published.reduce((sum, b) => sum + b.minutes, 0)),
    communesCovered: covered.size,
    communesTotal: answersFor.length,
    coveragePercent: province && total > 0 ? round1((100 * weight(answersFor.filter((c) => covered.has(c.documentId)))) / total) : null,
    coverageBasis: province ? (everyPopulation ? 'population' : 'count') : null,
  };
}
