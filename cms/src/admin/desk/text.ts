import { defineCatalogue, defineVocabulary } from '@column57/i18n';

/**
 * What the editor's desk says in the admin panel: the home widgets, the edit view's live link, the report's
 * figures panel, and the words the reporting and build status pages gained. Bundled into the browser.
 */
export const DESK_ADMIN_TEXT = defineCatalogue('cms/admin-desk', {
  vi: {
    myDrafts: 'Bản nháp của tôi',
    myDraftsEmpty: 'Không có bản nháp nào đang chờ bạn.',
    scheduled: 'Đã lên lịch',
    scheduledEmpty: 'Chưa có bài nào được hẹn giờ đăng.',
    goesLive: ({ when }: { when: string }) => `Đăng lúc ${when}`,
    savedAt: ({ when }: { when: string }) => `Lưu lúc ${when}`,
    myColumn: 'Chuyên mục của tôi',
    openColumn: 'Mở chuyên mục',
    noColumn: 'Tài khoản này không thuộc chuyên mục của cơ quan nào.',
    noAddress: 'Chuyên mục chưa có địa chỉ công khai.',
    lastBuild: 'Lần dựng gần nhất',
    noBuildKnown: 'Chưa có thông tin dựng (dịch vụ dựng chưa kết nối hoặc chưa dựng).',
    buildPages: ({ pages }: { pages: number }) => `${pages} trang`,
    monthReport: 'Báo cáo tháng này',
    reportOf: ({ month }: { month: string }) => `Báo cáo tháng ${month}`,
    dueOn: ({ day }: { day: string }) => `Hạn nộp: ${day}`,
    opensOn: ({ when }: { when: string }) => `Nộp được từ ${when}, khi hết kỳ báo cáo.`,
    reportMissing: 'Chưa có bản nháp báo cáo tháng này.',
    reportOverdue: 'Quá hạn',
    openReport: 'Mở báo cáo',
    loadFailed: 'Không tải được',
    untitled: '(chưa có tiêu đề)',
    viewLive: 'Xem trên chuyên mục',
    notLiveYet: 'Chưa xuất bản: đường dẫn đến trang sẽ hiện ở đây sau khi xuất bản.',
    nationalNoColumn: 'Nội dung toàn quốc hiện trong chuyên mục của mọi cơ quan.',
    liveTitle: 'Trên chuyên mục',
    figuresTitle: 'Số liệu từ chuyên mục',
    figuresFresh: ({ from, to, when }: { from: string; to: string; when: string }) =>
      `Tính từ nội dung đã xuất bản trong kỳ ${from} – ${to}, lúc ${when}.`,
    figuresFrozen: ({ when }: { when: string }) => `Số liệu đã cố định khi nộp (${when}).`,
    figuresNone: 'Chưa có số liệu.',
    submitOpensAt: ({ when }: { when: string }) => `Nộp được từ ${when}, sau khi kỳ báo cáo kết thúc.`,
  },
  en: {
    myDrafts: 'My drafts',
    myDraftsEmpty: 'No drafts waiting for you.',
    scheduled: 'Scheduled',
    scheduledEmpty: 'Nothing is scheduled to go live.',
    goesLive: ({ when }) => `Goes live at ${when}`,
    savedAt: ({ when }) => `Saved at ${when}`,
    myColumn: 'My column',
    openColumn: 'Open the column',
    noColumn: "This account does not belong to a body's column.",
    noAddress: 'The column has no public address yet.',
    lastBuild: 'Last build',
    noBuildKnown: 'No build known (no build service connected, or nothing built yet).',
    buildPages: ({ pages }) => `${pages} pages`,
    monthReport: "This month's report",
    reportOf: ({ month }) => `Report for ${month}`,
    dueOn: ({ day }) => `Due: ${day}`,
    opensOn: ({ when }) => `Can be submitted from ${when}, when the period ends.`,
    reportMissing: "There is no draft of this month's report yet.",
    reportOverdue: 'Overdue',
    openReport: 'Open the report',
    loadFailed: 'Could not load',
    untitled: '(untitled)',
    viewLive: 'View in the column',
    notLiveYet: 'Not published: the link to the page appears here once it is published.',
    nationalNoColumn: "National content appears in every body's column.",
    liveTitle: 'In the column',
    figuresTitle: 'Figures from the column',
    figuresFresh: ({ from, to, when }) => `Computed from content published in the period ${from} – ${to}, at ${when}.`,
    figuresFrozen: ({ when }) => `Figures frozen on submission (${when}).`,
    figuresNone: 'No figures yet.',
    submitOpensAt: ({ when }) => `Can be submitted from ${when}, once the period has ended.`,
  },
});

/** What the build service is doing (ServiceStatus['state'] in packages/publisher). */
export const BUILD_STATE = defineVocabulary('cms/admin-build-state', ['idle', 'building', 'waiting'], {
  idle: { vi: 'Sẵn sàng', en: 'ready' },
  building: { vi: 'Đang dựng', en: 'building' },
  waiting: { vi: 'Đang chờ', en: 'waiting' },
});

/** A time as Vietnamese readers write it, in Vietnam's zone. */
export const vnTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : '—';

/** "20/12/2026" from "2026-12-20". */
export const vnDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Where an entry is edited in the content manager. */
export const editHref = (uid: string, documentId: string, locale: string | null) =>
  `/admin/content-manager/collection-types/${uid}/${documentId}${locale ? `?plugins[i18n][locale]=${locale}` : ''}`;
