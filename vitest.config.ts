import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    restoreMocks: true,
    // The timer's end-to-end tests mostly wait on the clock, so let files
    // overlap even on a two-core machine (the default would run them one by one).
    maxWorkers: 4,
  },
});
