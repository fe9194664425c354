import type { Core, UID } from '@strapi/strapi';
import { AUDIENCE_CODES, CHANNELS } from '@column57/snapshot';
import type { ReportingPeriod } from './period';
import { type GrassrootsActivity, type GrassrootsFigures, grassrootsOf, loadGrassroots } from './grassroots';
import { type BulletinTasksRow, communicatedTasks, type TaskRow } from './task-coverage';

/**
 * What a body's published content says about a reporting period. Read in bulk once, then grouped in
 * memory, so the national picture over every body and month costs a handful of queries.
 */
export interface Figures {
  /** Articles whose publish date falls in the period (Vietnamese versions), and how many also in English. */
  articles: number;
  articlesEnglish: number;
  byAudience: Record<string, number>;
  byChannel: Record<string, number>;
  /** The body's own documents issued in the period (national documents are counted once, nationally). */
  documents: number;
  /** The body's campaigns running at some time in the period, and their materials. */
  campaigns: number;
  campaignAssets: number;
  honours: number;
  /** State-funded tasks that are not secret, started by the period's end; and those communicated by then (`communicatedTasks`). */
  tasksTotal: number;
  tasksCommunicated: number;
  /** Every article published up to the period's end. */
  articlesToDate: number;
  /** From the radio bulletins published (grassroots.ts). Absent from figures frozen before bulletins existed. */
  grassroots?: GrassrootsFigures;
}

interface ArticleRow {
  documentId: string;
  body: string | null;
  day: string;
  channel: string;
  audiences: string[];
  tasks: string[];
}
interface DatedRow {
  body: string | null;
  day: string;
}
interface CampaignRow {
  body: string | null;
  start: string;
  end: string;
  assets: number;
}

export interface Activity {
  articles: ArticleRow[];
  english: Set<string>;
  documents: DatedRow[];
  campaigns: CampaignRow[];
  honours: DatedRow[];
  tasks: TaskRow[];
  bulletinSources: BulletinTasksRow[];
  grassroots: GrassrootsActivity;
}

/**
 * The rows the queries below select, as the database layer returns them. Strapi's query engine is not
 * typed by the generated content types (its results are `any`), so the shape is declared once here,
 * beside the `select` and `populate` that make it.
 */
type Owned = { body?: { documentId?: string } | null };
type Selected = {
  articles: Array<
    Owned & {
      documentId: string;
      publishDate: string | null;
      channel: string | null;
      audiences?: Array<{ code: string }>;
      relatedTasks?: Array<{ documentId: string }>;
    }
  >;
  english: Array<{ documentId: string }>;
  documents: Array<Owned & { issueDate: string | null }>;
  campaigns: Array<Owned & { startDate: string | null; endDate: string | null; assets?: unknown[] }>;
  honours: Array<Owned & { date: string | null }>;
  tasks: Array<Owned & { documentId: string; startDate: string | null; pressItems?: Array<{ date: string | null }> }>;
  bulletinSources: Array<{ publishedAt: string | null; sourceArticle?: { relatedTasks?: Array<{ documentId: string }> } | null }>;
};

const day = (value: unknown) => (value ? String(value).slice(0, 10) : '');
const owner = (row: { body?: { documentId?: string } | null }) => row.body?.documentId ?? null;
const PUBLISHED_VI = { publishedAt: { $notNull: true }, locale: 'vi' };

/**
 * Everything published that the figures count, for every body or only one (secret tasks never leave
 * the query).
 */
export async function loadActivity(strapi: Core.Strapi, onlyBody?: string): Promise<Activity> {
  const q = (uid: string) => strapi.db.query(uid as UID.Schema);
  const body = { select: ['documentId'] };
  const of = (where: Record<string, unknown>) => (onlyBody ? { ...where, body: { documentId: onlyBody } } : where);
  const [articles, english, documents, campaigns, honours, tasks, bulletinSources, grassroots]: [
    Selected['articles'],
    Selected['english'],
    Selected['documents'],
    Selected['campaigns'],
    Selected['honours'],
    Selected['tasks'],
    Selected['bulletinSources'],
    GrassrootsActivity,
  ] = await Promise.all([
    q('api::article.article').findMany({
      where: of(PUBLISHED_VI),
      select: ['documentId', 'publishDate', 'channel'],
      populate: { body, audiences: { select: ['code'] }, relatedTasks: { select: ['documentId'] } },
    }),
    q('api::article.article').findMany({ where: of({ publishedAt: { $notNull: true }, locale: 'en' }), select: ['documentId'] }),
    q('api::resolution-document.resolution-document').findMany({
      where: of({ ...PUBLISHED_VI, national: false }),
      select: ['issueDate'],
      populate: { body },
    }),
    q('api::campaign.campaign').findMany({
      where: of({ ...PUBLISHED_VI, national: false }),
      select: ['startDate', 'endDate'],
      populate: { body, assets: true },
    }),
    q('api::honour.honour').findMany({ where: of(PUBLISHED_VI), select: ['date'], populate: { body } }),
    // Every task counts, published or not: the target is all state-funded tasks, not the ones on show.
    q('api::st-task.st-task').findMany({
      where: of({ publishedAt: null, locale: 'vi', stateFunded: true, secret: false }),
      select: ['documentId', 'startDate'],
      populate: { body, pressItems: { select: ['date'] } },
    }),
    // Every body's bulletins made from an article, with that article's tasks (published or not: a bulletin on
    // air tells them even when the article was taken down); a commune's bulletin counts for its province's task.
    q('api::radio-bulletin.radio-bulletin').findMany({
      where: { publishedAt: { $notNull: true }, sourceArticle: { id: { $notNull: true } } },
      select: ['publishedAt'],
      populate: { sourceArticle: { select: ['id'], populate: { relatedTasks: { select: ['documentId'] } } } },
    }),
    // Every body's bulletins: a province's coverage counts its communes' own bulletins, a commune's its province's.
    loadGrassroots(strapi),
  ]);
  return {
    articles: articles.map((a) => ({
      documentId: a.documentId,
      body: owner(a),
      day: day(a.publishDate),
      channel: a.channel ?? 'portal',
      audiences: (a.audiences ?? []).map((x) => x.code),
      tasks: (a.relatedTasks ?? []).map((t) => t.documentId),
    })),
    english: new Set(english.map((a) => a.documentId)),
    documents: documents.map((d) => ({ body: owner(d), day: day(d.issueDate) })),
    campaigns: campaigns.map((c) => ({
      body: owner(c),
      start: day(c.startDate),
      end: day(c.endDate),
      assets: (c.assets ?? []).length,
    })),
    honours: honours.map((h) => ({ body: owner(h), day: day(h.date) })),
    tasks: tasks.map((t) => ({
      documentId: t.documentId,
      body: owner(t),
      start: day(t.startDate),
      press: (t.pressItems ?? []).map((p) => day(p.date)),
    })),
    bulletinSources: bulletinSources.map((b) => ({
      day: day(b.publishedAt),
      tasks: (b.sourceArticle?.relatedTasks ?? []).map((t) => t.documentId),
    })),
    grassroots,
  };
}

const inPeriod = (d: string, p: ReportingPeriod) => d >= p.from && d <= p.to;
const tally = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

/** One body's share of the activity, grouped once per load: the dashboard asks for every body and month. */
type BodyActivity = Omit<Activity, 'english' | 'grassroots' | 'bulletinSources'>;
const grouped = new WeakMap<Activity, Map<string | null, BodyActivity>>();
function activityOf(activity: Activity, bodyDocumentId: string): BodyActivity {
  let byBody = grouped.get(activity);
  if (!byBody) {
    byBody = new Map();
    const slot = (body: string | null) => {
      let entry = byBody!.get(body);
      if (!entry) byBody!.set(body, (entry = { articles: [], documents: [], campaigns: [], honours: [], tasks: [] }));
      return entry;
    };
    for (const key of ['articles', 'documents', 'campaigns', 'honours', 'tasks'] as const) {
      for (const row of activity[key] as Array<{ body: string | null }>) (slot(row.body)[key] as Array<{ body: string | null }>).push(row);
    }
    grouped.set(activity, byBody);
  }
  return byBody.get(bodyDocumentId) ?? { articles: [], documents: [], campaigns: [], honours: [], tasks: [] };
}

export function figuresOf(activity: Activity, bodyDocumentId: string, period: ReportingPeriod): Figures {
  const own = activityOf(activity, bodyDocumentId);
  const mine = <K extends keyof BodyActivity>(key: K): BodyActivity[K] => own[key];
  const articles = mine('articles');
  const current = articles.filter((a) => inPeriod(a.day, period));
  const byAudience = tally(AUDIENCE_CODES);
  const byChannel = tally(CHANNELS);
  for (const article of current) {
    for (const audience of article.audiences) byAudience[audience] = (byAudience[audience] ?? 0) + 1;
    byChannel[article.channel] = (byChannel[article.channel] ?? 0) + 1;
  }
  const tasks = mine('tasks').filter((t) => t.start <= period.to);
  const communicated = communicatedTasks({ articles, bulletins: activity.bulletinSources, tasks }, period.to);
  const campaigns = mine('campaigns').filter((c) => c.start <= period.to && c.end >= period.from);
  return {
    articles: current.length,
    articlesEnglish: current.filter((a) => activity.english.has(a.documentId)).length,
    byAudience,
    byChannel,
    documents: mine('documents').filter((d) => inPeriod(d.day, period)).length,
    campaigns: campaigns.length,
    campaignAssets: campaigns.reduce((sum, c) => sum + c.assets, 0),
    honours: mine('honours').filter((h) => inPeriod(h.day, period)).length,
    tasksTotal: tasks.length,
    tasksCommunicated: tasks.filter((t) => communicated.has(t.documentId)).length,
    articlesToDate: articles.filter((a) => a.day <= period.to).length,
    grassroots: grassrootsOf(activity.grassroots, bodyDocumentId, period),
  };
}
