import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { actorForRequest } from '../access/actor';
import { unscoped } from '../access/scope';
import { relationTarget } from '../validation/content-rules';
import { inEach, throwIfProblems, type FieldProblem } from '../validation/field-error';
import { REPORT_SERVER_FIELDS } from './fields';
import { monthKey, oneAtATime } from './lock';
import { REPORTING_TEXT as TEXT } from './messages';
import { monthLabel } from './period';
import { planProblems, reportProblems } from './rules';

export const REPORT = 'api::monthly-report.monthly-report';
export const PLAN = 'api::annual-plan.annual-plan';

type Entry = Record<string, any>;

/** Writes the reporting code itself makes on someone's behalf (an amendment's new version). */
const serverWrites = new AsyncLocalStorage<boolean>();
export const asServer = <T>(write: () => Promise<T>): Promise<T> => serverWrites.run(true, write);

// The guard's own lookups see every row: it decides from what is stored, not from what the account may read.
async function stored(strapi: Core.Strapi, uid: string, documentId: string): Promise<Entry | null> {
  const entry = await unscoped(() =>
    strapi.db
      .query(uid as UID.Schema)
      .findOne({ where: { documentId }, populate: { body: { select: ['documentId'] }, ...(uid === PLAN ? { activities: true } : {}) } }),
  );
  return entry ? { ...entry, body: entry.body?.documentId ?? null } : null;
}

async function clash(
  strapi: Core.Strapi,
  uid: string,
  entry: Entry,
  documentId: string | undefined,
  key: 'month' | 'year',
): Promise<boolean> {
  if (!entry.body || entry[key] === undefined || entry[key] === null) return false;
  const where: Entry = { [key]: entry[key], body: { documentId: entry.body } };
  if (documentId) where.documentId = { $ne: documentId };
  return (await unscoped(() => strapi.db.query(uid as UID.Schema).count({ where }))) > 0;
}

/**
 * A body's slug names its column and, for the programme office, its right to read every report; its
 * reports are history. So a body that has reported keeps its slug and is not deleted.
 */
async function checkBodyIdentity(strapi: Core.Strapi, action: string, params: Entry): Promise<void> {
  if (!params.documentId || !['update', 'delete'].includes(action)) return;
  const body = await unscoped(() =>
    strapi.db.query('api::body.body').findOne({ where: { documentId: params.documentId }, select: ['slug'] }),
  );
  if (!body) return;
  const reports = await unscoped(() => strapi.db.query(REPORT).count({ where: { body: { documentId: params.documentId } } }));
  if (action === 'delete' && reports > 0) {
    throwIfProblems([{ field: 'slug', ...TEXT.pair('bodyHasReports', { slug: body.slug, reports }) }]);
  }
  const slug = params.data?.slug;
  if (action === 'update' && slug !== undefined && slug !== body.slug && reports > 0) {
    throwIfProblems([{ field: 'slug', ...TEXT.pair('slugInUse', { slug: body.slug }) }]);
  }
}

/**
 * Monthly reports and annual plans: the rules of what may be entered, the fields only the server
 * writes, and the freeze. A submitted report is never changed or removed by anyone; an amendment
 * is a new version (reporting/reports.ts), so the history stays whole.
 */
export function registerReportingGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (uid === 'api::body.body') {
      await checkBodyIdentity(strapi, action, context.params as Entry);
      return next();
    }
    if (uid !== REPORT && uid !== PLAN) return next();
    const params = context.params as Entry;
    if (action === 'clone') {
      // A copy would carry the original's state and version: a report is made by the cycle, a plan per year.
      throwIfProblems([{ field: uid === REPORT ? 'month' : 'year', ...TEXT.pair('noCopies') }]);
    }
    if (!['create', 'update', 'delete'].includes(action)) return next();
    const first = params.documentId ? await stored(strapi, uid, params.documentId) : null;
    if (uid !== REPORT || !first?.body) return check(first);
    return oneAtATime(monthKey(first.body, first.month), async () => check(await stored(strapi, uid, params.documentId)));

    async function check(before: Entry | null) {
      if (uid === REPORT && before?.reportStatus === 'submitted') {
        // A refusal of the content, not of the person: the form shows it on the status field.
        const label = monthLabel(before.month);
        const text = inEach((locale) => TEXT.t(locale, 'reportFrozen', { month: label[locale], version: before.version }));
        throwIfProblems([{ field: 'reportStatus', ...text }]);
      }
      if (action === 'delete') return next();

      const data: Entry = params.data ?? (params.data = {});
      const actor = serverWrites.getStore() ? ({ kind: 'system' } as const) : await actorForRequest(strapi);
      // What the server owns is never taken from a request, whoever sends it.
      if (actor.kind !== 'system' && uid === REPORT) for (const field of REPORT_SERVER_FIELDS) delete data[field];

      const incoming: Entry = { ...data };
      const target = relationTarget(data.body);
      if (target !== undefined) incoming.body = target;
      else delete incoming.body;
      const entry: Entry = { ...(before ?? {}), ...incoming };
      const problems: FieldProblem[] = uid === REPORT ? reportProblems(entry) : planProblems(entry);
      if (!entry.body) problems.push({ field: 'body', ...TEXT.pair('noReportingBody') });
      if (uid === REPORT && action === 'create' && actor.kind !== 'system' && (await clash(strapi, uid, entry, undefined, 'month'))) {
        const label = monthLabel(entry.month);
        problems.push({ field: 'month', ...inEach((locale) => TEXT.t(locale, 'monthTaken', { month: label[locale] })) });
      }
      // A report is a body's word on one month, and its versions hang together by both: neither moves.
      if (uid === REPORT && action === 'update' && before && entry.month !== before.month) {
        problems.push({ field: 'month', ...TEXT.pair('monthFixed', { month: before.month }) });
      }
      if (action === 'update' && before && entry.body !== before.body) {
        problems.push({ field: 'body', ...TEXT.pair('bodyFixed') });
      }
      if (uid === PLAN && (await clash(strapi, uid, entry, params.documentId, 'year'))) {
        problems.push({ field: 'year', ...TEXT.pair('planYearTaken', { year: entry.year }) });
      }
      if (uid === REPORT && action === 'create' && actor.kind !== 'system') {
        data.version = 1;
        data.reportStatus = 'draft';
      }
      throwIfProblems(problems, uid);
      // Estimates are kept to one decimal, as every export shows them.
      if (
        uid === REPORT &&
        data.grassrootsReachPercent !== undefined &&
        data.grassrootsReachPercent !== null &&
        data.grassrootsReachPercent !== ''
      ) {
        data.grassrootsReachPercent = Math.round(Number(data.grassrootsReachPercent) * 10) / 10;
      }
      return next();
    }
  });
}
