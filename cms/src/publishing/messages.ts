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
