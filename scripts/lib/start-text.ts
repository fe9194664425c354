import { type Bilingual, defineCatalogue } from '../../packages/i18n/src/index.ts';

/**
 * What `npm start` prints (scripts/start.ts), with the CMS build it may run first (lib/cms-build.ts) and the
 * demo fixture's generator (make-demo-snapshot.ts). The banner names each address in Vietnamese with the
 * English in brackets, "Chuyên mục (columns):", aligned in a column; log lines read "vi / en".
 */
export const START_TEXT = defineCatalogue('start', {
  vi: {
    buildingColumns: 'dựng các chuyên mục từ nội dung đã xuất bản',
    running: 'đang chạy',
    columns: 'Chuyên mục',
    nationalHub: 'toàn quốc',
    cmsAdmin: 'Trang quản trị',
    buildStatus: 'Dịch vụ dựng',
    rebuildsOnPublish: 'dựng lại khi xuất bản',
    reporting: 'Báo cáo',
    reportDue: 'hạn ngày 20',
    database: 'Cơ sở dữ liệu',
    mail: 'Thư thông báo',
    mailCaught: ({ dir, port }: { dir: string; port: number }) => `bắt tại chỗ, không gửi đi; tệp .eml trong ${dir}, SMTP cổng ${port}`,
    mailServer: ({ host }: { host: string }) => `gửi qua máy chủ SMTP ${host}`,
    demoLogins: 'Tài khoản demo',
    sharedPassword: 'mật khẩu chung',
    rebuildByHand: 'Dựng lại tay',
    rollBack: 'Khôi phục',
    stop: 'Dừng',
    // Log lines of npm start, of the CMS build it runs when the CMS changed, and of npm run demo-snapshot.
    secretsGenerated: ({ file }: { file: string }) => `đã tạo các khoá bí mật của bản cài đặt này trong ${file} (git bỏ qua tệp này)`,
    cmsStoppedStarting: ({ status }: { status: string }) => `CMS dừng khi đang khởi động (mã thoát ${status}); xem kết quả ở trên`,
    cmsDidNotAnswer: ({ url, seconds }: { url: string; seconds: number }) => `CMS không trả lời tại ${url} trong ${seconds} giây`,
    startingCms: 'khởi động CMS (lần đầu nạp nội dung demo: khoảng một phút)',
    stopping: 'dừng: CMS, dịch vụ dựng, bản xem trước',
    error: 'lỗi',
    buildingCms: 'dựng CMS và trang quản trị (khoảng một phút, một lần)',
    cmsBuilt: ({ seconds }: { seconds: number }) => `đã dựng CMS trong ${seconds} giây`,
    cmsBuildFailed: ({ status }: { status: string }) => `strapi build thất bại (mã thoát ${status}); xem kết quả ở trên`,
    seedingThrowAwayCms: 'nạp nội dung demo vào một CMS tạm',
    seededExporting: ({ seconds }: { seconds: number }) => `đã nạp trong ${seconds} giây; đang xuất`,
    wroteFixture: ({ dir, seconds }: { dir: string; seconds: number }) => `đã ghi ${dir} trong ${seconds} giây`,
  },
  en: {
    buildingColumns: 'building the columns from published content',
    running: 'is running',
    columns: 'columns',
    nationalHub: 'national hub',
    cmsAdmin: 'CMS admin',
    buildStatus: 'build status',
    rebuildsOnPublish: 'rebuilds on publish',
    reporting: 'reporting to MST',
    reportDue: 'due on the 20th',
    database: 'database',
    mail: 'mail',
    mailCaught: ({ dir, port }) => `caught locally, never sent; .eml files in ${dir}, SMTP port ${port}`,
    mailServer: ({ host }) => `sent through the SMTP server ${host}`,
    demoLogins: 'demo logins',
    sharedPassword: 'password',
    rebuildByHand: 'rebuild by hand',
    rollBack: 'roll back',
    stop: 'stop',
    secretsGenerated: ({ file }) => `generated this installation's secrets in ${file} (git-ignored)`,
    cmsStoppedStarting: ({ status }) => `the CMS stopped while starting (exit ${status}); see the output above`,
    cmsDidNotAnswer: ({ url, seconds }) => `the CMS did not answer at ${url} within ${seconds} s`,
    startingCms: 'starting the CMS (the first start seeds the demo content: about a minute)',
    stopping: 'stopping: CMS, build service, preview',
    error: 'error',
    buildingCms: 'building the CMS and its admin panel (about a minute, once)',
    cmsBuilt: ({ seconds }) => `CMS built in ${seconds} s`,
    cmsBuildFailed: ({ status }) => `strapi build failed (exit ${status}); see the output above`,
    seedingThrowAwayCms: 'seeding a throw-away CMS with the demo content',
    seededExporting: ({ seconds }) => `seeded in ${seconds} s; exporting`,
    wroteFixture: ({ dir, seconds }) => `wrote ${dir} in ${seconds} s`,
  },
});

/** "Chuyên mục (columns)": a label of the banner, the English in brackets. */
export const withEnglishInBrackets = (text: Bilingual) => `${text.vi} (${text.en})`;
