import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { currentActor } from '../access/actor';
import { relationTarget } from '../validation/content-rules';
import { throwIfProblems, type FieldProblem } from '../validation/field-error';
import { REPORT_SERVER_FIELDS } from './fields';
import { monthLabel } from './period';
import { planProblems, reportProblems } from './rules';

export const REPORT = 'api::monthly-report.monthly-report';
export const PLAN = 'api::annual-plan.annual-plan';

type Entry = Record<string, any>;

/** Writes the reporting code itself makes on someone's behalf (an amendment's new version). */
const serverWrites = new AsyncLocalStorage<boolean>();
export const asServer = <T>(write: () => Promise<T>): Promise<T> => serverWrites.run(true, write);

async function stored(strapi: Core.Strapi, uid: string, documentId: string): Promise<Entry | null> {
  const entry = await strapi.db.query(uid as any).findOne({ where: { documentId }, populate: { body: { select: ['documentId'] }, ...(uid === PLAN ? { activities: true } : {}) } });
  return entry ? { ...entry, body: entry.body?.documentId ?? null } : null;
}

async function clash(strapi: Core.Strapi, uid: string, entry: Entry, documentId: string | undefined, key: 'month' | 'year'): Promise<boolean> {
  if (!entry.body || entry[key] === undefined || entry[key] === null) return false;
  const where: Entry = { [key]: entry[key], body: { documentId: entry.body } };
  if (documentId) where.documentId = { $ne: documentId };
  return (await strapi.db.query(uid as any).count({ where })) > 0;
}

/**
 * Monthly reports and annual plans: the rules of what may be entered, the fields only the server
 * writes, and the freeze. A submitted report is never changed or removed by anyone; an amendment
 * is a new version (reporting/reports.ts), so the history stays whole.
 */
export function registerReportingGuard(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if ((uid !== REPORT && uid !== PLAN) || !['create', 'update', 'delete'].includes(action)) return next();
    const params = context.params as Entry;
    const before = params.documentId ? await stored(strapi, uid, params.documentId) : null;

    if (uid === REPORT && before?.reportStatus === 'submitted') {
      // A refusal of the content, not of the person: the form shows it on the status field.
      const label = monthLabel(before.month);
      throwIfProblems([{
        field: 'reportStatus',
        vi: `Báo cáo ${label.vi} (phiên bản ${before.version}) đã nộp nên không sửa hay xoá được; hãy tạo bản sửa đổi ở trang "Báo cáo Chương trình 1169"`,
        en: `the ${label.en} report (version ${before.version}) was submitted and is frozen; make an amendment on the reporting page instead`,
      }]);
    }
    if (action === 'delete') return next();

    const data: Entry = params.data ?? (params.data = {});
    const actor = serverWrites.getStore() ? ({ kind: 'system' } as const) : await currentActor(strapi);
    // What the server owns is never taken from a request, whoever sends it.
    if (actor.kind !== 'system' && uid === REPORT) for (const field of REPORT_SERVER_FIELDS) delete data[field];

    const incoming: Entry = { ...data };
    const target = relationTarget(data.body);
    if (target !== undefined) incoming.body = target;
    else delete incoming.body;
    const entry: Entry = { ...(before ?? {}), ...incoming };
    const problems: FieldProblem[] = uid === REPORT ? reportProblems(entry) : planProblems(entry);
    if (!entry.body) problems.push({ field: 'body', vi: 'Chưa chọn cơ quan báo cáo; hãy chọn cơ quan', en: 'no reporting body: choose the body this belongs to' });
    if (uid === REPORT && action === 'create' && actor.kind !== 'system' && await clash(strapi, uid, entry, undefined, 'month')) {
      const label = monthLabel(entry.month);
      problems.push({ field: 'month', vi: `Cơ quan đã có báo cáo ${label.vi}; hãy mở báo cáo đó (hoặc tạo bản sửa đổi nếu đã nộp)`, en: `this body already has a report for ${label.en}; open it (or amend it if it was submitted)` });
    }
    if (uid === REPORT && action === 'update' && before && entry.month !== before.month && await clash(strapi, uid, entry, params.documentId, 'month')) {
      problems.push({ field: 'month', vi: `Cơ quan đã có báo cáo ${monthLabel(entry.month).vi}; hãy chọn tháng khác`, en: `this body already has a report for ${monthLabel(entry.month).en}; choose another month` });
    }
    if (uid === PLAN && await clash(strapi, uid, entry, params.documentId, 'year')) {
      problems.push({ field: 'year', vi: `Cơ quan đã có kế hoạch năm ${entry.year}; hãy sửa kế hoạch đó`, en: `this body already has a plan for ${entry.year}; edit that plan instead` });
    }
    if (uid === REPORT && action === 'create' && actor.kind !== 'system') {
      data.version = 1;
      data.reportStatus = 'draft';
    }
    throwIfProblems(problems);
    return next();
  });
}
