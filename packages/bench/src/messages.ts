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
    notAvailable: 'không có',
    results: 'kết quả',
    // Content.
    /** After the title of an article the benchmark changes: "… (đã sửa)". */
    edited: 'đã sửa',
    latencyTrialTitle: ({ trial }: { trial: number }) => `Đo độ trễ xuất bản lần ${trial}`,
    latencyTrialSummary: 'Đo độ trễ.',
    latencyTrialContent: 'Nội dung đo độ trễ xuất bản.',
  },
  en: {
    syntheticSnapshot: 'synthetic snapshot',
    notAvailable: 'not available',
    results: 'results',
    edited: 'edited',
    latencyTrialTitle: ({ trial }) => `Publish latency, trial ${trial}`,
    latencyTrialSummary: 'Latency trial.',
    latencyTrialContent: 'The text of a publish latency trial.',
  },
});
