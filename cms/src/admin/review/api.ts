/** The review routes as the admin panel calls them (cms/src/review/routes.ts), and their answers' shapes. */
export const REVIEW_API = '/column57/review';
export const entryPath = (uid: string, documentId: string, action: 'submit' | 'return' | 'publish' | 'approve') =>
  `${REVIEW_API}/${uid}/${documentId}/${action}`;
export const editViewOf = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${documentId}`;

export type { DiffPart, QueueItem } from '../../review/answers';

/** The server's own message (already "vi / en") from a failed call, or the network's. */
export const messageOf = (error: unknown) =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? (error as Error).message;

export const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—');

/** Told by the "Gửi duyệt" action to the entry's review panel, which has no way to refetch the entry. */
export const REVIEW_CHANGED = 'column57:review-changed';
