import { defineCatalogue } from '@column57/i18n';

/** The renderer's lines in the build log (read in a terminal: both languages, with `both`). */
export const RENDERER_TEXT = defineCatalogue('sites/renderer', {
  vi: {
    compiled: 'trình dựng trang đã biên dịch',
  },
  en: {
    compiled: 'renderer compiled',
  },
});
