import { defineConfig } from 'vitest/config';
import { sourceAliases } from './vitest.shared.js';

// Unit and integration tests of every package. The browser journeys live in e2e/ and run after
// the build (see e2e/vitest.config.ts).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'engine',
          environment: 'node',
          include: ['packages/runtime/src/engine/**/*.test.ts'],
        },
      },
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['packages/runtime/src/react/**/*.test.{ts,tsx}', 'packages/runtime/src/app/**/*.test.{ts,tsx}'],
        },
      },
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'designer',
          environment: 'jsdom',
          include: ['packages/designer/src/**/*.test.{ts,tsx}'],
        },
      },
      serverProject('server', {}),
      // The same HTTP and integration suites again, every test server on PostgreSQL
      // (startTestServer reads FORMWORK_TEST_DATABASE). The storage adapters' own suites run once,
      // in 'server', where each adapter is tested against its own database.
      serverProject('server-postgres', { exclude: ['packages/server/src/storage/**'], env: { FORMWORK_TEST_DATABASE: 'postgres' } }),
      {
        resolve: { alias: sourceAliases },
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'templates',
          environment: 'node',
          include: ['templates/**/*.test.ts'],
        },
      },
    ],
  },
});

/**
 * A project over the server's tests. One throwaway PostgreSQL server per run for the storage
 * tests (FORMWORK_TEST_POSTGRES_URL to use one of your own); the run fails, never skips, when
 * PostgreSQL is missing.
 */
function serverProject(name: string, extra: { exclude?: string[]; env?: Record<string, string> }) {
  return {
    resolve: { alias: sourceAliases },
    esbuild: { jsx: 'automatic' as const },
    test: {
      name,
      environment: 'node' as const,
      include: ['packages/server/src/**/*.test.ts'],
      ...extra,
      globalSetup: ['packages/server/src/storage/postgres/testing/postgresGlobalSetup.ts'],
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  };
}
