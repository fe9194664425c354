import type { Core, UID } from '@strapi/strapi';
import { canonical, paths } from '@column57/snapshot';
import type { Actor } from '../access/actor';
import type { DeskItem, MonthReport, MyColumn } from './answers';
import { readScope, within } from '../access/scope';
import { buildStatusUrl } from '../publishing/build-status-route';
import { SCHEDULED_TYPES } from '../publishing/schedule';
import { periodOf, vnMonth } from '../reporting/period';

/**
 * What the editor's home shows, each list read through the ownership rule (scope.ts) on top of the data
 * guard: a body's people see their body's work only, whatever the request asks.
 */
type Row = Record<string, any>;

/** The types an editor writes, newest first on the home; each names its entries by this field. */
const EDITED: Record<string, string> = {
  'api::article.article': 'title',
  'api::resolution-document.resolution-document': 'title',
  'api::campaign.campaign': 'title',
  'api::radio-bulletin.radio-bulletin': 'title',
  'api::honour.honour': 'recipient',
  'api::st-task.st-task': 'title',
};
const LIMIT = 8;

const titleOf = (row: Row, field: string) => String(row[field] ?? '').trim();
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : '');

/** Drafts the caller last saved that are not live as saved: never published, or changed since. */
export async function myDrafts(strapi: Core.Strapi, actor: Actor & { userId: number }): Promise<DeskItem[]> {
  const items: DeskItem[] = [];
  for (const [uid, field] of Object.entries(EDITED)) {
    if (!strapi.contentTypes[uid as UID.ContentType]) continue;
    const scope = await readScope(strapi, actor, uid);
    const q = strapi.db.query(uid as UID.Schema);
    const drafts = (await q.findMany({
      where: within({ publishedAt: null, updatedBy: { id: actor.userId } }, scope),
      orderBy: { updatedAt: 'desc' },
      limit: LIMIT,
    })) as Row[];
    for (const draft of drafts) {
      const live = await q.findOne({
        where: { documentId: draft.documentId, publishedAt: { $notNull: true }, ...(draft.locale ? { locale: draft.locale } : {}) },
        select: ['updatedAt'],
      });
      if (live && Date.parse(live.updatedAt) >= Date.parse(draft.updatedAt)) continue;
      items.push({
        uid,
        documentId: draft.documentId,
        locale: draft.locale ?? null,
        title: titleOf(draft, field),
        updatedAt: iso(draft.updatedAt),
      });
    }
  }
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, LIMIT);
}

/** Entries of the caller's body (or the nation's, for national editors) set to go live later. */
export async function scheduled(strapi: Core.Strapi, actor: Actor, now = new Date()): Promise<DeskItem[]> {
  const items: DeskItem[] = [];
  for (const uid of SCHEDULED_TYPES) {
    const scope = await readScope(strapi, actor, uid);
    const rows = (await strapi.db.query(uid).findMany({
      where: within({ publishedAt: null, publishAt: { $gt: now } }, scope),
      orderBy: { publishAt: 'asc' },
      limit: LIMIT,
    })) as Row[];
    for (const row of rows) {
      items.push({
        uid,
        documentId: row.documentId,
        locale: row.locale ?? null,
        title: titleOf(row, 'title'),
        updatedAt: iso(row.updatedAt),
        publishAt: iso(row.publishAt),
      });
    }
  }
  return items.sort((a, b) => (a.publishAt ?? '').localeCompare(b.publishAt ?? '')).slice(0, LIMIT);
}

/** The caller's column: its live address and its last build. */
export async function myColumn(strapi: Core.Strapi, bodyDocumentId: string): Promise<MyColumn | null> {
  const body = await strapi.db.query('api::body.body').findOne({
    where: { documentId: bodyDocumentId },
    select: ['slug', 'nameVi', 'nameEn', 'publicBaseUrl', 'basePath'],
  });
  if (!body) return null;
  const url = body.publicBaseUrl ? canonical(body.publicBaseUrl, body.basePath ?? '/', paths.home('vi')) : null;
  return { nameVi: body.nameVi, nameEn: body.nameEn, url, lastBuild: await lastBuildOf(body.slug) };
}

async function lastBuildOf(slug: string): Promise<MyColumn['lastBuild']> {
  const statusUrl = buildStatusUrl();
  if (!statusUrl) return null;
  try {
    const response = await fetch(statusUrl, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return null;
    const own = ((await response.json()) as Row).bodies?.[slug];
    return own ? { result: String(own.result), at: String(own.at), pages: own.pages ?? null } : null;
  } catch {
    // The home still shows the rest; the build-status page says why the service is silent.
    return null;
  }
}

/** This month's report of the caller's body: its latest version, its due day and when it opens for submission. */
export async function monthReport(strapi: Core.Strapi, actor: Actor, bodyDocumentId: string, now = new Date()): Promise<MonthReport> {
  const month = vnMonth(now);
  const period = periodOf(month);
  const uid = 'api::monthly-report.monthly-report';
  const scope = await readScope(strapi, actor, uid);
  const latest = await strapi.db.query(uid).findOne({
    where: within({ month, body: { documentId: bodyDocumentId } }, scope),
    orderBy: { version: 'desc' },
    select: ['documentId', 'version', 'reportStatus', 'overdue'],
  });
  return {
    month,
    dueDay: period.dueDay,
    opensAt: period.closesAt.toISOString(),
    documentId: latest?.documentId ?? null,
    version: latest?.version ?? null,
    status: latest ? latest.reportStatus : 'missing',
    overdue: Boolean(latest?.overdue) || (!latest && now > period.dueBy),
  };
}
