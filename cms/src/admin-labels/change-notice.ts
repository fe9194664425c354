import { defineCatalogue } from '@column57/i18n';
import { fieldsOf, type TypeLabels } from './labels';

// The content manager does not show the outbox (publishing/outbox.ts): build workers read it through their
// own routes. The labels are for the administrator, who may still open the type.
const CHANGE_NOTICE_TEXT = defineCatalogue('cms/admin-labels/change-notice', {
  vi: {
    changeUid: 'Loại nội dung thay đổi',
    action: 'Thao tác',
    changedDocument: 'Mã tài liệu thay đổi',
    bodies: 'Chuyên mục cần dựng lại',
    worker: 'Tiến trình dựng đang nhận',
    leaseUntil: 'Giữ đến (mili giây)',
    doneAt: 'Dựng xong lúc',
  },
  en: {
    changeUid: 'Content type changed',
    action: 'Action',
    changedDocument: 'Changed document id',
    bodies: 'Columns to rebuild',
    worker: 'Build worker holding it',
    leaseUntil: 'Held until (ms)',
    doneAt: 'Built at',
  },
});

export const CHANGE_NOTICE: TypeLabels = { uid: 'api::change-notice.change-notice', fields: fieldsOf(CHANGE_NOTICE_TEXT) };
