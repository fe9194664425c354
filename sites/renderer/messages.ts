import { defineCatalogue } from '@column57/i18n';

/** The renderer's lines in the build log (read in a terminal: both languages, with `both`). */
export const RENDERER_TEXT = defineCatalogue('sites/renderer', {
  vi: {
    compiled: 'trình dựng trang đã biên dịch',
    compileFailed: 'biên dịch trang cho trình dựng thất bại',
    cannotPlace: ({ dir, error }: { dir: string; error: string }) => `không đặt được trình dựng đã biên dịch vào ${dir}: ${error}`,
  },
  en: {
    compiled: 'renderer compiled',
    compileFailed: 'compiling the site for the renderer failed',
    cannotPlace: ({ dir, error }) => `the compiled renderer could not be put in ${dir}: ${error}`,
  },
});
