import { defineVocabulary, LOCALES } from '@column57/i18n';

/**
 * The enumerations of the snapshot with their labels, each declared once. The zod schema (schema.ts)
 * accepts `codes`, the column shows the labels, the CMS's reports name them, and tests/vocabulary
 * checks the Strapi schema's options against `codes` (Strapi reads its schema from JSON, so it cannot
 * import this file).
 */
export { LOCALES };

export const AUDIENCE = defineVocabulary('snapshot/audience', ['public', 'enterprises', 'researchers', 'students', 'foreign'], {
  public: { vi: 'Người dân', en: 'Public' },
  enterprises: { vi: 'Doanh nghiệp', en: 'Enterprises' },
  researchers: { vi: 'Tổ chức nghiên cứu', en: 'Researchers' },
  students: { vi: 'Học sinh, sinh viên', en: 'Pupils and students' },
  foreign: { vi: 'Bạn đọc quốc tế', en: 'Foreign readers' },
});

export const CHANNEL = defineVocabulary(
  'snapshot/channel',
  ['portal', 'press', 'grassroots', 'social', 'foreign-press', 'digital-platform'],
  {
    portal: { vi: 'Cổng thông tin', en: 'Portal' },
    press: { vi: 'Báo chí', en: 'Press' },
    grassroots: { vi: 'Thông tin cơ sở', en: 'Grassroots information' },
    social: { vi: 'Mạng xã hội', en: 'Social media' },
    'foreign-press': { vi: 'Báo chí nước ngoài', en: 'Foreign press' },
    'digital-platform': { vi: 'Nền tảng số', en: 'Digital platforms' },
  },
);

export const BODY_KIND = defineVocabulary(
  'snapshot/body-kind',
  ['ministry', 'ministerial-agency', 'government-agency', 'province', 'city', 'commune', 'ward', 'special-zone'],
  {
    ministry: { vi: 'Bộ', en: 'Ministry' },
    'ministerial-agency': { vi: 'Cơ quan ngang bộ', en: 'Ministerial-level agency' },
    'government-agency': { vi: 'Cơ quan thuộc Chính phủ', en: 'Government agency' },
    province: { vi: 'Tỉnh', en: 'Province' },
    city: { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally run city' },
    commune: { vi: 'Xã', en: 'Commune' },
    ward: { vi: 'Phường', en: 'Ward' },
    'special-zone': { vi: 'Đặc khu', en: 'Special zone' },
  },
);

export const DOCUMENT_TYPE = defineVocabulary(
  'snapshot/document-type',
  ['resolution', 'decision', 'law', 'decree', 'circular', 'directive', 'plan', 'conclusion', 'official-letter', 'other'],
  {
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
  },
);

export const DOCUMENT_STATUS = defineVocabulary('snapshot/document-status', ['in-force', 'amended', 'expired'], {
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  amended: { vi: 'Đã được sửa đổi, bổ sung', en: 'Amended' },
  expired: { vi: 'Hết hiệu lực', en: 'No longer in force' },
});

export const ASSET_KIND = defineVocabulary('snapshot/asset-kind', ['image', 'infographic', 'poster', 'banner', 'video-link', 'document'], {
  image: { vi: 'Ảnh', en: 'Image' },
  infographic: { vi: 'Infographic', en: 'Infographic' },
  poster: { vi: 'Áp phích', en: 'Poster' },
  banner: { vi: 'Băng rôn', en: 'Banner' },
  'video-link': { vi: 'Video', en: 'Video' },
  document: { vi: 'Tài liệu', en: 'Document' },
});

export const HONOUR_KIND = defineVocabulary('snapshot/honour-kind', ['organisation', 'enterprise', 'individual'], {
  organisation: { vi: 'Tập thể', en: 'Organisation' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
});

export const TASK_STATUS = defineVocabulary('snapshot/task-status', ['planned', 'in-progress', 'completed', 'cancelled'], {
  planned: { vi: 'Chưa triển khai', en: 'Planned' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
  cancelled: { vi: 'Đã dừng', en: 'Cancelled' },
});

/** The commune-level kinds (since July 2025): such a body has a province or city as its parent. */
export const COMMUNE_LEVEL_KINDS = ['commune', 'ward', 'special-zone'] as const satisfies ReadonlyArray<(typeof BODY_KIND.codes)[number]>;
/** The provincial-level kinds: the only possible parents of a commune-level body. */
export const PROVINCE_LEVEL_KINDS = ['province', 'city'] as const satisfies ReadonlyArray<(typeof BODY_KIND.codes)[number]>;

/**
 * Levels of a grassroots radio bulletin (Circular 39/2020/TT-BTTTT), in the order every list and feed
 * shows them: emergency first.
 */
export const BULLETIN_LEVEL = defineVocabulary('snapshot/bulletin-level', ['emergency', 'priority', 'normal'], {
  emergency: { vi: 'Khẩn cấp', en: 'Emergency' },
  priority: { vi: 'Ưu tiên', en: 'Priority' },
  normal: { vi: 'Thông thường', en: 'Normal' },
});

/** The regional Vietnamese voice a bulletin is read in when no recording is uploaded. */
export const BULLETIN_VOICE = defineVocabulary('snapshot/bulletin-voice', ['north', 'central', 'south'], {
  north: { vi: 'Giọng miền Bắc', en: 'Northern voice' },
  central: { vi: 'Giọng miền Trung', en: 'Central voice' },
  south: { vi: 'Giọng miền Nam', en: 'Southern voice' },
});

/**
 * What a reader can subscribe to by mail (issue 18): on a column, the whole column, one topic, one audience,
 * or the documents only; on the national hub, the articles of every column. And how often the mail comes.
 */
export const SUBSCRIPTION_SCOPE = defineVocabulary('snapshot/subscription-scope', ['column', 'topic', 'audience', 'documents', 'hub'], {
  column: { vi: 'Mọi tin của chuyên mục', en: 'Everything in the column' },
  topic: { vi: 'Một chủ đề', en: 'One topic' },
  audience: { vi: 'Tin dành cho một đối tượng', en: 'News for one audience' },
  documents: { vi: 'Văn bản mới', en: 'New documents' },
  hub: { vi: 'Bài mới của mọi chuyên mục trên cả nước', en: 'New articles of every column across Vietnam' },
});

/** The scopes a column's own form offers (the hub's form offers `hub` alone). */
export const COLUMN_SUBSCRIPTION_SCOPES = SUBSCRIPTION_SCOPE.codes.filter((code) => code !== 'hub');

export const SUBSCRIPTION_FREQUENCY = defineVocabulary('snapshot/subscription-frequency', ['immediate', 'daily', 'weekly'], {
  immediate: { vi: 'Ngay khi đăng', en: 'As soon as it is published' },
  daily: { vi: 'Tóm tắt hằng ngày', en: 'Daily digest' },
  weekly: { vi: 'Tóm tắt hằng tuần', en: 'Weekly digest' },
});

// The value lists under the names the schema and older code use.
export const AUDIENCE_CODES = AUDIENCE.codes;
export const CHANNELS = CHANNEL.codes;
export const BODY_KINDS = BODY_KIND.codes;
export const DOCUMENT_TYPES = DOCUMENT_TYPE.codes;
export const DOCUMENT_STATUSES = DOCUMENT_STATUS.codes;
export const ASSET_KINDS = ASSET_KIND.codes;
export const HONOUR_KINDS = HONOUR_KIND.codes;
export const TASK_STATUSES = TASK_STATUS.codes;
export const BULLETIN_LEVELS = BULLETIN_LEVEL.codes;
export const BULLETIN_VOICES = BULLETIN_VOICE.codes;
