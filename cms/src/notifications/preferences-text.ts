import { defineCatalogue } from '@column57/i18n';

/** Errors of the notification preferences route, and the page's own text ("Thông báo của tôi"). Bundled into the admin page. */
export const PREFERENCES_TEXT = defineCatalogue('cms/notification-preferences', {
  vi: {
    notAnObject: 'Gửi "preferences" là một đối tượng, mỗi loại thông báo một giá trị true hoặc false.',
    unknownKind: ({ kind, kinds }: { kind: string; kinds: string }) => `Không có loại thông báo "${kind}". Các loại có: ${kinds}.`,
    notBoolean: ({ label }: { label: string }) => `"${label}" nhận true (nhận thư) hoặc false (không nhận).`,
    noAccount: 'Chỉ tài khoản quản trị đã đăng nhập mới có thiết lập thông báo.',
    menu: 'Thông báo của tôi',
    title: 'Thông báo của tôi',
    intro: 'Chọn những thư thông báo bạn muốn nhận. Mặc định nhận tất cả.',
    save: 'Lưu',
    saved: 'Đã lưu',
    loadFailed: 'Không tải được thiết lập',
    saveFailed: 'Không lưu được',
  },
  en: {
    notAnObject: 'Send "preferences" as an object with true or false for each kind of notification.',
    unknownKind: ({ kind, kinds }) => `There is no notification kind "${kind}". The kinds are: ${kinds}.`,
    notBoolean: ({ label }) => `"${label}" takes true (receive) or false (do not receive).`,
    noAccount: 'Only a signed-in admin account has notification preferences.',
    menu: 'My notifications',
    title: 'My notifications',
    intro: 'Choose which notification mails you receive. All are on until you turn them off.',
    save: 'Save',
    saved: 'Saved',
    loadFailed: 'Could not load the preferences',
    saveFailed: 'Could not save',
  },
});
