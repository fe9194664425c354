import { defineCatalogue } from '@column57/i18n';

type Entry = { title: string };
type By = { title: string; by: string };

/**
 * The notification mails (templates.ts puts each in Vietnamese first, then English) and what the mail
 * queue writes to the log. A mail's reader may read either language; a log line is said with `both`.
 */
export const MAIL_TEXT = defineCatalogue('cms/notification-mail', {
  vi: {
    reviewSubmittedSubject: ({ title }: Entry) => `Cần duyệt: ${title}`,
    reviewSubmitted: ({ title, by }: By) => `${by} đã gửi bài "${title}" để duyệt trước khi xuất bản.`,
    reviewNote: ({ note }: { note: string }) => `Ghi chú của người gửi: ${note}`,
    reviewReturnedSubject: ({ title }: Entry) => `Bài bị trả lại: ${title}`,
    reviewReturned: ({ title, by }: By) => `${by} đã trả lại bài "${title}" để bạn sửa.`,
    reviewComment: ({ comment }: { comment: string }) => `Nhận xét: ${comment}`,
    publishedSubject: ({ title }: Entry) => `Đã xuất bản: ${title}`,
    published: ({ title, by }: By) => `Bài "${title}" đã được xuất bản (${by}).`,
    withoutReview: ({ reason }: { reason: string }) => `Xuất bản không qua duyệt, lý do: ${reason}`,
    scheduleFiredSubject: ({ title }: Entry) => `Đã thực hiện theo lịch: ${title}`,
    scheduledPublish: ({ title }: Entry) => `Bài "${title}" đã được xuất bản theo lịch.`,
    scheduledUnpublish: ({ title }: Entry) => `Bài "${title}" đã được gỡ xuất bản theo lịch.`,
    scheduleFailedSubject: ({ title }: Entry) => `Lịch không thực hiện được: ${title}`,
    scheduleFailedPublish: ({ title }: Entry) => `Không xuất bản được bài "${title}" theo lịch.`,
    scheduleFailedUnpublish: ({ title }: Entry) => `Không gỡ xuất bản được bài "${title}" theo lịch.`,
    scheduleError: ({ error }: { error: string }) => `Lý do: ${error}. Hệ thống sẽ thử lại mỗi phút đến khi lỗi được sửa.`,
    reportDueSubject: ({ month }: { month: string }) => `Báo cáo ${month} sắp đến hạn`,
    reportDue: ({ month, body, dueDate }: { month: string; body: string; dueDate: string }) =>
      `Báo cáo ${month} của ${body} đến hạn ngày ${dueDate} và chưa được gửi.`,
    reportOverdueSubject: ({ month }: { month: string }) => `Báo cáo ${month} đã quá hạn`,
    reportOverdue: ({ month, body, dueDate }: { month: string; body: string; dueDate: string }) =>
      `Báo cáo ${month} của ${body} đã quá hạn ngày ${dueDate} và chưa được gửi.`,
    system: 'hệ thống',
    open: 'Mở trong trang quản trị',
    footer: 'Bạn nhận thư này vì là thành viên của cơ quan. Chọn loại thông báo muốn nhận tại "Thông báo của tôi":',
    // The mail queue (queue.ts).
    notConfigured: 'chưa cấu hình máy chủ thư (COLUMN57_SMTP_HOST): thông báo qua thư đang tắt',
    sendFailed: ({
      to,
      subject,
      attempt,
      retryIn,
      error,
    }: {
      to: string;
      subject: string;
      attempt: number;
      retryIn: number;
      error: string;
    }) => `gửi thư "${subject}" đến ${to} thất bại (lần ${attempt}): ${error}; thử lại sau ${retryIn} giây`,
    sent: ({ to, subject }: { to: string; subject: string }) => `đã gửi thư "${subject}" đến ${to}`,
    queueFailed: ({ error }: { error: string }) => `hàng đợi thư gặp lỗi: ${error}`,
  },
  en: {
    reviewSubmittedSubject: ({ title }) => `Review requested: ${title}`,
    reviewSubmitted: ({ title, by }) => `${by} submitted "${title}" for review before it is published.`,
    reviewNote: ({ note }) => `Note from the editor: ${note}`,
    reviewReturnedSubject: ({ title }) => `Returned to you: ${title}`,
    reviewReturned: ({ title, by }) => `${by} returned "${title}" to you for changes.`,
    reviewComment: ({ comment }) => `Comment: ${comment}`,
    publishedSubject: ({ title }) => `Published: ${title}`,
    published: ({ title, by }) => `"${title}" is now published (${by}).`,
    withoutReview: ({ reason }) => `Published without review, reason: ${reason}`,
    scheduleFiredSubject: ({ title }) => `Done on schedule: ${title}`,
    scheduledPublish: ({ title }) => `"${title}" was published on schedule.`,
    scheduledUnpublish: ({ title }) => `"${title}" was unpublished on schedule.`,
    scheduleFailedSubject: ({ title }) => `Schedule failed: ${title}`,
    scheduleFailedPublish: ({ title }) => `"${title}" could not be published on schedule.`,
    scheduleFailedUnpublish: ({ title }) => `"${title}" could not be unpublished on schedule.`,
    scheduleError: ({ error }) => `Reason: ${error}. It is tried again every minute until the problem is fixed.`,
    reportDueSubject: ({ month }) => `The ${month} report is due soon`,
    reportDue: ({ month, body, dueDate }) => `The ${month} report of ${body} is due on ${dueDate} and has not been submitted.`,
    reportOverdueSubject: ({ month }) => `The ${month} report is overdue`,
    reportOverdue: ({ month, body, dueDate }) => `The ${month} report of ${body} was due on ${dueDate} and has not been submitted.`,
    system: 'the system',
    open: 'Open in the admin panel',
    footer: 'You receive this as a member of the body. Choose which notifications you get under "Thông báo của tôi" (my notifications):',
    notConfigured: 'no mail server configured (COLUMN57_SMTP_HOST): mail notifications are off',
    sendFailed: ({ to, subject, attempt, retryIn, error }) =>
      `sending "${subject}" to ${to} failed (attempt ${attempt}): ${error}; retrying in ${retryIn} s`,
    sent: ({ to, subject }) => `sent "${subject}" to ${to}`,
    queueFailed: ({ error }) => `mail queue: ${error}`,
  },
});
