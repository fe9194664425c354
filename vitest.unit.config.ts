import { defineConfig } from 'vitest/config';

/**
 * The fast tier: pure-logic tests (`*.unit.test.ts`), no CMS, no browser, no build of a column, in
 * seconds (`npm run test:unit`). `npm test` runs them too, with everything else.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.unit.test.ts'],
    reporters: ['default'],
  },
});
