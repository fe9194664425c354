import { defineCatalogue } from '@column57/i18n';

type Network = { network: string };

/**
 * The share kit (issue 18): the words it adds to a post, the short link's answers, and the errors of posting
 * to a body's Facebook page or Zalo Official Account. Errors for the admin panel are said with `both`.
 */
export const SHARE_KIT_TEXT = defineCatalogue('cms/share-kit', {
  vi: {
    readMore: 'Đọc tiếp',
    programmeTag: 'NghịQuyết57',
    linkUnknownTitle: 'Không tìm thấy bài',
    linkUnknown: 'Liên kết rút gọn này không dẫn tới bài nào đang đăng. Bài có thể đã bị gỡ; hãy xem chuyên mục của cơ quan.',
    notLive: 'bài chưa được đăng (hoặc không thuộc cơ quan của bạn): bộ chia sẻ có khi bài đã lên chuyên mục',
    noColumn: 'cơ quan chưa có địa chỉ công khai của chuyên mục (trường "publicBaseUrl" của cơ quan): chưa có liên kết để chia sẻ',
    localeUnknown: ({ locale }: { locale: string }) => `ngôn ngữ "${locale}" không có; hãy dùng "vi" hoặc "en"`,
    sizeUnknown: ({ size }: { size: string }) => `kích thước ảnh "${size}" không có; hãy dùng square, landscape hoặc story`,
    networkUnknown: ({ network }: Network) => `trường "network": "${network}" không có; hãy dùng facebook hoặc zalo`,
    notPublisher: 'chỉ người duyệt đăng của cơ quan đăng bài lên trang mạng xã hội của cơ quan',
    notConfigured: ({ network }: Network) =>
      `cơ quan chưa kết nối ${network}: quản trị hệ thống khai báo tài khoản trong tệp COLUMN57_SOCIAL_ACCOUNTS (xem README)`,
    alreadyPosted: ({ network, at }: Network & { at: string }) =>
      `bài đã được đăng lên ${network} lúc ${at}; gửi "again": true nếu thật sự muốn đăng lần nữa`,
    postFailed: ({ network, error }: Network & { error: string }) => `${network} không nhận bài: ${error}`,
    accountsInvalid: ({ file, problem }: { file: string; problem: string }) =>
      `tệp tài khoản mạng xã hội ${file} không đọc được: ${problem}`,
  },
  en: {
    readMore: 'Read more',
    programmeTag: 'Resolution57',
    linkUnknownTitle: 'Article not found',
    linkUnknown: "This short link leads to no published article. It may have been taken down; see the body's column.",
    notLive: "the article is not published (or not your body's): the share kit exists once it is live in the column",
    noColumn: 'the body has no public address for its column (the body\'s "publicBaseUrl" field): there is no link to share yet',
    localeUnknown: ({ locale }: { locale: string }) => `there is no language "${locale}"; use "vi" or "en"`,
    sizeUnknown: ({ size }: { size: string }) => `there is no picture size "${size}"; use square, landscape or story`,
    networkUnknown: ({ network }: Network) => `field "network": there is no "${network}"; use facebook or zalo`,
    notPublisher: "only the body's publishers post to the body's social network pages",
    notConfigured: ({ network }: Network) =>
      `the body has no ${network} account: the system administrator declares it in the COLUMN57_SOCIAL_ACCOUNTS file (see the README)`,
    alreadyPosted: ({ network, at }: Network & { at: string }) =>
      `the article was posted to ${network} at ${at}; send "again": true to post it once more`,
    postFailed: ({ network, error }: Network & { error: string }) => `${network} refused the post: ${error}`,
    accountsInvalid: ({ file, problem }: { file: string; problem: string }) =>
      `the social network accounts file ${file} cannot be read: ${problem}`,
  },
});
