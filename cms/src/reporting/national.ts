import type { Core } from '@strapi/strapi';
import { isProvinceLevel } from '../bulletins/communes';
import { ENTERED_FIELDS, money } from './fields';
import { type Activity, type Figures, figuresOf, loadActivity } from './figures';
import { PLAN, REPORT } from './guard';
import { PROGRAMME_GOALS } from '@column57/snapshot';
import { REPORTING_TEXT, TARGET_TEXT } from './messages';
import { addMonths, FIRST_MONTH, monthsBetween, periodOf, type ReportingPeriod, vnMonth } from './period';

type Entry = Record<string, any>;

export interface BodyInfo {
  documentId: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  central: boolean;
  /** The kind in force (body kinds of the snapshot's vocabulary). */
  kind: string;
}
export interface ReportVersion {
  documentId: string;
  month: string;
  version: number;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
  submittedBy: string | null;
  late: boolean;
  amendmentReason: string | null;
  entered: Record<string, any>;
  figures: Figures | null;
}
/** One body in one month: its report as the Ministry counts it (the latest submitted version). */
export interface BodyMonth {
  body: BodyInfo;
  month: string;
  status: 'submitted' | 'draft' | 'missing';
  version: number | null;
  submittedAt: string | null;
  late: boolean;
  overdue: boolean;
  /** Frozen at submission; otherwise computed now from what is published (provisional). */
  figures: Figures;
  provisional: boolean;
  /** What the body entered, from the submitted version only: a draft's numbers are not yet the body's word. */
  entered: Record<string, any> | null;
  /** A newer version is being drafted as an amendment. */
  amending: boolean;
}
export interface TargetBody {
  slug: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** How the body's value was weighted, where a target says (grassroots coverage: population or count). */
  basis?: 'population' | 'count' | null;
}
export interface Target {
  key: string;
  vi: string;
  en: string;
  goal: number;
  by: number;
  value: number | null;
  numerator: number;
  denominator: number;
  bodies: TargetBody[];
  missing: string[];
  trend: Array<{ month: string; value: number | null }>;
}
export interface PlanSummary {
  year: number;
  total: number;
  issued: number;
  byBody: Array<{
    slug: string;
    name: string;
    documentNumber: string | null;
    documentDate: string | null;
    activities: number;
    total: number;
  }>;
  byKind: Record<string, number>;
}
export interface NationalPicture {
  month: string;
  period: ReportingPeriod;
  generatedAt: string;
  trendMonths: string[];
  rows: BodyMonth[];
  targets: Target[];
  plans: PlanSummary;
  overdue: Array<{ slug: string; name: string; months: string[] }>;
  totals: { figures: Figures; entered: Record<string, number> };
}

const CENTRAL_KINDS = new Set(['ministry', 'ministerial-agency', 'government-agency']);

function kindOf(body: Entry): string {
  const history = [...(body.kindHistory ?? [])].sort((a: Entry, b: Entry) =>
    String(a.effectiveFrom).localeCompare(String(b.effectiveFrom)),
  );
  return history.length ? history[history.length - 1].kind : 'province';
}

const versionOf = (r: Entry): ReportVersion => ({
  documentId: r.documentId,
  month: r.month,
  version: r.version ?? 1,
  status: r.reportStatus ?? 'draft',
  submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
  submittedBy: r.submittedBy ?? null,
  late: Boolean(r.late),
  amendmentReason: r.amendmentReason ?? null,
  figures: r.figures ?? null,
  entered: Object.fromEntries(
    ENTERED_FIELDS.map((f) => [
      f.key,
      f.kind === 'money'
        ? money(r[f.key])
        : f.kind === 'percent' && r[f.key] !== null && r[f.key] !== undefined
          ? Number(r[f.key])
          : (r[f.key] ?? null),
    ]),
  ),
});

/** Every report version by body, oldest month and version first. */
export async function loadReports(strapi: Core.Strapi, filters: Entry = {}): Promise<Map<string, ReportVersion[]>> {
  const rows = (await strapi.db.query(REPORT).findMany({ where: filters, populate: { body: { select: ['documentId'] } } })) as Entry[];
  const byBody = new Map<string, ReportVersion[]>();
  for (const row of rows) {
    const id = row.body?.documentId;
    if (!id) continue;
    if (!byBody.has(id)) byBody.set(id, []);
    byBody.get(id)!.push(versionOf(row));
  }
  for (const list of byBody.values()) list.sort((a, b) => a.month.localeCompare(b.month) || a.version - b.version);
  return byBody;
}

export async function loadBodies(strapi: Core.Strapi): Promise<BodyInfo[]> {
  const bodies = (await strapi.db
    .query('api::body.body')
    .findMany({ select: ['documentId', 'slug', 'nameVi', 'nameEn'], populate: { kindHistory: true } })) as Entry[];
  return bodies
    .map((b) => ({
      documentId: b.documentId,
      slug: b.slug,
      nameVi: b.nameVi,
      nameEn: b.nameEn,
      central: CENTRAL_KINDS.has(kindOf(b)),
      kind: kindOf(b),
    }))
    .sort((a, b) => Number(b.central) - Number(a.central) || a.nameVi.localeCompare(b.nameVi, 'vi'));
}

const ratio = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);
const latest = <T>(list: T[]) => (list.length ? list[list.length - 1] : undefined);

/** A body's month as counted: the latest submitted version, else the draft, else nothing. */
export function bodyMonth(body: BodyInfo, month: string, versions: ReportVersion[], activity: Activity, now: Date): BodyMonth {
  const ofMonth = versions.filter((v) => v.month === month);
  const submitted = latest(ofMonth.filter((v) => v.status === 'submitted'));
  const newest = latest(ofMonth);
  const period = periodOf(month);
  return {
    body,
    month,
    status: submitted ? 'submitted' : newest ? 'draft' : 'missing',
    version: submitted?.version ?? newest?.version ?? null,
    submittedAt: submitted?.submittedAt ?? null,
    // Punctuality is the first submission's: a later correction does not make a month late.
    late: Boolean(ofMonth.find((v) => v.status === 'submitted')?.late),
    overdue: !submitted && now > period.dueBy,
    figures: submitted?.figures ?? figuresOf(activity, body.documentId, period),
    provisional: !submitted?.figures,
    entered: submitted?.entered ?? null,
    amending: Boolean(submitted && newest && newest.status === 'draft' && newest.version > submitted.version),
  };
}

interface TargetContext {
  bodies: BodyInfo[];
  reports: Map<string, ReportVersion[]>;
  activity: Activity;
  plans: Entry[];
  now: Date;
}

/** The latest submitted word of a body up to a month: standing figures (staff, officials) carry over. */
function standing(ctx: TargetContext, body: BodyInfo, month: string): ReportVersion | undefined {
  const submitted = (ctx.reports.get(body.documentId) ?? []).filter((v) => v.status === 'submitted' && v.month <= month);
  if (!submitted.length) return undefined;
  const lastMonth = submitted[submitted.length - 1].month;
  return latest(submitted.filter((v) => v.month === lastMonth));
}

type PerBody = (
  ctx: TargetContext,
  body: BodyInfo,
  month: string,
) => { numerator: number; denominator: number; basis?: 'population' | 'count' | null } | null;

type TargetKey = keyof typeof TARGET_TEXT.messages.vi;
interface TargetDefinition {
  key: TargetKey;
  vi: string;
  en: string;
  goal: number;
  by: number;
  provincialOnly?: boolean;
  average?: boolean;
  perBody: PerBody;
}

const countPair = (report: ReportVersion | undefined, part: string, whole: string) => {
  const n = report?.entered[part];
  const d = report?.entered[whole];
  return typeof n === 'number' && typeof d === 'number' ? { numerator: n, denominator: d } : null;
};

/** A target's key, its name in both languages, its goal and the year it is due. */
const named = (key: TargetKey) => ({ key, ...TARGET_TEXT.pair(key), ...PROGRAMME_GOALS[key] });

/** The programme's targets (Decision 1169/QĐ-TTg), each computed from reports, plans or content. */
export const TARGETS: TargetDefinition[] = [
  {
    ...named('plansIssued'),
    perBody: (ctx, body, month) => {
      const year = Number(month.slice(0, 4));
      const end = `${month}-31`;
      const plan = ctx.plans.find((p) => p.body?.documentId === body.documentId && p.year === year);
      return { numerator: plan?.documentNumber && plan?.documentDate && String(plan.documentDate) <= end ? 1 : 0, denominator: 1 };
    },
  },
  {
    ...named('columnsLive'),
    perBody: (ctx, body, month) => ({ numerator: standing(ctx, body, month)?.entered.columnStatus === 'live' ? 1 : 0, denominator: 1 }),
  },
  {
    ...named('officialsInformed'),
    perBody: (ctx, body, month) => countPair(standing(ctx, body, month), 'officialsInformed', 'officialsTotal'),
  },
  {
    ...named('tasksCommunicated'),
    vi: `${TARGET_TEXT.t('vi', 'tasksCommunicated')}: ${REPORTING_TEXT.t('vi', 'tasksCommunicatedMethod')}`,
    en: `${TARGET_TEXT.t('en', 'tasksCommunicated')}: ${REPORTING_TEXT.t('en', 'tasksCommunicatedMethod')}`,
    perBody: (ctx, body, month) => {
      const row = bodyMonth(body, month, ctx.reports.get(body.documentId) ?? [], ctx.activity, ctx.now);
      return row.figures.tasksTotal ? { numerator: row.figures.tasksCommunicated, denominator: row.figures.tasksTotal } : null;
    },
  },
  {
    ...named('grassrootsReach'),
    vi: `${TARGET_TEXT.t('vi', 'grassrootsReach')}: ${REPORTING_TEXT.t('vi', 'grassrootsReachMethod')}`,
    en: `${TARGET_TEXT.t('en', 'grassrootsReach')}: ${REPORTING_TEXT.t('en', 'grassrootsReachMethod')}`,
    provincialOnly: true,
    average: true,
    // Computed from the bulletins on air in the month's period: the share of the province's communes they
    // reached (grassroots.ts), no longer a percentage typed into the report.
    perBody: (ctx, body, month) => {
      const g = bodyMonth(body, month, ctx.reports.get(body.documentId) ?? [], ctx.activity, ctx.now).figures.grassroots;
      return g && g.coveragePercent !== null ? { numerator: g.coveragePercent, denominator: 100, basis: g.coverageBasis } : null;
    },
  },
  {
    ...named('staffTrained'),
    perBody: (ctx, body, month) => countPair(standing(ctx, body, month), 'commStaffTrained', 'commStaff'),
  },
];

function evaluate(definition: TargetDefinition, ctx: TargetContext, month: string) {
  // Provinces and cities only: communes are counted inside their province.
  const bodies = ctx.bodies.filter((b) => !definition.provincialOnly || isProvinceLevel(b.kind));
  const perBody = bodies.map((body) => ({ body, pair: definition.perBody(ctx, body, month) }));
  const counted = perBody.filter((p) => p.pair);
  const numerator = counted.reduce((s, p) => s + p.pair!.numerator, 0);
  const denominator = counted.reduce((s, p) => s + p.pair!.denominator, 0);
  const value = definition.average
    ? counted.length
      ? Math.round((10 * numerator) / counted.length) / 10
      : null
    : ratio(numerator, denominator);
  return { perBody, numerator, denominator, value };
}

async function planSummary(plans: Entry[], bodies: BodyInfo[], year: number): Promise<PlanSummary> {
  const byKind: Record<string, number> = {};
  const byBody: PlanSummary['byBody'] = [];
  for (const body of bodies) {
    const plan = plans.find((p) => p.body?.documentId === body.documentId && p.year === year);
    if (!plan) continue;
    let total = 0;
    for (const activity of plan.activities ?? []) {
      const budget = money(activity.budget) ?? 0;
      total += budget;
      byKind[activity.kind] = (byKind[activity.kind] ?? 0) + budget;
    }
    byBody.push({
      slug: body.slug,
      name: body.nameVi,
      documentNumber: plan.documentNumber ?? null,
      documentDate: plan.documentDate ? String(plan.documentDate).slice(0, 10) : null,
      activities: (plan.activities ?? []).length,
      total,
    });
  }
  return { year, total: byBody.reduce((s, b) => s + b.total, 0), issued: byBody.filter((b) => b.documentNumber).length, byBody, byKind };
}

function sumFigures(rows: BodyMonth[]): Figures {
  const total: Figures = {
    articles: 0,
    articlesEnglish: 0,
    byAudience: {},
    byChannel: {},
    documents: 0,
    campaigns: 0,
    campaignAssets: 0,
    honours: 0,
    tasksTotal: 0,
    tasksCommunicated: 0,
    articlesToDate: 0,
  };
  for (const { figures } of rows) {
    for (const key of [
      'articles',
      'articlesEnglish',
      'documents',
      'campaigns',
      'campaignAssets',
      'honours',
      'tasksTotal',
      'tasksCommunicated',
      'articlesToDate',
    ] as const)
      total[key] += figures[key];
    for (const [k, v] of Object.entries(figures.byAudience)) total.byAudience[k] = (total.byAudience[k] ?? 0) + v;
    for (const [k, v] of Object.entries(figures.byChannel)) total.byChannel[k] = (total.byChannel[k] ?? 0) + v;
  }
  total.grassroots = sumGrassroots(rows);
  return total;
}

/**
 * The national grassroots totals: bulletins, broadcasts and minutes summed over every body; communes counted
 * once, from the provinces (each province counts its communes' own bulletins too). The national share is
 * by count: populations are not entered everywhere.
 */
function sumGrassroots(rows: BodyMonth[]): Figures['grassroots'] {
  const total = { bulletins: 0, broadcastsPlanned: 0, audioMinutes: 0, communesCovered: 0, communesTotal: 0 };
  for (const { body, figures } of rows) {
    const g = figures.grassroots;
    if (!g) continue;
    total.bulletins += g.bulletins;
    total.broadcastsPlanned += g.broadcastsPlanned;
    total.audioMinutes += g.audioMinutes;
    if (isProvinceLevel(body.kind)) {
      total.communesCovered += g.communesCovered;
      total.communesTotal += g.communesTotal;
    }
  }
  const share = total.communesTotal ? Math.round((1000 * total.communesCovered) / total.communesTotal) / 10 : null;
  return {
    ...total,
    audioMinutes: Math.round(total.audioMinutes * 10) / 10,
    coveragePercent: share,
    coverageBasis: share === null ? null : 'count',
  };
}

/** The national picture for a month, as the dashboard and every export show it. */
export async function nationalPicture(strapi: Core.Strapi, month: string, now = new Date()): Promise<NationalPicture> {
  const [bodies, reports, activity, plans] = await Promise.all([
    loadBodies(strapi),
    loadReports(strapi),
    loadActivity(strapi),
    strapi.db.query(PLAN).findMany({ populate: { body: { select: ['documentId'] }, activities: true } }) as Promise<Entry[]>,
  ]);
  const ctx: TargetContext = { bodies, reports, activity, plans, now };
  const first = addMonths(month, -11) < FIRST_MONTH ? FIRST_MONTH : addMonths(month, -11);
  const trendMonths = monthsBetween(first, month);
  const rows = bodies.map((body) => bodyMonth(body, month, reports.get(body.documentId) ?? [], activity, now));
  const targets: Target[] = TARGETS.map((definition) => {
    const current = evaluate(definition, ctx, month);
    return {
      key: definition.key,
      vi: definition.vi,
      en: definition.en,
      goal: definition.goal,
      by: definition.by,
      value: current.value,
      numerator: current.numerator,
      denominator: current.denominator,
      bodies: current.perBody.map(({ body, pair }) => ({
        slug: body.slug,
        name: body.nameVi,
        numerator: pair?.numerator ?? null,
        denominator: pair?.denominator ?? null,
        value: pair ? (definition.average ? pair.numerator : ratio(pair.numerator, pair.denominator)) : null,
        ...(pair?.basis !== undefined ? { basis: pair.basis } : {}),
      })),
      missing: current.perBody.filter((p) => !p.pair).map((p) => p.body.slug),
      trend: trendMonths.map((m) => ({ month: m, value: m === month ? current.value : evaluate(definition, ctx, m).value })),
    };
  });
  const overdue = bodies
    .map((body) => ({
      slug: body.slug,
      name: body.nameVi,
      months: trendMonths.filter(
        (m) => now > periodOf(m).dueBy && !(reports.get(body.documentId) ?? []).some((v) => v.month === m && v.status === 'submitted'),
      ),
    }))
    .filter((b) => b.months.length);
  const entered: Record<string, number> = {};
  for (const field of ENTERED_FIELDS.filter((f) => f.kind === 'count' || f.kind === 'money')) {
    entered[field.key] = rows.reduce((s, r) => s + (typeof r.entered?.[field.key] === 'number' ? r.entered[field.key] : 0), 0);
  }
  return {
    month,
    period: periodOf(month),
    generatedAt: now.toISOString(),
    trendMonths,
    rows,
    targets,
    plans: await planSummary(plans, bodies, Number(month.slice(0, 4))),
    overdue,
    totals: { figures: sumFigures(rows), entered },
  };
}

/** One body's reports for a month: every version (oldest first), the one counted, and its row. */
export async function bodyReport(strapi: Core.Strapi, slug: string, month: string, now = new Date()) {
  const bodies = await loadBodies(strapi);
  const body = bodies.find((b) => b.slug === slug);
  if (!body) return null;
  const [reports, activity] = await Promise.all([
    loadReports(strapi, { body: { documentId: body.documentId } }),
    loadActivity(strapi, body.documentId),
  ]);
  const versions = (reports.get(body.documentId) ?? []).filter((v) => v.month === month);
  const row = bodyMonth(body, month, reports.get(body.documentId) ?? [], activity, now);
  // What is shown is what the Ministry counts: the latest submitted version, or else the draft, with the
  // row's figures (frozen at submission, or live for a draft), exactly as on the dashboard.
  const shown = latest(versions.filter((v) => v.status === 'submitted')) ?? latest(versions) ?? null;
  return { body, month, period: periodOf(month), generatedAt: now.toISOString(), row, versions, shown };
}

export const currentMonth = (now = new Date()) => vnMonth(now);
