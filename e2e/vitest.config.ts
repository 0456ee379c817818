import { defineConfig } from 'vitest/config';

// Browser journeys: one Chromium, one real server per file, run one file at a time so that the
// two cores of a CI machine are not fought over by several browsers. Every journey runs twice:
// on SQLite (the default install) and on PostgreSQL (FORMWORK_DATABASE_URL), whose throwaway
// cluster the server package's global setup starts — and which fails the run, never skips, when
// PostgreSQL is missing.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One retry: dashboardDesigner.e2e.ts's live preview sometimes never draws (1 run in 4 on the
    // 2-core CI machine, in either language; cause not found yet — see the #14 note). A journey
    // that fails twice still fails the run; a retried one is reported as flaky.
    retry: 1,
    projects: [
      { extends: true, test: { name: 'e2e', include: ['**/*.e2e.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e-postgres',
          include: ['**/*.e2e.ts'],
          env: { FORMWORK_E2E_DATABASE: 'postgres' },
          globalSetup: ['../packages/server/src/storage/postgres/testing/postgresGlobalSetup.ts'],
        },
      },
    ],
  },
});
