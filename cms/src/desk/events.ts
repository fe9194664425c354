import type { Core } from '@strapi/strapi';
import { CMS_LOG_TEXT } from '../log-messages';

/**
 * What happens at the editors' desk, told once for whoever needs to know: the mail notifications, the audit
 * log and the editor's home all listen here instead of hooking the same writes again. Events travel on
 * Strapi's event hub (in process, after the write is committed), so a listener that fails never undoes the
 * action it heard about.
 */
export const DESK_EVENT = {
  /** An editor asked the body's publishers to review a draft ("Gửi duyệt"). */
  reviewSubmitted: 'column57.review.submitted',
  /** A publisher sent a draft back to its editor with a comment ("Trả lại"). */
  reviewReturned: 'column57.review.returned',
  /** A publisher marked a draft reviewed and ready (publishing it, or scheduling it). */
  reviewApproved: 'column57.review.approved',
  /** An entry went live, by hand or on schedule; `withoutReview` holds the reason when review was skipped. */
  published: 'column57.entry.published',
  /** The scheduler published or unpublished an entry at its set time. */
  scheduleFired: 'column57.schedule.fired',
  /** The scheduler could not publish or unpublish an entry (the entry failed a rule, say). */
  scheduleFailed: 'column57.schedule.failed',
  /** A body's monthly report is due within 3 days and not yet submitted. */
  reportDue: 'column57.report.due',
  /** A body's monthly report is past its due date and not submitted. */
  reportOverdue: 'column57.report.overdue',
} as const;

export type DeskEventName = (typeof DESK_EVENT)[keyof typeof DESK_EVENT];

/** An admin account, as events name it (never its password or tokens). */
export interface DeskPerson {
  id: number;
  email: string;
  name: string;
}

/** An entry of an owned content type (article, document, campaign, bulletin, ...). */
export interface DeskEntry {
  uid: string;
  documentId: string;
  locale: string | null;
  title: string;
  /** The owning body's document id; null for national content. */
  bodyDocumentId: string | null;
}

interface EntryEvent {
  entry: DeskEntry;
  /** Who did it; null when the system did (the scheduler). */
  by: DeskPerson | null;
  at: string;
}

export interface DeskEvents {
  [DESK_EVENT.reviewSubmitted]: EntryEvent & { note?: string };
  [DESK_EVENT.reviewReturned]: EntryEvent & { comment: string; to: DeskPerson[] };
  [DESK_EVENT.reviewApproved]: EntryEvent;
  [DESK_EVENT.published]: EntryEvent & { withoutReview?: string };
  // scheduledBy: who last saved the draft that carries the time (the scheduler itself is `by: null`).
  [DESK_EVENT.scheduleFired]: EntryEvent & { action: 'publish' | 'unpublish'; scheduledBy?: DeskPerson | null };
  [DESK_EVENT.scheduleFailed]: EntryEvent & { action: 'publish' | 'unpublish'; error: string; scheduledBy?: DeskPerson | null };
  [DESK_EVENT.reportDue]: { bodyDocumentId: string; period: string; dueDate: string; at: string };
  [DESK_EVENT.reportOverdue]: { bodyDocumentId: string; period: string; dueDate: string; at: string };
}

/** Tells every listener; never throws into the action that caused the event. */
export async function emitDeskEvent<E extends DeskEventName>(strapi: Core.Strapi, name: E, payload: DeskEvents[E]) {
  try {
    await strapi.eventHub.emit(name, payload as unknown as Record<string, unknown>);
  } catch (error) {
    strapi.log.error(CMS_LOG_TEXT.both('deskListenerFailed', { event: name, error: (error as Error).message }));
  }
}

/** Listens to one desk event; returns the function that stops listening. */
export function onDeskEvent<E extends DeskEventName>(
  strapi: Core.Strapi,
  name: E,
  listener: (payload: DeskEvents[E]) => Promise<void> | void,
): () => void {
  return strapi.eventHub.on(name, async (payload: unknown) => {
    await listener(payload as DeskEvents[E]);
  });
}
