import type {
  ASSET_KINDS as ASSET_CODES,
  CHANNELS as CHANNEL_CODES,
  DOCUMENT_STATUSES as STATUS_CODES,
  DOCUMENT_TYPES as TYPE_CODES,
  HONOUR_KINDS as HONOUR_CODES,
  Locale,
  TASK_STATUSES as TASK_CODES,
} from '@column57/snapshot';

/** A label for each value of one of the snapshot's enums: a value added there and missing here fails to compile. */
type Labels<Codes extends readonly string[]> = Record<Codes[number], { vi: string; en: string }>;

/** Every piece of interface text, Vietnamese first. */
const STRINGS = {
  vi: {
    columnName: 'Chuyên mục Nghị quyết 57',
    columnTagline: 'Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    skip: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    latest: 'Tin mới nhất',
    featured: 'Tiêu điểm',
    allArticles: 'Tất cả bài viết',
    articles: 'Bài viết',
    topics: 'Chủ đề',
    audiences: 'Dành cho',
    documents: 'Văn bản',
    keyDocuments: 'Văn bản chỉ đạo',
    allDocuments: 'Thư viện văn bản',
    campaigns: 'Chiến dịch truyền thông',
    currentCampaigns: 'Chiến dịch đang diễn ra',
    honours: 'Khen thưởng, tôn vinh',
    tasks: 'Nhiệm vụ khoa học và công nghệ',
    search: 'Tìm kiếm',
    menu: 'Danh mục chuyên mục',
    language: 'Ngôn ngữ',
    otherLanguage: 'English',
    published: 'Đăng',
    byline: 'Tác giả',
    source: 'Nguồn',
    relatedDocuments: 'Văn bản liên quan',
    relatedArticles: 'Bài viết liên quan',
    relatedTasks: 'Nhiệm vụ khoa học và công nghệ liên quan',
    share: 'Chia sẻ',
    copyLink: 'Sao chép liên kết',
    copied: 'Đã sao chép liên kết',
    print: 'In bài viết',
    page: 'Trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    pagination: 'Phân trang',
    feed: 'Theo dõi qua RSS',
    documentType: 'Loại văn bản',
    number: 'Số, ký hiệu',
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    issueDate: 'Ngày ban hành',
    effectiveDate: 'Ngày có hiệu lực',
    status: 'Tình trạng',
    summary: 'Trích yếu',
    download: 'Tải về',
    fullText: 'Nội dung',
    filterBy: 'Lọc theo',
    byType: 'Loại văn bản',
    byYear: 'Năm ban hành',
    byIssuer: 'Cơ quan ban hành',
    all: 'Tất cả',
    notKnown: 'Chưa cập nhật',
    period: 'Thời gian',
    assets: 'Tài liệu truyền thông',
    credit: 'Nguồn',
    licence: 'Giấy phép',
    watch: 'Xem video',
    host: 'Tổ chức chủ trì',
    code: 'Mã số',
    stateFunded: 'Ngân sách nhà nước',
    articlesAbout: 'Bài viết về nhiệm vụ',
    noArticlesYet: 'Chưa có bài viết',
    decision: 'Quyết định',
    hubTitle: 'Các chuyên mục Nghị quyết 57 trên cả nước',
    hubIntro:
      'Chuyên mục của các bộ, ngành, địa phương về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
    central: 'Bộ, ngành trung ương',
    provincial: 'Tỉnh, thành phố',
    nationalDocuments: 'Văn bản chung',
    nationalCampaigns: 'Chiến dịch toàn quốc',
    openColumn: 'Vào chuyên mục',
    contact: 'Liên hệ',
    searchLabel: 'Tìm trong chuyên mục',
    searchNeedsJs: 'Tìm kiếm cần bật JavaScript. Bạn vẫn có thể xem mọi bài viết theo chủ đề và theo thời gian.',
    searchNotReady:
      'Chỉ mục tìm kiếm của chuyên mục đang được chuẩn bị, xin thử lại sau ít phút. Trong lúc chờ, bạn có thể xem mọi bài viết.',
    none: 'Chưa có nội dung.',
    embedGuide: 'Nhúng chuyên mục vào cổng thông tin',
  },
  en: {
    columnName: 'Resolution 57 column',
    columnTagline: 'Breakthroughs in science, technology, innovation and national digital transformation',
    skip: 'Skip to main content',
    home: 'Home',
    latest: 'Latest',
    featured: 'Featured',
    allArticles: 'All articles',
    articles: 'Articles',
    topics: 'Topics',
    audiences: 'For',
    documents: 'Documents',
    keyDocuments: 'Key documents',
    allDocuments: 'Document library',
    campaigns: 'Campaigns',
    currentCampaigns: 'Current campaigns',
    honours: 'Honours',
    tasks: 'Science and technology tasks',
    search: 'Search',
    menu: 'Column sections',
    language: 'Language',
    otherLanguage: 'Tiếng Việt',
    published: 'Published',
    byline: 'By',
    source: 'Source',
    relatedDocuments: 'Related documents',
    relatedArticles: 'Related articles',
    relatedTasks: 'Related science and technology tasks',
    share: 'Share',
    copyLink: 'Copy link',
    copied: 'Link copied',
    print: 'Print',
    page: 'Page',
    previous: 'Previous page',
    next: 'Next page',
    pagination: 'Pagination',
    feed: 'Follow by RSS',
    documentType: 'Type',
    number: 'Number/symbol',
    issuer: 'Issued by',
    signer: 'Signed by',
    issueDate: 'Issued on',
    effectiveDate: 'In force from',
    status: 'Status',
    summary: 'Summary',
    download: 'Download',
    fullText: 'Text',
    filterBy: 'Filter by',
    byType: 'Type',
    byYear: 'Year',
    byIssuer: 'Issuer',
    all: 'All',
    notKnown: 'Not yet known',
    period: 'Period',
    assets: 'Campaign materials',
    credit: 'Credit',
    licence: 'Licence',
    watch: 'Watch the video',
    host: 'Host organisation',
    code: 'Code',
    stateFunded: 'State-funded',
    articlesAbout: 'Articles about this task',
    noArticlesYet: 'No articles yet',
    decision: 'Decision',
    hubTitle: 'Resolution 57 columns across Vietnam',
    hubIntro:
      'Columns of ministries, agencies and provinces on breakthroughs in science, technology, ' +
      'innovation and national digital transformation.',
    central: 'Ministries and central agencies',
    provincial: 'Provinces and cities',
    nationalDocuments: 'National documents',
    nationalCampaigns: 'National campaigns',
    openColumn: 'Open the column',
    contact: 'Contact',
    searchLabel: 'Search this column',
    searchNeedsJs: 'Search needs JavaScript. You can still browse every article by topic and by date.',
    searchNotReady:
      "This column's search index is being prepared; please try again in a few minutes. Meanwhile you can browse every article.",
    none: 'Nothing here yet.',
    embedGuide: 'Embed this column in a portal',
  },
} as const;

export type StringKey = keyof (typeof STRINGS)['vi'];
export const t = (locale: Locale, key: StringKey): string => STRINGS[locale][key];

export const DOCUMENT_TYPES: Labels<typeof TYPE_CODES> = {
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  law: { vi: 'Luật', en: 'Law' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  other: { vi: 'Văn bản khác', en: 'Other' },
};

export const DOCUMENT_STATUSES: Labels<typeof STATUS_CODES> = {
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  amended: { vi: 'Đã được sửa đổi, bổ sung', en: 'Amended' },
  expired: { vi: 'Hết hiệu lực', en: 'No longer in force' },
};

export const TASK_STATUSES: Labels<typeof TASK_CODES> = {
  planned: { vi: 'Chưa triển khai', en: 'Planned' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Đã dừng', en: 'Cancelled' },
};

export const HONOUR_KINDS: Labels<typeof HONOUR_CODES> = {
  organisation: { vi: 'Tập thể', en: 'Organisation' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
};

export const ASSET_KINDS: Labels<typeof ASSET_CODES> = {
  image: { vi: 'Ảnh', en: 'Image' },
  infographic: { vi: 'Infographic', en: 'Infographic' },
  poster: { vi: 'Áp phích', en: 'Poster' },
  banner: { vi: 'Băng rôn', en: 'Banner' },
  'video-link': { vi: 'Video', en: 'Video' },
  document: { vi: 'Tài liệu', en: 'Document' },
};

export const CHANNELS: Labels<typeof CHANNEL_CODES> = {
  portal: { vi: 'Cổng thông tin', en: 'Portal' },
  press: { vi: 'Báo chí', en: 'Press' },
  grassroots: { vi: 'Thông tin cơ sở', en: 'Grassroots information' },
  social: { vi: 'Mạng xã hội', en: 'Social media' },
  'foreign-press': { vi: 'Báo chí nước ngoài', en: 'Foreign press' },
  'digital-platform': { vi: 'Nền tảng số', en: 'Digital platforms' },
};

export function fileSize(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: unit ? 1 : 0 }).format(value);
  return `${number} ${units[unit]}`;
}
