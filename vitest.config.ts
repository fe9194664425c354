import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/support/slow-first-sequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Strapi's destroy() drops every process listener, which breaks the forks pool: use threads.
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // expect.poll waits one second by default: on a busy two-core machine a browser re-rendering a form after
    // a refetch can take longer (desk-flow failed so once), and a poll only waits as long as it must.
    expect: { poll: { timeout: 15_000 } },
    reporters: ['default', './tests/support/slowest-files-reporter.ts'],
    // Long files first, so neither worker is left with a long file at the end (slow-first-sequencer.ts).
    sequence: { sequencer: SlowFirstSequencer },
  },
});
