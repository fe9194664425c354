import { defineCatalogue } from '../../packages/i18n/src/index.ts';

/** What the local mail catcher (mail-catcher.ts) shows on its read-only page and writes to its log. */
export const MAIL_CATCHER_TEXT = defineCatalogue('mail-catcher', {
  vi: {
    title: 'Thư đã gửi (máy bắt thư cục bộ)',
    noMailbox: ({ address }: { address: string }) => `5.1.1 <${address}>: không có hộp thư này`,
    intro: 'Mọi thư CMS gửi khi chạy cục bộ dừng lại ở đây, không đi ra ngoài. Mới nhất ở trên.',
    none: 'Chưa có thư nào.',
    subject: 'Tiêu đề',
    to: 'Gửi đến',
    date: 'Ngày',
    caught: ({ subject, to }: { subject: string; to: string }) => `đã bắt thư "${subject}" gửi ${to}`,
    unreadable: ({ file, error }: { file: string; error: string }) => `không đọc được thư ${file}: ${error}`,
    waitedInVain: ({ found, count, seconds, seen }: { found: number; count: number; seconds: number; seen: string }) =>
      `máy bắt thư: sau ${seconds} giây mới có ${found}/${count} thư như chờ; đã bắt: ${seen}`,
  },
  en: {
    title: 'Mail sent (local catcher)',
    noMailbox: ({ address }: { address: string }) => `5.1.1 <${address}>: no such mailbox`,
    intro: 'Every mail the CMS sends when run locally stops here and goes nowhere else. Newest first.',
    none: 'No mail yet.',
    subject: 'Subject',
    to: 'To',
    date: 'Date',
    caught: ({ subject, to }) => `caught "${subject}" to ${to}`,
    unreadable: ({ file, error }) => `cannot read the mail ${file}: ${error}`,
    waitedInVain: ({ found, count, seconds, seen }) => `mail catcher: ${found}/${count} expected mails after ${seconds} s; caught: ${seen}`,
  },
});
