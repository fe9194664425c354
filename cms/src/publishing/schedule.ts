import type { Core } from '@strapi/strapi';
import { DESK_EVENT, emitDeskEvent } from '../desk/events';
import { CMS_LOG_TEXT } from '../log-messages';
import { isReviewedType } from '../review/fields';
import { REVIEW_TEXT } from '../review/text';
import { deskEntryOf } from './desk-entry';
import { periodicTask } from '../cluster/exclusive';

/**
 * Publish-at and unpublish-at, run by the CMS's cron. The times live on the entries (database), and
 * each firing is recorded in the core store, so a restart neither loses a due publish (it runs at the
 * next tick, catching up) nor repeats one an editor has since undone by hand.
 */
export const SCHEDULED_TYPES = ['api::article.article', 'api::campaign.campaign'] as const;
const LEDGER_KEY = 'schedule-fired';

type Draft = {
  documentId: string;
  locale: string;
  publishAt: string | null;
  unpublishAt: string | null;
  updatedAt: string;
  national?: boolean | null;
};

/** Read at the moment of publishing, not at the start of the run: an edit made meanwhile may have cleared it. */
async function approvedNow(strapi: Core.Strapi, uid: string, documentId: string) {
  const draft = await strapi.db.query(uid as 'api::article.article').findOne({
    where: { documentId, publishedAt: null },
    select: ['reviewState'],
  });
  return draft?.reviewState === 'approved';
}
export interface ScheduleRun {
  published: string[];
  unpublished: string[];
  failed: Array<{ what: string; error: string }>;
}

/** Times further back than this are history: not caught up after downtime, and forgotten by the ledger. */
const WINDOW_MS = 30 * 24 * 3600_000;
const keyOf = (uid: string, draft: Draft, kind: 'publish' | 'unpublish', at: string) =>
  `${uid}|${draft.documentId}|${draft.locale}|${kind}|${new Date(at).toISOString()}`;

/** The desk hears of each scheduled change, with who last saved the draft that carries the time. */
async function tellDesk(strapi: Core.Strapi, uid: string, draft: Draft, action: 'publish' | 'unpublish', error: string | null) {
  const row = await deskEntryOf(strapi, uid, draft.documentId, draft.locale);
  if (!row) return;
  const base = { entry: row.entry, by: null, at: new Date().toISOString(), action, scheduledBy: row.updatedBy };
  if (error === null) await emitDeskEvent(strapi, DESK_EVENT.scheduleFired, base);
  else await emitDeskEvent(strapi, DESK_EVENT.scheduleFailed, { ...base, error });
}

export async function runSchedule(strapi: Core.Strapi, now = new Date()): Promise<ScheduleRun> {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  const since = new Date(now.getTime() - WINDOW_MS);
  const stored = ((await store.get({ key: LEDGER_KEY })) as string[] | null) ?? [];
  // Each key ends with its due time: those older than the window can no longer be due.
  const fired = new Set(stored.filter((key) => Date.parse(key.slice(key.lastIndexOf('|') + 1)) >= since.getTime()));
  const run: ScheduleRun = { published: [], unpublished: [], failed: [] };
  let changed = fired.size !== stored.length;
  for (const uid of SCHEDULED_TYPES) {
    const reviewed = isReviewedType(strapi, uid);
    const nationalCapable = Boolean((strapi.contentType(uid)?.attributes as Record<string, unknown>)?.national);
    const drafts = (await strapi.db.query(uid).findMany({
      where: { publishedAt: null, $or: [{ publishAt: { $lte: now, $gte: since } }, { unpublishAt: { $lte: now, $gte: since } }] },
      select: ['documentId', 'locale', 'publishAt', 'unpublishAt', 'updatedAt', ...(nationalCapable ? ['national'] : [])],
    })) as Draft[];
    for (const draft of drafts) {
      const live = await strapi.db.query(uid).findOne({
        where: { documentId: draft.documentId, locale: draft.locale, publishedAt: { $notNull: true } },
        select: ['id', 'publishedAt'],
      });
      const what = `${uid} ${draft.documentId} (${draft.locale})`;
      // When both times have passed, the later one is the editor's last word (publish 1 Dec, unpublish
      // 3 Dec: down; unpublished in October, scheduled again for 1 Dec: up).
      const due = (at: string | null) => (at && Date.parse(at) <= now.getTime() && Date.parse(at) >= since.getTime() ? Date.parse(at) : -1);
      const kind = due(draft.unpublishAt) >= due(draft.publishAt) ? 'unpublish' : 'publish';
      const key = keyOf(uid, draft, kind, (kind === 'unpublish' ? draft.unpublishAt : draft.publishAt)!);
      if (fired.has(key)) continue;
      // A publish is due when nothing is live or the draft changed since the live version was published.
      const pending = kind === 'publish' ? !live || Date.parse(draft.updatedAt) > Date.parse(live.publishedAt) : Boolean(live);
      if (!pending) {
        // Already in the state the schedule asks for: remember, so a later manual change is respected.
        fired.add(key);
        changed = true;
        continue;
      }
      try {
        // The scheduler publishes as the system, past the review rule: a time set on a draft is not a review.
        // A body's entry goes up only once a publisher approved it (an editor's later change clears that,
        // review/rule.ts); national content has no second person, as the rule says.
        if (kind === 'publish' && reviewed && !draft.national && !(await approvedNow(strapi, uid, draft.documentId)))
          throw new Error(REVIEW_TEXT.both('scheduleNeedsReview'));
        if (kind === 'publish') await strapi.documents(uid).publish({ documentId: draft.documentId, locale: draft.locale } as any);
        else await strapi.documents(uid).unpublish({ documentId: draft.documentId, locale: draft.locale } as any);
        fired.add(key);
        changed = true;
        (kind === 'publish' ? run.published : run.unpublished).push(what);
        await tellDesk(strapi, uid, draft, kind, null);
      } catch (error) {
        // Not recorded: tried again at the next tick, once the editor has fixed what the message names.
        run.failed.push({ what, error: (error as Error).message });
        // Told once per due time (the ledger of what was told), not at every tick until it is fixed.
        const told = `failed|${key}`;
        if (!fired.has(told)) {
          fired.add(told);
          changed = true;
          await tellDesk(strapi, uid, draft, kind, (error as Error).message);
        }
      }
    }
  }
  if (changed) await store.set({ key: LEDGER_KEY, value: [...fired] });
  for (const what of run.published) strapi.log.info(`column57: ${CMS_LOG_TEXT.both('scheduledPublish', { what })}`);
  for (const what of run.unpublished) strapi.log.info(`column57: ${CMS_LOG_TEXT.both('scheduledUnpublish', { what })}`);
  for (const failure of run.failed) strapi.log.warn(`column57: ${CMS_LOG_TEXT.both('scheduledChangeFailed', failure)}`);
  return run;
}

/**
 * Every minute by default; COLUMN57_SCHEDULE_RULE takes a cron rule (six fields for seconds). Returns
 * what waits for a run under way (see registerReportingCycle).
 */
export function registerSchedule(strapi: Core.Strapi): () => Promise<unknown> {
  // One run at a time, here and across instances: a slow tick is not overlapped by the next, nor by a twin.
  const { tick, settled } = periodicTask(
    strapi,
    'schedule',
    () => runSchedule(strapi),
    (error) => strapi.log.error(`column57: ${CMS_LOG_TEXT.both('scheduleFailed', { error: error.message })}`),
  );
  strapi.cron.add({ column57Schedule: { task: tick, options: { rule: process.env.COLUMN57_SCHEDULE_RULE || '0 * * * * *' } } });
  void tick();
  return settled;
}
