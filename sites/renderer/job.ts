/** What the build gives a renderer process (worker.ts) and how it answers: shared by both sides. */
export interface RenderJob {
  bundle: string;
  plan: string;
  outDir: string;
  /** Where the live columns are (outDir/<slug>), to take unchanged pages from. */
  liveDir: string;
  generator: string;
}

/** Each column's pages and the key each was rendered from, kept in its release for the next build. */
export const PAGE_KEYS_FILE = '.column57-pages.json';
export const RESULT_PREFIX = 'column57-render-result ';
/** A renderer started with this flag and a bundle loads it, then reads its job file's path from stdin. */
export const WARM_FLAG = '--warm';
/** What a renderer answers when it is done: pages rendered and reused, and each column's page count. */
export interface RenderAnswer {
  rendered: number;
  reused: number;
  pages: Record<string, number>;
}
/** A line a renderer prints as it goes, with the pages it has made so far (for the build's progress). */
export const PROGRESS_PREFIX = 'column57-render-progress ';
export interface PageKeys {
  generator: string;
  pages: Record<string, string>;
}
