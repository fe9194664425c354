import { defineCatalogue } from '@column57/i18n';

export const HISTORY_TEXT = defineCatalogue('cms/history', {
  vi: {
    notFound: 'Không có tài liệu này, hoặc tài khoản của bạn không thuộc cơ quan sở hữu nó',
    typeWithoutHistory: ({ uid }: { uid: string }) => `uid: "${uid}" không lưu lịch sử phiên bản; chỉ bài viết, văn bản và chiến dịch có`,
    versionMissing: ({ field, value }: { field: string; value: string }) =>
      `${field}: phiên bản "${value}" không có; hãy chọn một số trong danh sách lịch sử`,
  },
  en: {
    notFound: 'No such document, or your account does not belong to the body that owns it',
    typeWithoutHistory: ({ uid }: { uid: string }) => `uid: "${uid}" keeps no version history; only articles, documents and campaigns do`,
    versionMissing: ({ field, value }: { field: string; value: string }) =>
      `${field}: there is no version "${value}"; choose a number from the history list`,
  },
});
