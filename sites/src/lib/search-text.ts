import { defineCatalogue } from '@column57/i18n';

/**
 * The search box's words, on a column's search page and on the hub's national search. Messages with
 * values are given their placeholders ("{count}", "{query}") by the page and filled in by the browser,
 * which is where the count and the words are known (sites/src/scripts/search.js).
 */
export const SEARCH_TEXT = defineCatalogue('sites/search', {
  vi: {
    label: 'Từ cần tìm',
    hint: 'Gõ có dấu hoặc không dấu đều được, ví dụ “chuyển đổi số” hay “chuyen doi so”.',
    button: 'Tìm',
    searching: 'Đang tìm…',
    found: ({ count, query }: { count: string; query: string }) => `${count} kết quả cho “${query}”`,
    foundOne: ({ query }: { query: string }) => `1 kết quả cho “${query}”`,
    none: ({ query }: { query: string }) => `Không tìm thấy kết quả nào cho “${query}”. Hãy thử từ khác hoặc ít từ hơn.`,
    more: 'Xem thêm kết quả',
    article: 'Bài viết',
    document: 'Văn bản',
    campaign: 'Chiến dịch',
    nationalTitle: 'Tìm trong mọi chuyên mục',
    nationalIntro: 'Bài viết, văn bản và chiến dịch của các bộ, ngành và địa phương, trong một lần tìm.',
    body: 'Cơ quan',
    allBodies: 'Mọi cơ quan',
    nationalNotReady:
      'Chỉ mục tìm kiếm toàn quốc đang được chuẩn bị, xin thử lại sau ít phút. Trong lúc chờ, bạn có thể vào chuyên mục của từng cơ quan.',
  },
  en: {
    label: 'Words to find',
    hint: 'With or without Vietnamese diacritics: “chuyển đổi số” and “chuyen doi so” find the same pages.',
    button: 'Search',
    searching: 'Searching…',
    found: ({ count, query }) => `${count} results for “${query}”`,
    foundOne: ({ query }) => `1 result for “${query}”`,
    none: ({ query }) => `Nothing was found for “${query}”. Try other words, or fewer.`,
    more: 'More results',
    article: 'Article',
    document: 'Document',
    campaign: 'Campaign',
    nationalTitle: 'Search every column',
    nationalIntro: 'Articles, documents and campaigns of every ministry, agency and province, in one search.',
    body: 'Body',
    allBodies: 'Every body',
    nationalNotReady:
      'The national search index is being prepared; please try again in a few minutes. Meanwhile you can open each body’s column.',
  },
});
