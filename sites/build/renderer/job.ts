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
export interface PageKeys { generator: string; pages: Record<string, string> }
