import { type Bilingual, defineCatalogue } from '@column57/i18n';

/**
 * Everything the command line says. A terminal does not tell us its reader's language, so lines are
 * printed in both (`both`: "vi / en"). Option names, paths and defaults written in English after a
 * text (`(default: out/)`) are part of the English side, as the help has always read.
 */
export const CLI_TEXT = defineCatalogue('cli', {
  vi: {
    // The overview and the help of every command.
    tagline: 'chuyên mục Nghị quyết 57 cho mọi bộ, ngành, địa phương',
    usage: 'Cách dùng',
    forDetails: 'cho chi tiết',
    thisHelp: 'trợ giúp',
    noCommand: 'không có lệnh',
    error: 'lỗi',
    // Options several commands share.
    onlyThisBody: 'chỉ cơ quan này, lặp lại được',
    outputFolder: 'thư mục kết quả',
    cmsAddress: 'địa chỉ CMS',
    asIn: 'như',
    // column57 build
    buildSummary: 'Dựng chuyên mục tĩnh cho các cơ quan và trang tổng hợp.',
    buildSnapshot: 'dựng từ ảnh chụp này, không cần CMS',
    buildSnapshotDefault: 'mặc định: lấy ảnh chụp mới từ CMS',
    buildJobs: 'số luồng dựng song song',
    buildCache: 'bộ nhớ đệm ảnh',
    noBoardFiles: 'không vẽ ảnh trình chiếu của bảng tin điện tử và áp phích A4 (lần dựng đầu vẽ chúng sau khi chuyên mục đã trực tuyến)',
    buildReport: 'ghi báo cáo JSON',
    hubUrl: 'địa chỉ công khai của trang tổng hợp',
    hubUrlForm: 'phải là địa chỉ http(s) tuyệt đối, ví dụ --hub-url https://nq57.example.gov.vn/',
    framingReportUrl:
      'địa chỉ công khai của POST /framing-reports/ của dịch vụ dựng; ' +
      'trình duyệt báo về đó khi chuyên mục bị một trang cổng chưa được phép nhúng',
    serveFramingReports: 'trình duyệt báo trang cổng bị từ chối nhúng (hiện trên trang trạng thái)',
    serveWebSub: 'trung tâm WebSub: bạn đọc đăng ký nguồn tin và được gửi tin khi nguồn tin đổi',
    websubHub: 'địa chỉ trung tâm WebSub mà mọi nguồn tin ghi (rel="hub"), ví dụ địa chỉ công khai của /websub; được báo sau mỗi lần dựng',
    subscriptionsUrl: 'địa chỉ công khai của CMS; mỗi chuyên mục có trang đăng ký nhận tin qua thư, gửi về CMS này',
    // column57 snapshot
    snapshotSummary: 'Ghi ảnh chụp nội dung đã xuất bản từ CMS đang chạy.',
    snapshotOut: 'thư mục ghi ảnh chụp',
    snapshotToken: 'API token chỉ đọc',
    // column57 serve
    serveSummary: 'Dịch vụ dựng: nhận thông báo thay đổi từ CMS và dựng lại chuyên mục.',
    servePort: 'cổng nhận thông báo và trang trạng thái',
    serveHost: 'địa chỉ lắng nghe',
    serveOut: 'thư mục chuyên mục',
    serveCache: 'bộ nhớ đệm',
    serveBody: 'chỉ dựng cơ quan này, lặp lại được',
    serveDeploy: 'sao chép chuyên mục tới thư mục web',
    serveDebounce: 'chờ thêm thay đổi trước khi dựng',
    serveWorker:
      'tên tiến trình dựng trong hàng đợi thay đổi của CMS (mặc định: máy và thư mục cache); cùng --body thì phải đặt, ' +
      'và mọi tiến trình dùng chung hàng đợi phải dựng cùng các chuyên mục',
    serveLease: 'số mili giây giữ các thay đổi đã nhận trước khi tiến trình khác được nhận lại (mặc định 60000)',
    serveSecret: 'khoá chung với CMS',
    serveTakesNotices: 'nhận thông báo',
    /** Joins the two status addresses in the help: "GET /status và /status.json". */
    serveStatusAnd: 'và',
    serveStatus: 'trạng thái',
    servePreview: 'bản xem trước cho Strapi Preview',
    stopping: 'dừng',
    // column57 report
    reportSummary: 'Xuất báo cáo Chương trình 1169 (toàn quốc hoặc một cơ quan).',
    reportMonth: 'tháng báo cáo',
    reportPeriod: 'kỳ 15 tháng trước đến 14 tháng này',
    reportBody: 'báo cáo của một cơ quan',
    reportPrintable: 'bản in A4',
    reportOut: 'tệp ghi ra',
    reportToken: 'API token được xuất báo cáo',
    reportMonthForm: 'phải có dạng YYYY-MM, ví dụ --month 2026-11',
    reportFormatUnsupported: ({ formats }: { formats: string }) => `không được hỗ trợ; hãy dùng ${formats}`,
    reportOutRequired: 'là bắt buộc: nơi ghi báo cáo',
    reportCannotReachCms: ({ url, reason }: { url: string; reason: string }) =>
      `không kết nối được CMS tại ${url} (${reason}); CMS có đang chạy không?`,
    cmsAnswered: ({ status, problem }: { status: number; problem: string }) => `CMS trả lời ${status}: ${problem}`,
    reportNational: 'toàn quốc',
    // column57 rollback
    rollbackSummary: 'Đưa chuyên mục về bản dựng trước.',
    rollbackBody: 'chuyên mục cần khôi phục',
    rollbackTo: 'về đúng bản này',
    rollbackList: 'liệt kê các bản đang giữ',
    rollbackResume: 'cho phép dựng lại chuyên mục đã khôi phục',
    rollbackHeld: 'Sau khi khôi phục, chuyên mục được giữ nguyên cho tới khi --resume.',
    noReleasesYet: 'chưa có bản nào',
    liveRelease: 'đang chạy',
    heldRelease: 'giữ',
    willBeRebuilt: 'sẽ được dựng lại ở lần dựng sau',
    wasNotHeld: 'không bị giữ',
    heldUntil: 'giữ nguyên tới khi',
    // Options given wrong: the option, what it must be, and what was given.
    badOption: 'tuỳ chọn không hợp lệ',
    jobsInvalid: ({ value }: { value: string }) => `--jobs phải là số nguyên lớn hơn 0, không phải "${value}"`,
    positiveInvalid: ({ name, value }: { name: string; value: string }) => `--${name} phải là số nguyên lớn hơn 0, không phải "${value}"`,
    autoOrSkip: ({ name, value }: { name: string; value: string }) => `--${name} phải là "auto" hoặc "skip", không phải "${value}"`,
    portInvalid: ({ value }: { value: string }) => `--port phải là số hiệu cổng, không phải "${value}"`,
    debounceInvalid: ({ value }: { value: string }) => `--debounce phải là số mili giây (từ 0 trở lên), không phải "${value}"`,
    leaseInvalid: ({ value }: { value: string }) => `--lease phải là số mili giây từ 1000 đến 3600000, không phải "${value}"`,
    rollbackBodyRequired: '--body SLUG là bắt buộc: chuyên mục cần khôi phục (ví dụ --body hanoi)',
    snapshotOutRequired: '--out DIR là bắt buộc: thư mục ghi ảnh chụp',
    serveNoSecret:
      'chưa có khoá chung: dùng --secret, đặt COLUMN57_BUILD_HOOK_SECRET (cùng giá trị với CMS), ' +
      'hoặc chạy npm start một lần để tạo cms/.env',
    // column57 bench
    benchSummary: 'Đo chi phí dựng ở quy mô toàn quốc, so với Hugo và mức sàn.',
    benchBodies: 'số cơ quan',
    benchArticles: 'bài viết mỗi cơ quan',
    /** After "auto:", the value that turns it on. */
    benchHugo: 'dùng Hugo nếu có hoặc cài được',
    benchPublish: 'đo độ trễ xuất bản qua CMS thật',
    benchWork: 'thư mục làm việc',
    /** Before the folder's name: "… bench-results/." */
    benchResults: 'Kết quả JSON ghi vào',
  },
  en: {
    tagline: 'Resolution 57 columns for every body',
    usage: 'usage',
    forDetails: 'for details',
    thisHelp: 'this help',
    noCommand: 'no command',
    error: 'error',
    onlyThisBody: 'only this body; repeatable (default: every body)',
    outputFolder: 'output folder (default: out/)',
    cmsAddress: 'CMS address (default $COLUMN57_CMS_URL or http://127.0.0.1:1337)',
    asIn: 'as in',
    buildSummary: 'Builds the static columns and the national hub.',
    buildSnapshot: 'build from this snapshot, no CMS needed',
    buildSnapshotDefault: 'default: take a fresh snapshot from the CMS',
    buildJobs: 'parallel renderers (default: cores, at most 4)',
    buildCache: 'cache of pictures and share cards (default: .cache/build/)',
    noBoardFiles: "do not draw the bulletin boards' slide pictures and the A4 posters (a first build draws them once its columns are live)",
    buildReport: 'write the build report as JSON (phases, pages, failures)',
    hubUrl: "the national hub's public address (default: http://127.0.0.1:4321/, npm start's preview)",
    hubUrlForm: 'must be an absolute http(s) address, e.g. --hub-url https://nq57.example.gov.vn/',
    framingReportUrl:
      "the public address of the build service's POST /framing-reports/; " +
      'browsers report there when a portal page not allowed to embed the column is refused',
    serveFramingReports: 'browsers report portal pages refused framing (shown on the status page)',
    serveWebSub: 'the WebSub hub: readers subscribe to feeds and are sent them when they change',
    websubHub: 'the WebSub hub every feed names (rel="hub"), such as the public address of /websub; told after each build',
    subscriptionsUrl: "the CMS's public address; every column gets a page to subscribe to its news by mail, sent to this CMS",
    snapshotSummary: 'Writes a snapshot of published content from a running CMS.',
    snapshotOut: 'folder to write (replaced only when the new snapshot is complete)',
    snapshotToken: 'read-only API token (default $COLUMN57_CMS_TOKEN or .data/generator-token)',
    serveSummary: 'The build service: rebuilds columns on CMS changes.',
    servePort: 'port for notices and the status page (default 4322)',
    serveHost: 'listen address (default 127.0.0.1)',
    serveOut: 'output folder (default: out/); releases beside it',
    serveCache: 'cache folder (default: .cache/)',
    serveBody: 'only build this body; repeatable',
    serveDeploy: 'copy columns to web roots (JSON, see README)',
    serveDebounce: 'wait for more changes before building (default 400)',
    serveWorker:
      "this worker's name in the CMS's change queue (default: host and cache folder); needed with --body, and every worker " +
      'sharing the queue must build the same columns',
    serveLease: 'milliseconds a claim holds changes before another worker may take them (default 60000)',
    serveSecret: 'secret shared with the CMS (default $COLUMN57_BUILD_HOOK_SECRET)',
    serveTakesNotices: 'takes notices',
    serveStatusAnd: 'and',
    serveStatus: 'status',
    servePreview: 'drafts for Strapi Preview (signed links from the CMS)',
    stopping: 'stopping',
    reportSummary: 'Exports the programme report (national, or one body).',
    reportMonth: 'report month',
    reportPeriod: 'period 15th to 14th',
    reportBody: "one body's report (default: the national summary)",
    reportPrintable: 'printable A4',
    reportOut: 'file to write (written whole or not at all)',
    reportToken: 'a token allowed to export reports (default $COLUMN57_REPORT_TOKEN or .data/report-token)',
    reportMonthForm: 'must be YYYY-MM, e.g. --month 2026-11',
    reportFormatUnsupported: ({ formats }) => `is not supported; use ${formats}`,
    reportOutRequired: 'is required: where to write the report',
    reportCannotReachCms: ({ url, reason }) => `cannot reach the CMS at ${url} (${reason}); is it running?`,
    cmsAnswered: ({ status, problem }) => `CMS ${status}: ${problem}`,
    reportNational: 'national',
    rollbackSummary: 'Puts a column back on an earlier release.',
    rollbackBody: 'the column to roll back',
    rollbackTo: 'to this release (default: the one before the live one)',
    rollbackList: 'list the releases kept',
    rollbackResume: 'let builds update the column again',
    rollbackHeld: 'After a rollback the column stays on that release (builds skip it) until --resume.',
    noReleasesYet: 'no releases yet',
    liveRelease: 'live',
    heldRelease: 'held',
    willBeRebuilt: 'will be rebuilt by the next build',
    wasNotHeld: 'was not held',
    heldUntil: 'held until',
    badOption: 'invalid option',
    jobsInvalid: ({ value }) => `--jobs must be a whole number above 0, not "${value}"`,
    positiveInvalid: ({ name, value }) => `--${name} must be a whole number above 0, not "${value}"`,
    autoOrSkip: ({ name, value }) => `--${name} must be "auto" or "skip", not "${value}"`,
    portInvalid: ({ value }) => `--port must be a port number, not "${value}"`,
    debounceInvalid: ({ value }) => `--debounce must be milliseconds (0 or more), not "${value}"`,
    leaseInvalid: ({ value }) => `--lease must be milliseconds from 1000 to 3600000, not "${value}"`,
    rollbackBodyRequired: '--body SLUG is required: the column to roll back (e.g. --body hanoi)',
    snapshotOutRequired: '--out DIR is required: the folder to write the snapshot to',
    serveNoSecret:
      'no hook secret: pass --secret, set COLUMN57_BUILD_HOOK_SECRET (the same value the CMS has), ' +
      'or run npm start once to create cms/.env',
    benchSummary: 'Measures a national-scale build against Hugo and the floor.',
    benchBodies: 'bodies (default 56)',
    benchArticles: 'articles per body (default 1000)',
    benchHugo: 'use Hugo if present or installable; skip (default auto)',
    benchPublish: 'time publish-to-live through a real CMS; skip (default auto)',
    benchWork: 'scratch folder (default .cache/bench)',
    benchResults: 'results as JSON in',
  },
});

export const { both, pair } = CLI_TEXT;

/** A command's summary: two sentences, Vietnamese then English, as `column57 --help` lists them. */
export const summary = (key: keyof (typeof CLI_TEXT)['messages']['vi']) => sentences(pair(key));
const sentences = (text: Bilingual) => `${text.vi} ${text.en}`;
