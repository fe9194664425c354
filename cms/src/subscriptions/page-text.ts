import { defineCatalogue } from '@column57/i18n';

/** The admin page of a body's subscriber list ("Người đăng ký nhận tin"), bundled into the admin panel. */
export const SUBSCRIBERS_PAGE_TEXT = defineCatalogue('cms/subscribers-page', {
  vi: {
    menu: 'Người đăng ký nhận tin',
    title: 'Người đăng ký nhận tin qua thư',
    intro:
      'Những người đọc đã đăng ký nhận tin của chuyên mục qua thư. Danh sách chỉ người duyệt đăng của cơ quan xem được; ' +
      'hãy chỉ dùng nó để gửi tin của chuyên mục.',
    counts: ({ total, confirmed }: { total: number; confirmed: number }) => `${total} địa chỉ, ${confirmed} đã xác nhận.`,
    email: 'Địa chỉ thư',
    what: 'Nhận tin gì',
    how: 'Tần suất',
    language: 'Ngôn ngữ',
    since: 'Xác nhận từ',
    notConfirmed: 'chưa xác nhận',
    none: 'Chưa có ai đăng ký.',
    download: 'Tải danh sách (CSV)',
    loadFailed: 'Không tải được danh sách',
  },
  en: {
    menu: 'Subscribers',
    title: 'Subscribers by mail',
    intro:
      "The readers who asked for the column's news by mail. Only the body's publishers see this list; " +
      "use it only to send the column's news.",
    counts: ({ total, confirmed }: { total: number; confirmed: number }) => `${total} addresses, ${confirmed} confirmed.`,
    email: 'Mail address',
    what: 'What',
    how: 'How often',
    language: 'Language',
    since: 'Confirmed on',
    notConfirmed: 'not confirmed',
    none: 'Nobody has subscribed yet.',
    download: 'Download the list (CSV)',
    loadFailed: 'Could not load the list',
  },
});
