// The builder's public entry: buildColumns and what it takes and reports, and two helpers the benchmark
// uses. How a build goes is told in build-columns.ts (before rendering) and pipeline.ts (the stages).
export { buildColumns } from './build-columns.ts';
export type { BuildOptions } from './options.ts';
export { DEFAULT_HUB_URL, hubAddress } from '@column57/sites/hub';
export type { BuildReport } from './report.ts';
export { countPages, stopWarmRenderer } from './render-group.ts';
export { refreshNationalSearch } from './national-search.ts';
export { WIDTHS } from './images.ts';
