import { defineConfig } from 'vitest/config';

/**
 * Test projects, run in this order by `npm test` (see package.json):
 * unit (no I/O beyond files), integration (a real PostgreSQL: in-process PGlite by default,
 * TEST_DATABASE_URL for a server), e2e (the built site in Debian's Chromium) and a11y (axe on
 * every built page).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time: each has its own database (an embedded one, or a scratch database
          // on the server), and much of the time is spent waiting on the team CLI's processes.
          // The timing comparisons inside a file interleave their rounds, so both sides share the load.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'a11y',
          include: ['tests/a11y/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
