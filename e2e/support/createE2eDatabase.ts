import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's PostgreSQL admin URL (the server package's postgresGlobalSetup). */
    postgresUrl: string;
  }
}

/** A fresh, empty PostgreSQL database for one journey's server (which migrates it on start). */
export interface E2eDatabase {
  readonly url: string;
  drop(): void;
}

/**
 * Creates it with `psql` (Debian's postgresql brings it), so the journeys need no database driver
 * of their own.
 */
export function createE2eDatabase(): E2eDatabase {
  const adminUrl = inject('postgresUrl');
  const name = `formwork_e2e_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const psql = (sql: string): void => {
    execFileSync('psql', [adminUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql], { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  psql(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
