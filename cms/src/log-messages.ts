import { defineCatalogue } from '@column57/i18n';

/**
 * What the CMS server writes to its log for whoever runs it (an operator, or a developer at `npm start`):
 * the demo seed's progress, scheduled publishing, the monthly reporting cycle, the change notices to the
 * build service. A log has no reader whose language is known, so each line is said with `both`.
 */
export const CMS_LOG_TEXT = defineCatalogue('cms/log', {
  vi: {
    // The demo seed (seed/index.ts, seed/reporting.ts).
    seedBodies: ({ count }: { count: number }) => `nội dung demo: ${count} cơ quan`,
    seedCommunes: ({ count }: { count: number }) => `nội dung demo: ${count} xã, phường, đặc khu`,
    seedNationalDocuments: ({ count }: { count: number }) => `nội dung demo: ${count} văn bản toàn quốc`,
    seedProgress: ({ done, total, body, seconds }: { done: number; total: number; body: string; seconds: number }) =>
      `nội dung demo: ${done}/${total} cơ quan (${body}), ${seconds} giây`,
    seeded: ({ seconds }: { seconds: number }) => `đã nạp nội dung demo trong ${seconds} giây`,
    seededReports: ({ count, bodies, from, to }: { count: number; bodies: number; from: string; to: string }) =>
      `lịch sử báo cáo demo: ${count} báo cáo tháng của ${bodies} cơ quan, từ ${from} đến ${to}`,
    // The generator's read-only token (access/generator-token.ts).
    wroteToken: ({ name, file }: { name: string; file: string }) => `đã ghi API token "${name}" vào ${file}`,
    // Scheduled publishing (publishing/schedule.ts).
    scheduledPublish: ({ what }: { what: string }) => `đã xuất bản theo lịch: ${what}`,
    scheduledUnpublish: ({ what }: { what: string }) => `đã gỡ xuất bản theo lịch: ${what}`,
    scheduledChangeFailed: ({ what, error }: { what: string; error: string }) =>
      `thay đổi theo lịch của ${what} không thực hiện được: ${error}`,
    scheduleFailed: ({ error }: { error: string }) => `lịch xuất bản gặp lỗi: ${error}`,
    // The monthly reporting cycle (reporting/reports.ts).
    reportDraftsPrepared: ({ count }: { count: number }) => `đã chuẩn bị ${count} bản nháp báo cáo tháng`,
    reportOverdue: ({ what }: { what: string }) => `báo cáo tháng quá hạn: ${what}`,
    reportingCycleFailed: ({ error }: { error: string }) => `chu kỳ báo cáo gặp lỗi: ${error}`,
    reportRemindersSent: ({ count }: { count: number }) => `đã nhắc ${count} báo cáo tháng sắp đến hạn hoặc quá hạn`,
    reportRemindersFailed: ({ error }: { error: string }) => `nhắc hạn báo cáo gặp lỗi: ${error}`,
    // Change notices to the build service (publishing/change-notifier.ts).
    noticeRefused: ({ status, change }: { status: number; change: string }) =>
      `dịch vụ dựng trả lời ${status} cho thông báo thay đổi (${change})`,
    outboxWriteFailed: ({ error }: { error: string }) => `không ghi được thay đổi vào hàng đợi dựng: ${error}`,
    mailQueueFailed: ({ error }: { error: string }) => `không đưa được thư vào hàng đợi sau khi lưu: ${error}`,
    databaseClient: ({ client }: { client: string }) => `DATABASE_CLIENT phải là "sqlite" hoặc "postgres", không phải "${client}"`,
    strayHelp: ({ key }: { key: string }) => `${key} là lời giải thích của một trường không có: trường đó chưa có nhãn`,
    labelTakesValues: ({ field }: { field: string }) => `nhãn của ${field} nhận giá trị; nhãn phải là chữ cố định`,
    seedRoleMissing: ({ role }: { role: string }) => `vai trò ${role} chưa có`,
    seedBodyMissing: ({ body }: { body: string }) => `cơ quan ${body} không có`,
    // The editors' desk events (desk/events.ts).
    deskListenerFailed: ({ event, error }: { event: string; error: string }) => `một nơi nhận sự kiện ${event} gặp lỗi: ${error}`,
    buildServiceUnreachable: ({ url, error }: { url: string; error: string }) =>
      `không kết nối được dịch vụ dựng tại ${url} (${error}); thay đổi sẽ được dựng khi dịch vụ khởi động lại`,
  },
  en: {
    seedBodies: ({ count }) => `demo content: ${count} bodies`,
    seedCommunes: ({ count }) => `demo content: ${count} communes, wards and special zones`,
    seedNationalDocuments: ({ count }) => `demo content: ${count} national documents`,
    seedProgress: ({ done, total, body, seconds }) => `demo content: ${done}/${total} bodies (${body}), ${seconds} s`,
    seeded: ({ seconds }) => `demo content seeded in ${seconds} s`,
    seededReports: ({ count, bodies, from, to }) =>
      `demo reporting history: ${count} monthly reports for ${bodies} bodies, ${from} to ${to}`,
    wroteToken: ({ name, file }) => `wrote the API token "${name}" to ${file}`,
    scheduledPublish: ({ what }) => `scheduled publish of ${what}`,
    scheduledUnpublish: ({ what }) => `scheduled unpublish of ${what}`,
    scheduledChangeFailed: ({ what, error }) => `scheduled change of ${what} failed: ${error}`,
    scheduleFailed: ({ error }) => `schedule: ${error}`,
    reportDraftsPrepared: ({ count }) => `prepared ${count} monthly report drafts`,
    reportOverdue: ({ what }) => `monthly report overdue: ${what}`,
    reportingCycleFailed: ({ error }) => `reporting cycle: ${error}`,
    reportRemindersSent: ({ count }) => `reminded of ${count} monthly reports due soon or overdue`,
    reportRemindersFailed: ({ error }) => `report reminders: ${error}`,
    noticeRefused: ({ status, change }) => `the build service answered ${status} to a change notice (${change})`,
    outboxWriteFailed: ({ error }) => `could not write a change to the build queue: ${error}`,
    mailQueueFailed: ({ error }) => `could not queue mail after the write committed: ${error}`,
    databaseClient: ({ client }) => `DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`,
    strayHelp: ({ key }) => `${key} is the help of no field: its field has no label`,
    labelTakesValues: ({ field }) => `the label of ${field} takes values; a label is fixed text`,
    seedRoleMissing: ({ role }) => `role ${role} does not exist yet`,
    seedBodyMissing: ({ body }) => `body ${body} does not exist`,
    deskListenerFailed: ({ event, error }) => `a listener of ${event} failed: ${error}`,
    buildServiceUnreachable: ({ url, error }) =>
      `the build service at ${url} is unreachable (${error}); the change will be built at its next start`,
  },
});
