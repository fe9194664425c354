import { defineCatalogue } from '@column57/i18n';

/**
 * What the benchmark says in its log (`both`, "vi / en": read in a terminal), and the Vietnamese text it
 * writes as content: the mark on an article it changes, the article each publish-to-live trial publishes
 * (`t('vi', …)`: the demo body's columns are in Vietnamese first).
 */
export const BENCH_TEXT = defineCatalogue('bench', {
  vi: {
    // The log.
    syntheticSnapshot: 'tạo ảnh chụp tổng hợp',
    results: 'kết quả',
    floorRunning: 'mức sàn (Node thuần)',
    publishRunning: 'column57 xuất bản → trực tuyến (CMS + dịch vụ dựng)',
    publishLargeRunning: ({ articles }: { articles: number }) =>
      `column57 xuất bản → trực tuyến, một cơ quan có ${articles} bài viết (CMS + dịch vụ dựng)`,
    noHugoRatio: 'không có Hugo (apt-get install hugo), nên không có tỉ lệ so với Hugo',
    // Content.
    /** After the title of an article the benchmark changes: "… (đã sửa)". */
    edited: 'đã sửa',
    latencyTrialTitle: ({ trial }: { trial: number }) => `Đo độ trễ xuất bản lần ${trial}`,
    latencyTrialSummary: 'Đo độ trễ.',
    latencyTrialContent: 'Nội dung đo độ trễ xuất bản.',
    loadTitle: ({ person, n }: { person: number; n: number }) => `Bài thử tải số ${n} của người thứ ${person}: chuyển đổi số ở cơ sở`,
    loadFirstName: 'Người thử tải',
    loadChildExited: ({ what, code }: { what: string; code: string }) => `${what} đã dừng (mã ${code}) trước khi thử tải bắt đầu`,
    loadContent: 'Nội dung bài thử tải: đổi mới sáng tạo, khoa học công nghệ và chuyển đổi số quốc gia.',
    loadRunning: ({ people, seconds }: { people: number; seconds: number }) =>
      `column57 thử tải: ${people} người biên tập và duyệt đăng cùng lúc trong ${seconds} giây (PostgreSQL)`,
  },
  en: {
    syntheticSnapshot: 'synthetic snapshot',
    results: 'results',
    floorRunning: 'floor (plain Node)',
    publishRunning: 'column57 publish → live (CMS + build service)',
    publishLargeRunning: ({ articles }) => `column57 publish → live, a body of ${articles} articles (CMS + build service)`,
    noHugoRatio: 'not available (apt-get install hugo), so no ratio against it',
    edited: 'edited',
    latencyTrialTitle: ({ trial }) => `Publish latency, trial ${trial}`,
    latencyTrialSummary: 'Latency trial.',
    latencyTrialContent: 'The text of a publish latency trial.',
    loadTitle: ({ person, n }) => `Load test article ${n} of person ${person}: digital transformation at the grassroots`,
    loadFirstName: 'Load tester',
    loadChildExited: ({ what, code }) => `${what} exited (code ${code}) before the load began`,
    loadContent: 'The text of a load test article: innovation, science and technology, national digital transformation.',
    loadRunning: ({ people, seconds }) => `column57 load: ${people} editors and publishers at once for ${seconds} seconds (PostgreSQL)`,
  },
});
