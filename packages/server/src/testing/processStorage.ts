import { openPostgres } from '../storage/postgres/openPostgres.js';
import { createTestDatabase } from '../storage/postgres/testing/createTestDatabase.js';
import { databasePath, openDatabase } from '../storage/sqlite/openDatabase.js';
import { numberPlaceholders } from './numberPlaceholders.js';
import { onPostgres } from './startTestServer.js';

/** The database a spawned `formwork serve` uses in a test, and a way to look into it afterwards. */
export interface ProcessStorage {
  /** `FORMWORK_DATABASE_URL` on a PostgreSQL run (a fresh test database), nothing on SQLite (the data folder's file). */
  readonly env: Readonly<Record<string, string>>;
  readonly kind: 'sqlite' | 'postgres';
  /** Runs SQL on it (`?` placeholders) once the servers are stopped (SQLite) or at any time (PostgreSQL). */
  sql<Row = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<Row[]>;
  /** The first column of the first row of `sql`. */
  sqlValue<Value = unknown>(text: string, ...params: unknown[]): Promise<Value | undefined>;
  drop(): Promise<void>;
}

/**
 * Storage for server processes a test spawns (crash tests, two processes on one database):
 * follows the run's database like `startTestServer` does.
 */
export async function openProcessStorage(dataDir: string): Promise<ProcessStorage> {
  const database = onPostgres ? await createTestDatabase() : undefined;
  const sql = async <Row>(text: string, ...params: unknown[]): Promise<Row[]> => {
    if (!database) {
      const db = openDatabase(databasePath(dataDir));
      try {
        return db.prepare(text).all(...params) as Row[];
      } finally {
        db.close();
      }
    }
    const pool = await openPostgres(database.url, { max: 1 });
    try {
      return (await pool.query(numberPlaceholders(text), params)).rows as Row[];
    } finally {
      await pool.end();
    }
  };
  return {
    env: database ? { FORMWORK_DATABASE_URL: database.url } : {},
    kind: database ? 'postgres' : 'sqlite',
    sql,
    async sqlValue<Value>(text: string, ...params: unknown[]) {
      const [row] = await sql<Record<string, unknown>>(text, ...params);
      return row === undefined ? undefined : (Object.values(row)[0] as Value);
    },
    drop: async () => {
      await database?.drop();
    },
  };
}
