import { defineCatalogue } from '@column57/i18n';

/**
 * Dates written out in words. Each value is a date part as the language writes it in a long date
 * (Intl gives them: "11" in Vietnamese, "November" in English), so the sentence alone differs.
 */
export const DATE_TEXT = defineCatalogue('sites/dates', {
  vi: {
    /** The form of Vietnamese administrative writing: "ngày 22 tháng 11 năm 2026". */
    longDate: ({ day, month, year }: { day: string; month: string; year: string }) => `ngày ${day} tháng ${month} năm ${year}`,
  },
  en: {
    longDate: ({ day, month, year }) => `${day} ${month} ${year}`,
  },
});
