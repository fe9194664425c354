import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';

// The content manager does not show subscriptions (their list is read at /column57/subscribers); the
// labels are there for the administrator, who may still open the type, and for the exports' column names.
const SUBSCRIPTION_TEXT = defineCatalogue('cms/admin-labels/subscription', {
  vi: {
    email: 'Địa chỉ thư',
    scope: 'Nhận tin gì',
    scopeValue: 'Chủ đề hoặc đối tượng',
    frequency: 'Tần suất',
    language: 'Ngôn ngữ',
    confirmed: 'Đã xác nhận',
    token: 'Mã liên kết',
    tokenHelp: 'Mã ngẫu nhiên trong liên kết xác nhận và hủy đăng ký của người đọc.',
    confirmedAt: 'Xác nhận lúc',
    lastSentAt: 'Gửi lần cuối',
    body: 'Cơ quan',
  },
  en: {
    email: 'Mail address',
    scope: 'What',
    scopeValue: 'Topic or audience',
    frequency: 'How often',
    language: 'Language',
    confirmed: 'Confirmed',
    token: 'Link token',
    tokenHelp: "The random code in the reader's confirm and unsubscribe links.",
    confirmedAt: 'Confirmed at',
    lastSentAt: 'Last sent',
    body: 'Body',
  },
});

export const SUBSCRIPTION: TypeLabels = { uid: 'api::subscription.subscription', fields: fieldsOf(SUBSCRIPTION_TEXT) };
