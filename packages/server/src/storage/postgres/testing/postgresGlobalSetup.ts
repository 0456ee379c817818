import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './startPostgresCluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Superuser URL of the run's PostgreSQL server (`inject('postgresUrl')`). Tests do not use it
     * directly: `createTestDatabase()` gives each one a fresh database.
     */
    postgresUrl: string;
  }
}

/**
 * Vitest global setup of the server project: one PostgreSQL server for the whole run, shared by
 * every test file through `inject('postgresUrl')`.
 *
 * - `FORMWORK_TEST_POSTGRES_URL` set: that server is used as it is (its user must be allowed to
 *   create databases); nothing is started.
 * - Otherwise a throwaway cluster is started (`startPostgresCluster`, about a second) and removed
 *   at the end. Databases and migrations are made only when a test asks (`createTestDatabase`), so
 *   a run of SQLite-only tests pays for the start and nothing more.
 * - PostgreSQL missing: the run fails and says how to install it. It never skips.
 */
export default async function postgresGlobalSetup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env['FORMWORK_TEST_POSTGRES_URL'];
  if (external !== undefined && external !== '') {
    project.provide('postgresUrl', external);
    return async () => undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
