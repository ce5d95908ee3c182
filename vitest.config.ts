import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Builds of fixture ladders share Astro's generated types folder: run files one at a time.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
