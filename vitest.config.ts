import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // Pure and fast: logic, the content check over fixture folders, rendering Markdown in
        // memory. No builds, servers or browsers.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
        // Astro's virtual module, for the pages' side of the ladder (src/collections/): mocked per test.
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)) } },
      },
      {
        extends: true,
        // Whole builds of fixture ladders, the dev server, a browser over a built site.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Builds share Astro's generated `.astro/` folder in the project: files run one at a
          // time, and a file runs its own builds side by side only where that is safe.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
