import { defineConfig } from 'astro/config';

// The site renders the columns named in the build plan (COLUMN57_BUILD_PLAN, written by packages/builder).
// `column57 build` compiles it with this configuration and renders pages itself (renderer/);
// `astro build` on a plan still works and writes the same files (tests/sites/renderer.test.ts).
// Links are relative and styles inline, so each column works under any sub-path of any portal.
export default defineConfig({
  output: 'static',
  outDir: process.env.COLUMN57_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Under `astro build`: four pages in flight, so that while one page's files are written the next is
  // rendered (one at a time, a quarter of the time went waiting on writes).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Under `astro build`, pages whose data (cacheKey, src/lib/cache-key.ts) and code are unchanged are
  // copied from the last build. COLUMN57_INCREMENTAL=0 turns it off.
  experimental: { incrementalBuild: process.env.COLUMN57_INCREMENTAL !== '0' },
  vite: { logLevel: 'warn' },
});
