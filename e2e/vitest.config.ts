import { defineConfig } from 'vitest/config';

// Browser journeys: one Chromium, one real server per file, run one file at a time so that the
// two cores of a CI machine are not fought over by several browsers.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
