import { defineCatalogue, type Locale } from '@column57/i18n';

/** The bulletin board's words, its pictures' page and the posters' links, Vietnamese first. */
export const BOARD_TEXT = defineCatalogue('sites/board', {
  vi: {
    board: 'Bảng tin điện tử',
    boardTitle: ({ name }: { name: string }) => `Bảng tin điện tử: ${name}`,
    boardDescription:
      'Trang trình chiếu tự động cho bảng tin điện tử công cộng: tin mới, chiến dịch, bản tin và mục tiêu của Chương trình.',
    slides: 'Các trang trình chiếu',
    slideOf: ({ n, total }: { n: number; total: number }) => `Trang ${n}/${total}`,
    pause: 'Tạm dừng',
    resume: 'Tiếp tục',
    keys: 'Phím cách: tạm dừng hoặc tiếp tục; mũi tên trái, phải: trang trước, trang sau.',
    news: 'Tin mới',
    campaign: 'Chiến dịch truyền thông',
    bulletin: 'Bản tin',
    targets: 'Mục tiêu của Chương trình',
    targetsIntro: 'Theo Quyết định 1169/QĐ-TTg thực hiện Nghị quyết 57-NQ/TW',
    goalBy: ({ goal, by }: { goal: number; by: number }) => `${goal}% vào năm ${by}`,
    offline: 'Mất kết nối mạng: đang hiển thị bản tin đã lưu.',
    images: 'Ảnh trình chiếu cho bảng tin',
    imagesIntro: 'Các trang của bảng tin điện tử dưới dạng ảnh PNG, cho màn hình chỉ nhận ảnh: khổ ngang 1920×1080 và khổ dọc 1080×1920.',
    openBoard: 'Mở bảng tin điện tử',
    landscape: 'Khổ ngang',
    portrait: 'Khổ dọc',
    allPictures: 'Tải tất cả ảnh một lần',
    archiveLabel: ({ which, count, size }: { which: string; count: number; size: string | null }) =>
      `${which}: ${count} ảnh (ZIP${size ? `, ${size}` : ''})`,
    noImages: 'Lần dựng này không vẽ ảnh trình chiếu: chuyên mục được dựng với tùy chọn --no-board-files.',
    poster: 'In áp phích',
    posterLabel: ({ size }: { size: string | null }) => `In áp phích (PNG khổ A4, 300 dpi${size ? `, ${size}` : ''})`,
    scanToRead: 'Quét mã để đọc toàn văn',
  },
  en: {
    board: 'Electronic bulletin board',
    boardTitle: ({ name }: { name: string }) => `Electronic bulletin board: ${name}`,
    boardDescription:
      'A self-running slide show for public electronic bulletin boards: news, campaigns, bulletins and the programme targets.',
    slides: 'Slides',
    slideOf: ({ n, total }: { n: number; total: number }) => `Slide ${n} of ${total}`,
    pause: 'Pause',
    resume: 'Resume',
    keys: 'Space: pause or resume; left and right arrows: previous and next slide.',
    news: 'News',
    campaign: 'Communication campaign',
    bulletin: 'Bulletin',
    targets: 'Programme targets',
    targetsIntro: 'Under Decision 1169/QĐ-TTg implementing Resolution 57-NQ/TW',
    goalBy: ({ goal, by }: { goal: number; by: number }) => `${goal}% by ${by}`,
    offline: 'Network lost: showing the saved bulletin.',
    images: 'Slide images for bulletin boards',
    imagesIntro:
      "The bulletin board's slides as PNG pictures, for screens that only take pictures: landscape 1920×1080 and portrait 1080×1920.",
    openBoard: 'Open the electronic bulletin board',
    landscape: 'Landscape',
    portrait: 'Portrait',
    allPictures: 'Download every picture at once',
    archiveLabel: ({ which, count, size }) => `${which}: ${count} pictures (ZIP${size ? `, ${size}` : ''})`,
    noImages: 'This build drew no slide pictures: the column was built with the --no-board-files option.',
    poster: 'Print poster',
    posterLabel: ({ size }: { size: string | null }) => `Print poster (A4 PNG, 300 dpi${size ? `, ${size}` : ''})`,
    scanToRead: 'Scan to read in full',
  },
});

type Keys = (typeof BOARD_TEXT)['messages']['vi'];
type FixedKey = { [K in keyof Keys]: Keys[K] extends string ? K : never }[keyof Keys];
export const bt = (locale: Locale, key: FixedKey): string => BOARD_TEXT.t(locale, key);
