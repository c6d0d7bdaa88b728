import { defineConfig } from 'vitest/config';

/** The tests that measure time (the ratio time(2n)/time(n)): they run last and alone, on a quiet machine. */
const TIMING = ['test/robustness/linear.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'behaviour',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: TIMING,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timing',
          include: TIMING,
          // Each measurement starts from a collected heap (`gc()`): the garbage one run leaves is not charged to the next.
          execArgv: ['--expose-gc'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
