import { defineCatalogue } from '@column57/i18n';

/** What the build says when a body's brand colour had to be adjusted to stay readable (colour.ts). */
export const PALETTE_TEXT = defineCatalogue('snapshot/palette', {
  vi: {
    primaryLacksTextContrast: ({ primary, ratio, brand }: { primary: string; ratio: string; brand: string }) =>
      `màu chính ${primary} không đủ tương phản cho chữ (${ratio}:1); dùng ${brand}`,
    primaryTooLightForLinks: ({ primary, accent }: { primary: string; accent: string }) =>
      `màu chính ${primary} quá nhạt cho liên kết trên nền trắng; liên kết dùng ${accent}`,
  },
  en: {
    primaryLacksTextContrast: ({ primary, ratio, brand }) => `primary colour ${primary} lacks text contrast (${ratio}:1); using ${brand}`,
    primaryTooLightForLinks: ({ primary, accent }) => `primary colour ${primary} too light for links on white; links use ${accent}`,
  },
});
