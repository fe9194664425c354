import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../access/actor';
import { sentences } from '../access/messages';
import { inEach, throwIfProblems } from '../validation/field-error';
import { ENTERED_FIELDS } from './fields';
import { type Activity, figuresOf, loadActivity } from './figures';
import { asServer, REPORT } from './guard';
import { monthKey, oneAtATime } from './lock';
import { REPORTING_TEXT as TEXT } from './messages';
import { monthLabel, periodOf, vnDate, vnMonth } from './period';
import { missingToSubmit, reportProblems } from './rules';
import { CMS_LOG_TEXT } from '../log-messages';
import { periodicTask } from '../cluster/exclusive';

type Entry = Record<string, any>;
const BODY = { body: { select: ['documentId', 'slug', 'shortNameVi'] } };

export interface PrepareRun {
  created: string[];
  refreshed: number;
  overdue: string[];
}

/**
 * The monthly cycle, run by the CMS's cron and at every start (so a restart catches up): a draft for
 * every body for the current month, its figures refreshed from what is published, and drafts whose
 * month is past due marked overdue.
 */
export async function prepareReports(strapi: Core.Strapi, now = new Date()): Promise<PrepareRun> {
  const run: PrepareRun = { created: [], refreshed: 0, overdue: [] };
  const month = vnMonth(now);
  const activity = await loadActivity(strapi);
  const bodies = (await strapi.db.query('api::body.body').findMany({ select: ['documentId', 'slug'] })) as Entry[];
  const existing = (await strapi.db
    .query(REPORT)
    .findMany({ where: { month }, populate: { body: { select: ['documentId'] } } })) as Entry[];
  const reported = new Set(existing.map((r) => r.body?.documentId));
  for (const body of bodies) {
    if (reported.has(body.documentId)) continue;
    await strapi.documents(REPORT).create({
      data: {
        body: body.documentId,
        month,
        version: 1,
        reportStatus: 'draft',
        columnStatus: 'live',
        figures: figuresOf(activity, body.documentId, periodOf(month)),
        figuresAt: now.toISOString(),
      },
    } as any);
    run.created.push(`${body.slug} ${month}`);
  }
  const drafts = (await strapi.db.query(REPORT).findMany({ where: { reportStatus: 'draft' }, populate: BODY })) as Entry[];
  for (const draft of drafts) {
    if (!draft.body) continue;
    const period = periodOf(draft.month);
    // An amendment in progress does not make a month overdue: its first version was submitted.
    const overdue = draft.version === 1 && now > period.dueBy;
    if (overdue && !draft.overdue) run.overdue.push(`${draft.body.slug} ${draft.month}`);
    // A draft's figures follow the content until it is submitted; written through the database so
    // that the bookkeeping does not count as an edit by anyone.
    // Conditional: a report submitted meanwhile keeps the figures it was submitted with.
    await strapi.db.query(REPORT).updateMany({
      where: { id: draft.id, reportStatus: 'draft' },
      data: { figures: figuresOf(activity, draft.body.documentId, period), figuresAt: now.toISOString(), overdue },
    });
    run.refreshed++;
  }
  return run;
}

async function reportById(strapi: Core.Strapi, documentId: string): Promise<Entry> {
  const report = await strapi.db.query(REPORT).findOne({ where: { documentId }, populate: BODY });
  if (!report) throw new errors.NotFoundError(sentences(TEXT.pair('noReport', { documentId })));
  return report;
}

function mayWrite(actor: Actor, report: Entry, needsPublisher: boolean) {
  if (actor.kind === 'administrator' || actor.kind === 'system') return;
  if (actor.kind === 'member' && actor.bodyDocumentId === report.body?.documentId && (!needsPublisher || actor.canPublish)) return;
  throw new errors.ForbiddenError(sentences(TEXT.pair(needsPublisher ? 'mayNotSubmit' : 'mayNotChange')));
}

/** The publisher sends the report: figures are computed one last time and the version is frozen. */
export async function submitReport(strapi: Core.Strapi, documentId: string, actor: Actor, who: string, now = new Date()): Promise<Entry> {
  const found = await reportById(strapi, documentId);
  return oneAtATime(monthKey(found.body.documentId, found.month), () => submitNow(strapi, documentId, actor, who, now));
}

async function submitNow(strapi: Core.Strapi, documentId: string, actor: Actor, who: string, now: Date): Promise<Entry> {
  const report = await reportById(strapi, documentId);
  mayWrite(actor, report, true);
  const label = monthLabel(report.month);
  if (report.reportStatus === 'submitted') {
    throw new errors.ValidationError(
      sentences(inEach((locale) => TEXT.t(locale, 'alreadySubmitted', { month: label[locale], version: report.version }))),
    );
  }
  const period = periodOf(report.month);
  if (now < period.closesAt) {
    // Days are written the Vietnamese way in the Vietnamese sentence, as ISO dates in the English one.
    const days = { vi: { to: vnDate(period.to), from: vnDate(`${report.month}-15`) }, en: { to: period.to, from: `${report.month}-15` } };
    throw new errors.ValidationError(
      sentences(inEach((locale) => TEXT.t(locale, 'periodNotOver', { month: label[locale], ...days[locale] }))),
    );
  }
  throwIfProblems([...reportProblems(report, now), ...missingToSubmit(report)]);
  const figures = figuresOf(await loadActivity(strapi, report.body.documentId), report.body.documentId, period);
  // An amendment keeps the punctuality of the month's first submission.
  const first = await strapi.db.query(REPORT).findOne({
    where: { month: report.month, body: { documentId: report.body.documentId }, reportStatus: 'submitted' },
    orderBy: { version: 'asc' },
  });
  const late = first ? Boolean(first.late) : now > period.dueBy;
  // Only a draft turns into a submitted report: if another request got there first, nothing changes.
  const { count } = await strapi.db.query(REPORT).updateMany({
    where: { id: report.id, reportStatus: 'draft' },
    data: {
      reportStatus: 'submitted',
      submittedAt: now.toISOString(),
      submittedBy: who,
      figures,
      figuresAt: now.toISOString(),
      late,
      overdue: false,
    },
  });
  if (count !== 1)
    throw new errors.ValidationError(sentences(inEach((locale) => TEXT.t(locale, 'justSubmitted', { month: label[locale] }))));
  return reportById(strapi, documentId);
}

/** A correction to a submitted report: a new draft version carrying what was entered, with the reason. */
export async function amendReport(strapi: Core.Strapi, documentId: string, actor: Actor, reason: string, now = new Date()): Promise<Entry> {
  const found = await reportById(strapi, documentId);
  return oneAtATime(monthKey(found.body.documentId, found.month), () => amendNow(strapi, documentId, actor, reason, now));
}

async function amendNow(strapi: Core.Strapi, documentId: string, actor: Actor, reason: string, now: Date): Promise<Entry> {
  const report = await reportById(strapi, documentId);
  mayWrite(actor, report, false);
  const label = monthLabel(report.month);
  if (report.reportStatus !== 'submitted') {
    throw new errors.ValidationError(sentences(inEach((locale) => TEXT.t(locale, 'notSubmittedYet', { month: label[locale] }))));
  }
  if (!reason || !reason.trim()) {
    throwIfProblems([{ field: 'amendmentReason', ...TEXT.pair('amendmentReasonMissing') }]);
  }
  const versions = (await strapi.db.query(REPORT).findMany({
    where: { month: report.month, body: { documentId: report.body.documentId } },
    select: ['version', 'reportStatus', 'documentId'],
  })) as Entry[];
  const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  if (latest.reportStatus === 'draft') {
    throw new errors.ValidationError(sentences(TEXT.pair('amendmentInProgress', { version: latest.version })));
  }
  if (latest.documentId !== report.documentId) {
    throw new errors.ValidationError(sentences(TEXT.pair('onlyLatestAmendable', { version: latest.version })));
  }
  const entered = Object.fromEntries(ENTERED_FIELDS.map((f) => [f.key, report[f.key] ?? null]));
  const activity: Activity = await loadActivity(strapi, report.body.documentId);
  return asServer(() =>
    strapi.documents(REPORT).create({
      data: {
        ...entered,
        body: report.body.documentId,
        month: report.month,
        version: report.version + 1,
        reportStatus: 'draft',
        amendmentReason: reason.trim(),
        figures: figuresOf(activity, report.body.documentId, periodOf(report.month)),
        figuresAt: now.toISOString(),
      },
    } as any),
  );
}

/**
 * Every day at 01:00 Vietnam time, and once at start. Returns what waits for a cycle under way (the
 * CMS waits for it when it stops, so that its queries are not cut off by the database closing).
 */
export function registerReportingCycle(strapi: Core.Strapi): () => Promise<unknown> {
  const { tick, settled } = periodicTask(
    strapi,
    'reporting-cycle',
    async () => {
      const run = await prepareReports(strapi);
      if (run.created.length) strapi.log.info(`column57: ${CMS_LOG_TEXT.both('reportDraftsPrepared', { count: run.created.length })}`);
      for (const what of run.overdue) strapi.log.warn(`column57: ${CMS_LOG_TEXT.both('reportOverdue', { what })}`);
    },
    (error) => strapi.log.error(`column57: ${CMS_LOG_TEXT.both('reportingCycleFailed', { error: error.message })}`),
  );
  strapi.cron.add({
    column57Reporting: { task: tick, options: { rule: process.env.COLUMN57_REPORTING_RULE || '0 0 1 * * *', tz: 'Asia/Ho_Chi_Minh' } },
  });
  if (process.env.CRON_ENABLED !== 'false') void tick();
  return settled;
}
