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
    kitLabel: ({ size }: { size: string | null }) =>
      `Tải bộ tài liệu chiến dịch: băng rôn web, ảnh vuông cho mạng xã hội, áp phích A4 và A3 để in (ZIP${size ? `, ${size}` : ''})`,
    kitNoteTitle: ({ title, body }: { title: string; body: string }) => `Bộ tài liệu chiến dịch «${title}» của ${body}`,
    kitNoteAddress: ({ url }: { url: string }) => `Trang chiến dịch: ${url}`,
    kitNoteFiles:
      'Gồm: băng rôn web 728×90, 300×250 và 1200×300 (đầu trang cổng thông tin), ảnh vuông 1080×1080 cho mạng xã hội, ' +
      'áp phích PDF khổ A4 và A3 để in (có mã QR tới trang chiến dịch).',
    kitNoteArtwork: ({ credit, licence }: { credit: string; licence: string }) => `Ảnh minh họa: ${credit}. Giấy phép của ảnh: ${licence}.`,
    kitNoteNoArtwork: 'Bộ tài liệu không dùng ảnh: chỉ có chữ, màu và biểu trưng của cơ quan.',
    kitNoteNotGiven: 'chưa ghi',
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
    kitLabel: ({ size }) =>
      `Download the campaign kit: web banners, a square for social networks, A4 and A3 posters to print (ZIP${size ? `, ${size}` : ''})`,
    kitNoteTitle: ({ title, body }) => `Campaign kit: “${title}”, ${body}`,
    kitNoteAddress: ({ url }) => `Campaign page: ${url}`,
    kitNoteFiles:
      'Contents: web banners 728×90, 300×250 and 1200×300 (a portal header), a 1080×1080 square for social networks, ' +
      'A4 and A3 posters as PDF to print (with a QR code to the campaign page).',
    kitNoteArtwork: ({ credit, licence }) => `Artwork: ${credit}. Licence of the artwork: ${licence}.`,
    kitNoteNoArtwork: 'The kit uses no picture: only the body’s text, colours and name.',
    kitNoteNotGiven: 'not given',
  },
});

type Keys = (typeof BOARD_TEXT)['messages']['vi'];
type FixedKey = { [K in keyof Keys]: Keys[K] extends string ? K : never }[keyof Keys];
export const bt = (locale: Locale, key: FixedKey): string => BOARD_TEXT.t(locale, key);
