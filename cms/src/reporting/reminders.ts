import type { Core } from '@strapi/strapi';
import { unscoped } from '../access/scope';
import { DESK_EVENT, emitDeskEvent } from '../desk/events';
import { CMS_LOG_TEXT } from '../log-messages';
import { REPORT } from './guard';
import { addMonths, FIRST_MONTH, periodOf, vnDay, vnMonth } from './period';
import { periodicTask } from '../cluster/exclusive';

/** How many days before the 20th a body is reminded. */
export const DUE_SOON_DAYS = 3;
const LEDGER_KEY = 'report-reminders';

export interface ReminderRun {
  due: string[];
  overdue: string[];
}

/**
 * The daily reminder about monthly reports: DESK_EVENT.reportDue from the 17th for a month not yet
 * submitted, DESK_EVENT.reportOverdue once the 20th has passed. Each body hears of each once per month
 * (the ledger in the core store remembers what was told), so a restart or a second run tells nobody
 * twice, and a body is never told it is late with a report that fell due before it joined. The month
 * that is due and the one before it are looked at; older months are the programme office's business
 * (the national overview lists them), not a daily mail.
 */
export async function runReportReminders(strapi: Core.Strapi, now = new Date()): Promise<ReminderRun> {
  const store = strapi.store({ type: 'plugin', name: 'column57' });
  const current = vnMonth(now);
  const months = [addMonths(current, -1), current].filter((m) => m >= FIRST_MONTH);
  const stored = ((await store.get({ key: LEDGER_KEY })) as string[] | null) ?? [];
  // Keys end with their month: those older than the months looked at can be forgotten.
  const told = new Set(stored.filter((key) => key.slice(key.lastIndexOf('|') + 1) >= months[0]));
  const run: ReminderRun = { due: [], overdue: [] };
  const { bodies, submitted } = await unscoped(async () => ({
    bodies: (await strapi.db.query('api::body.body').findMany({ select: ['documentId', 'slug', 'createdAt'] })) as Array<{
      documentId: string;
      slug: string;
      createdAt: string | Date;
    }>,
    submitted: (await strapi.db.query(REPORT).findMany({
      where: { month: { $in: months }, reportStatus: 'submitted' },
      select: ['month'],
      populate: { body: { select: ['documentId'] } },
    })) as Array<{ month: string; body?: { documentId: string } | null }>,
  }));
  const done = new Set(submitted.map((r) => `${r.body?.documentId}|${r.month}`));
  for (const month of months) {
    const period = periodOf(month);
    const soonFrom = `${month}-${String(Number(period.dueDay.slice(8)) - DUE_SOON_DAYS).padStart(2, '0')}`;
    const kind = now > period.dueBy ? 'overdue' : vnDay(now) >= soonFrom ? 'due' : null;
    if (!kind) continue;
    for (const body of bodies) {
      const key = `${kind}|${body.documentId}|${month}`;
      if (done.has(`${body.documentId}|${month}`) || told.has(key)) continue;
      // A body that joined after the deadline never owed that month's report (the demo's bodies, made at the
      // first start, would otherwise all be told at once of a month that ended before they existed).
      if (kind === 'overdue' && new Date(body.createdAt) > period.dueBy) continue;
      // Remembered before it is told: a listener that fails is logged, not a reason to mail twice.
      told.add(key);
      const payload = { bodyDocumentId: body.documentId, period: month, dueDate: period.dueDay, at: now.toISOString() };
      await emitDeskEvent(strapi, kind === 'due' ? DESK_EVENT.reportDue : DESK_EVENT.reportOverdue, payload);
      run[kind].push(`${body.slug} ${month}`);
    }
  }
  if (run.due.length || run.overdue.length || told.size !== stored.length) await store.set({ key: LEDGER_KEY, value: [...told] });
  return run;
}

/** Every day at 08:00 Vietnam time (COLUMN57_REMINDER_RULE), and once at start. Returns what waits for a run under way. */
export function registerReportReminders(strapi: Core.Strapi): () => Promise<unknown> {
  const { tick, settled } = periodicTask(
    strapi,
    'report-reminders',
    async () => {
      const run = await runReportReminders(strapi);
      const count = run.due.length + run.overdue.length;
      if (count) strapi.log.info(`column57: ${CMS_LOG_TEXT.both('reportRemindersSent', { count })}`);
    },
    (error) => strapi.log.error(`column57: ${CMS_LOG_TEXT.both('reportRemindersFailed', { error: error.message })}`),
  );
  strapi.cron.add({
    column57ReportReminders: { task: tick, options: { rule: process.env.COLUMN57_REMINDER_RULE || '0 0 8 * * *', tz: 'Asia/Ho_Chi_Minh' } },
  });
  if (process.env.CRON_ENABLED !== 'false') void tick();
  return settled;
}
