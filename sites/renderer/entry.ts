// What the renderer bundle exposes (bundle.ts compiles it with Astro's own Vite set-up): the components
// of the column's pages and of the hub, and the page lists and feeds they are rendered from. The pages
// under src/pages/ stay the one description of the site; `astro build` renders the same files.
export { default as ColumnPage } from '../src/pages/[body]/[...page].astro';
export { default as HubPageVi } from '../src/pages/index.astro';
export { default as HubPageEn } from '../src/pages/en/index.astro';
export { default as HubSearchVi } from '../src/pages/tim-kiem/index.astro';
export { default as HubSearchEn } from '../src/pages/en/search/index.astro';
export { default as HubSubscribeVi } from '../src/pages/dang-ky-nhan-tin/[...hub].astro';
export { default as HubSubscribeEn } from '../src/pages/en/subscribe/[...hub].astro';
export { columns, pageParams, pagesOf } from '../src/lib/column.ts';
export { cacheKeyOf } from '../src/lib/cache-key.ts';
export { FEED_TOPICS_FILE } from '../src/lib/feed-topics.ts';
export { feedsOf, feedTopicsOf, hubFeedTopics, hubFilesOf, renderFeed, renderHubFile } from '../src/lib/feeds.ts';
export { buildData } from '../src/lib/plan.ts';
export { SEARCH_RECORDS_FILE } from '../src/lib/search-format.ts';
export { searchRecordsOf } from '../src/lib/search-records.ts';
