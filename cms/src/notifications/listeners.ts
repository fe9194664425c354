import type { Core } from '@strapi/strapi';
import { unscoped } from '../access/scope';
import { DESK_EVENT, type DeskEntry, type DeskPerson, onDeskEvent } from '../desk/events';
import { deskEntryOf } from '../publishing/desk-entry';
import { monthLabel, periodOf, vnDate } from '../reporting/period';
import type { NotificationKind } from './kinds';
import { wants } from './preferences';
import type { MailQueue } from './queue';
import { mayHearOf, publishersOf } from './recipients';
import { type Notice, renderMail } from './templates';

/** The admin panel's address as mail links give it (COLUMN57_ADMIN_URL, else Strapi's own absolute admin URL). */
export function adminUrl(strapi: Core.Strapi): string {
  const configured = process.env.COLUMN57_ADMIN_URL || (strapi.config.get('admin.absoluteUrl') as string | undefined) || '/admin';
  return configured.replace(/\/$/, '');
}

export const entryLink = (strapi: Core.Strapi, entry: DeskEntry) =>
  `${adminUrl(strapi)}/content-manager/collection-types/${entry.uid}/${entry.documentId}` +
  (entry.locale ? `?plugins[i18n][locale]=${entry.locale}` : '');

/**
 * Mails one notice to each person who may hear of it (same body, or the administrator), who has not
 * turned that kind off, and who did not do it themselves. Returns the addresses queued.
 */
async function tell(
  strapi: Core.Strapi,
  queue: MailQueue,
  people: DeskPerson[],
  about: { bodyDocumentId: string | null; by?: DeskPerson | null; open: string },
  notice: Notice,
): Promise<string[]> {
  const mail = renderMail(notice, { open: about.open, preferences: `${adminUrl(strapi)}/column57/notifications` });
  const chosen: DeskPerson[] = [];
  const seen = new Set<number>();
  for (const person of people) {
    if (seen.has(person.id) || person.id === about.by?.id) continue;
    seen.add(person.id);
    if (!(await mayHearOf(strapi, person.id, about.bodyDocumentId))) continue;
    if (!(await wants(strapi, person.id, notice.kind as NotificationKind))) continue;
    chosen.push(person);
  }
  await queue.enqueue(chosen.map((p) => ({ to: p.email, subject: mail.subject, text: mail.text, html: mail.html })));
  return chosen.map((p) => p.email);
}

const publishersOfEntry = (strapi: Core.Strapi, entry: DeskEntry) =>
  entry.bodyDocumentId ? publishersOf(strapi, entry.bodyDocumentId) : [];

/** A body as mails name it: its short name in each language. */
async function bodyName(strapi: Core.Strapi, documentId: string) {
  const body = await unscoped(() =>
    strapi.db.query('api::body.body').findOne({ where: { documentId }, select: ['nameVi', 'nameEn', 'shortNameVi', 'shortNameEn'] }),
  );
  return { vi: body?.shortNameVi || body?.nameVi || documentId, en: body?.shortNameEn || body?.nameEn || body?.nameVi || documentId };
}

/** Every desk event that someone should read about, as mail. Returns what stops listening. */
export function listenForNotifications(strapi: Core.Strapi, queue: MailQueue): () => void {
  const about = (entry: DeskEntry, by: DeskPerson | null) => ({ bodyDocumentId: entry.bodyDocumentId, by, open: entryLink(strapi, entry) });
  const stops = [
    onDeskEvent(strapi, DESK_EVENT.reviewSubmitted, async ({ entry, by, note }) => {
      await tell(strapi, queue, await publishersOfEntry(strapi, entry), about(entry, by), {
        kind: 'reviewSubmitted',
        title: entry.title,
        by: by?.name ?? null,
        note,
      });
    }),
    onDeskEvent(strapi, DESK_EVENT.reviewReturned, async ({ entry, by, comment, to }) => {
      await tell(strapi, queue, to, about(entry, by), { kind: 'reviewReturned', title: entry.title, by: by?.name ?? null, comment });
    }),
    onDeskEvent(strapi, DESK_EVENT.published, async ({ entry, by, withoutReview }) => {
      // The author and whoever last saved the draft: the people whose words went live.
      const row = await deskEntryOf(strapi, entry.uid, entry.documentId, entry.locale);
      const people = [row?.createdBy, row?.updatedBy].filter((p): p is DeskPerson => Boolean(p));
      await tell(strapi, queue, people, about(entry, by), { kind: 'published', title: entry.title, by: by?.name ?? null, withoutReview });
    }),
    onDeskEvent(strapi, DESK_EVENT.scheduleFired, async ({ entry, action, scheduledBy }) => {
      const people = scheduledBy ? [scheduledBy] : await publishersOfEntry(strapi, entry);
      await tell(strapi, queue, people, about(entry, null), { kind: 'scheduleFired', title: entry.title, action });
    }),
    onDeskEvent(strapi, DESK_EVENT.scheduleFailed, async ({ entry, action, error, scheduledBy }) => {
      // A failure needs someone to act: who set the time, and the body's publishers.
      const people = [...(scheduledBy ? [scheduledBy] : []), ...(await publishersOfEntry(strapi, entry))];
      await tell(strapi, queue, people, about(entry, null), { kind: 'scheduleFailed', title: entry.title, action, error });
    }),
    ...(['reportDue', 'reportOverdue'] as const).map((kind) =>
      onDeskEvent(strapi, DESK_EVENT[kind], async ({ bodyDocumentId, period }) => {
        const { dueDay } = periodOf(period);
        await tell(
          strapi,
          queue,
          await publishersOf(strapi, bodyDocumentId),
          { bodyDocumentId, open: `${adminUrl(strapi)}/column57/reporting` },
          { kind, month: monthLabel(period), body: await bodyName(strapi, bodyDocumentId), dueDate: { vi: vnDate(dueDay), en: dueDay } },
        );
      }),
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
