import { expect } from 'vitest';
import type { AdminSession } from './admin-api.ts';

/**
 * "Gửi duyệt" for a draft, as the admin panel's action sends it: a body's publisher publishes what was
 * submitted (or gives a reason), so a test that publishes as a person submits first, as people do.
 */
export async function submitForReview(session: AdminSession, uid: string, documentId: string, note?: string) {
  const answer = await session.post(`/column57/review/${uid}/${documentId}/submit`, note ? { note } : {});
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
}

/** "Duyệt" by a body's publisher: reviewed without publishing now, so a scheduled entry goes up at its time. */
export async function approveForSchedule(session: AdminSession, uid: string, documentId: string) {
  const answer = await session.post(`/column57/review/${uid}/${documentId}/approve`, {});
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200);
}
