import { type Bilingual, defineCatalogue } from '../../packages/i18n/src/index.ts';

/**
 * What `npm start` prints (scripts/start.ts). The banner names each address in Vietnamese with the
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
    demoLogins: 'Tài khoản demo',
    sharedPassword: 'mật khẩu chung',
    rebuildByHand: 'Dựng lại tay',
    rollBack: 'Khôi phục',
    stop: 'Dừng',
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
    demoLogins: 'demo logins',
    sharedPassword: 'password',
    rebuildByHand: 'rebuild by hand',
    rollBack: 'roll back',
    stop: 'stop',
  },
});

/** "Chuyên mục (columns)": a label of the banner, the English in brackets. */
export const withEnglishInBrackets = (text: Bilingual) => `${text.vi} (${text.en})`;
