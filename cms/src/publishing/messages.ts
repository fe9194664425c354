import { defineCatalogue } from '@column57/i18n';

/**
 * What the admin's build-status route answers an editor (the admin page shows the reason as given): the
 * server does not know the editor's interface language, so each is said with `both`.
 */
export const BUILD_STATUS_TEXT = defineCatalogue('cms/build-status', {
  vi: {
    noBodyNoRole: 'tài khoản này không thuộc cơ quan nào và không có vai trò toàn quốc',
    notConnected: 'chưa đặt COLUMN57_BUILD_HOOK_URL: CMS này chưa nối với dịch vụ dựng nào',
    notAnswering: ({ url, error }: { url: string; error: string }) => `dịch vụ dựng tại ${url} không trả lời (${error})`,
  },
  en: {
    noBodyNoRole: 'this account belongs to no body and no national role',
    notConnected: 'COLUMN57_BUILD_HOOK_URL is not set: no build service is connected to this CMS',
    notAnswering: ({ url, error }) => `the build service at ${url} does not answer (${error})`,
  },
});

/** What the outbox's routes answer a build worker (publishing/outbox-routes.ts): logged there, in both languages. */
export const OUTBOX_TEXT = defineCatalogue('cms/outbox', {
  vi: {
    off: 'hàng đợi thay đổi đang tắt: đặt COLUMN57_BUILD_HOOK_SECRET cho CMS và dịch vụ dựng',
    refused: 'sai khóa bí mật: gửi "Authorization: Bearer <COLUMN57_BUILD_HOOK_SECRET>"',
    workerMissing: 'trường "worker" bắt buộc: tên của tiến trình dựng (1–200 ký tự), giữ nguyên khi khởi động lại',
    idsMissing: 'trường "ids" phải là danh sách số thứ tự thay đổi đã nhận',
    leaseInvalid: 'trường "leaseMs" phải là số mili giây từ 1.000 đến 3.600.000',
  },
  en: {
    off: 'the change queue is off: set COLUMN57_BUILD_HOOK_SECRET for the CMS and the build service',
    refused: 'wrong secret: send "Authorization: Bearer <COLUMN57_BUILD_HOOK_SECRET>"',
    workerMissing: 'the "worker" field is required: the build worker\'s name (1–200 characters), the same after a restart',
    idsMissing: 'the "ids" field must be a list of the claimed changes\' numbers',
    leaseInvalid: 'the "leaseMs" field must be a number of milliseconds from 1,000 to 3,600,000',
  },
});
