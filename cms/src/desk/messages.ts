import { defineCatalogue } from '@column57/i18n';

/** What the desk's routes answer: the server does not know the editor's interface language, so `both`. */
export const DESK_TEXT = defineCatalogue('cms/desk', {
  vi: {
    notLinkable: ({ uid }: { uid: string }) =>
      `loại nội dung "${uid}" không có trang riêng trong chuyên mục; dùng bài viết, văn bản, chiến dịch hoặc bản tin`,
    localeUnknown: ({ locale }: { locale: string }) => `ngôn ngữ "${locale}" không có; dùng vi hoặc en`,
    noBodyNoRole: 'tài khoản này không thuộc cơ quan nào và không có vai trò toàn quốc',
  },
  en: {
    notLinkable: ({ uid }) => `content type "${uid}" has no page of its own in the column; use an article, document, campaign or bulletin`,
    localeUnknown: ({ locale }) => `there is no locale "${locale}"; use vi or en`,
    noBodyNoRole: 'this account belongs to no body and no national role',
  },
});
