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
    round: ({ round, runs }: { round: number; runs: number }) => `vòng đo ${round}/${runs}`,
    pageCacheDropped: 'bộ đệm trang của nhân đã được xoá trước mỗi lần dựng lạnh, cho mọi bên',
    pageCacheKept: 'không xoá được bộ đệm trang của nhân (cần quyền root): lần dựng lạnh đọc tệp từ bộ nhớ, cho mọi bên',
    publishRunning: 'column57 xuất bản → trực tuyến (CMS + dịch vụ dựng)',
    publishLargeRunning: ({ articles }: { articles: number }) =>
      `column57 xuất bản → trực tuyến, một cơ quan có ${articles} bài viết (CMS + dịch vụ dựng)`,
    noHugoRatio: 'không có Hugo (apt-get install hugo), nên không có tỉ lệ so với Hugo',
    pagefindMissing: ({ platform }: { platform: string }) =>
      `không tìm thấy chương trình Pagefind cho ${platform} (gói @pagefind/${platform} đi kèm gói npm pagefind)`,
    // column57 bench --country
    countryWritten: ({ written, total }: { written: number; total: number }) => `đất nước tổng hợp: đã ghi ${written}/${total} cơ quan`,
    countrySnapshot: ({
      central,
      provinces,
      communes,
      articles,
    }: {
      central: number;
      provinces: number;
      communes: number;
      articles: number;
    }) =>
      `đất nước tổng hợp: ${central} cơ quan trung ương, ${provinces} tỉnh và thành phố, ` +
      `${communes} xã, phường và đặc khu; ${articles} bài viết`,
    buildFailed: ({ name, code }: { name: string; code: number }) => `${name} thất bại (mã thoát ${code})`,
    columnsFailed: ({ name }: { name: string }) => `${name}: có chuyên mục dựng thất bại`,
    goalLive: 'mục tiêu: dựng lạnh, mọi chuyên mục trực tuyến',
    goalMemory: 'mục tiêu: bộ nhớ đỉnh khi dựng lạnh',
    goalNoChange: 'mục tiêu: dựng lại khi không có gì thay đổi',
    goalMet: 'đạt',
    goalMissed: 'chưa đạt',
    machineLoad: 'tải trung bình của máy (1, 5, 15 phút) lúc bắt đầu → lúc kết thúc',
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
    round: ({ round, runs }) => `round ${round} of ${runs}`,
    pageCacheDropped: "the kernel's page cache was emptied before every cold build, for every side",
    pageCacheKept: "the kernel's page cache could not be emptied (needs root): cold builds read files from memory, on every side",
    publishRunning: 'column57 publish → live (CMS + build service)',
    publishLargeRunning: ({ articles }) => `column57 publish → live, a body of ${articles} articles (CMS + build service)`,
    noHugoRatio: 'not available (apt-get install hugo), so no ratio against it',
    pagefindMissing: ({ platform }) =>
      `no Pagefind binary for ${platform} (the package @pagefind/${platform}, which comes with the npm package pagefind)`,
    countryWritten: ({ written, total }) => `synthetic country: ${written}/${total} bodies written`,
    countrySnapshot: ({ central, provinces, communes, articles }) =>
      `synthetic country: ${central} central bodies, ${provinces} provinces and cities, ` +
      `${communes} communes, wards and special zones; ${articles} articles`,
    buildFailed: ({ name, code }) => `${name} failed (exit code ${code})`,
    columnsFailed: ({ name }) => `${name}: some columns failed to build`,
    goalLive: 'goal: cold build, every column live',
    goalMemory: 'goal: peak memory of the cold build',
    goalNoChange: 'goal: rebuild with nothing changed',
    goalMet: 'met',
    goalMissed: 'not met',
    machineLoad: "the machine's load average (1, 5, 15 min) at the start → at the end",
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
