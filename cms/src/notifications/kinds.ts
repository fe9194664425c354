import { defineVocabulary } from '@column57/i18n';

/**
 * The kinds of mail an account may receive, each one switch on "Thông báo của tôi". Pure data: the
 * admin page is bundled with it. A publisher's approval is not mailed on its own: the publish that
 * follows is.
 */
export const NOTIFICATION_KIND = defineVocabulary(
  'cms/notification-kind',
  ['reviewSubmitted', 'reviewReturned', 'published', 'scheduleFired', 'scheduleFailed', 'reportDue', 'reportOverdue'],
  {
    reviewSubmitted: { vi: 'Có bài gửi duyệt (cho người duyệt)', en: 'a draft is submitted for review (publishers)' },
    reviewReturned: { vi: 'Bài của tôi bị trả lại', en: 'my draft is returned to me' },
    published: { vi: 'Bài tôi viết hoặc sửa đã xuất bản', en: 'an entry I wrote or edited went live' },
    scheduleFired: { vi: 'Xuất bản hoặc gỡ theo lịch đã thực hiện', en: 'a scheduled publish or unpublish happened' },
    scheduleFailed: { vi: 'Xuất bản hoặc gỡ theo lịch không thực hiện được', en: 'a scheduled publish or unpublish failed' },
    reportDue: { vi: 'Báo cáo tháng sắp đến hạn (còn 3 ngày)', en: 'the monthly report is due in 3 days' },
    reportOverdue: { vi: 'Báo cáo tháng quá hạn', en: 'the monthly report is overdue' },
  },
);

export type NotificationKind = (typeof NOTIFICATION_KIND.codes)[number];
export const NOTIFICATION_KINDS = NOTIFICATION_KIND.codes;

/** What an account receives: every kind on until it says otherwise. */
export type NotificationPreferences = Record<NotificationKind, boolean>;
export const ALL_ON = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, true])) as NotificationPreferences;
