import { defineCatalogue } from '@column57/i18n';

/** What the renderer says when the plan it was handed cannot be used (a build log: both languages). */
export const PLAN_TEXT = defineCatalogue('sites/plan', {
  vi: {
    planNotSet: 'chưa đặt COLUMN57_BUILD_PLAN: hãy chạy trình dựng qua `column57 build`',
    invalidPlan: ({ file }: { file: string }) => `kế hoạch dựng ${file} không hợp lệ`,
    invalidSnapshot: 'ảnh chụp giao cho trình dựng trang không hợp lệ',
  },
  en: {
    planNotSet: 'COLUMN57_BUILD_PLAN is not set: run the generator through `column57 build`',
    invalidPlan: ({ file }) => `invalid build plan ${file}`,
    invalidSnapshot: 'invalid snapshot given to the renderer',
  },
});
