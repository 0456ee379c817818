import { createHash, randomUUID } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { inject } from 'vitest';
import { migratePostgres } from '../migratePostgres.js';
import { postgresMigrations } from '../migrations/index.js';

/** A database of its own for one test (or one describe block). */
export interface TestDatabase {
  /** Connection URL of the new database (pass it to `openPostgres`). */
  readonly url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/** Options of `createTestDatabase`. */
export interface TestDatabaseOptions {
  /** An empty database (no schema, no `schema_migrations`): for testing the migrations themselves. */
  readonly empty?: boolean;
}

/**
 * Creates a fresh, uniquely named database, already migrated to the current schema unless asked
 * for an empty one, on the run's PostgreSQL server (see `postgresGlobalSetup`).
 *
 * Fast: the migrations run once per schema into a template database, and each test database is a
 * copy of it (`CREATE DATABASE … TEMPLATE`, a few milliseconds). The template's name carries a
 * hash of the migrations, so a server kept between runs (`FORMWORK_TEST_POSTGRES_URL`) never hands
 * out a stale schema.
 *
 * @example
 * const database = await createTestDatabase();
 * const pool = await openPostgres(database.url);
 * afterAll(async () => { await pool.end(); await database.drop(); });
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = inject('postgresUrl');
  const source = options.empty === true ? "TEMPLATE template0 ENCODING 'UTF8'" : await templateClause(adminUrl);
  const name = `formwork_test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE ${escapeIdentifier(name)} ${source}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}

/** Per worker: the template is looked for (and if need be made) once. */
let templateReady: Promise<string> | undefined;

/**
 * `TEMPLATE <template>`, copied file by file where the server can (PostgreSQL 15+): about 60 ms a
 * database instead of 240 ms through the WAL, on the test cluster that does not fsync.
 */
function templateClause(adminUrl: string): Promise<string> {
  templateReady ??= makeTemplate(adminUrl).catch((error: unknown) => {
    templateReady = undefined;
    throw error;
  });
  return templateReady;
}

/**
 * Test files run in several workers at once: a session advisory lock lets one of them build the
 * template while the others wait and then find it. It is marked IS_TEMPLATE only once migrated (a
 * half-built one is dropped and built again) and refuses connections afterwards, since
 * `CREATE DATABASE … TEMPLATE` fails while anyone is connected to the template. Returns the
 * `TEMPLATE …` clause that copies it.
 */
async function makeTemplate(adminUrl: string): Promise<string> {
  let clause = '';
  const fingerprint = createHash('sha256').update(JSON.stringify(postgresMigrations)).digest('hex').slice(0, 16);
  const template = `formwork_template_${fingerprint}`;
  await withClient(adminUrl, async (admin) => {
    const version = await admin.query<{ n: string }>("SELECT current_setting('server_version_num') AS n");
    clause = `TEMPLATE ${escapeIdentifier(template)}${Number(version.rows[0]?.n) >= 150000 ? ' STRATEGY FILE_COPY' : ''}`;
    await admin.query("SELECT pg_advisory_lock(hashtext('formwork test template'))");
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate', [template]);
      if (found.rowCount !== 0) return;
      await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(template)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${escapeIdentifier(template)} TEMPLATE template0 ENCODING 'UTF8'`);
      await withClient(databaseUrl(adminUrl, template), (client) => migratePostgres(client, Date.now));
      await admin.query(`ALTER DATABASE ${escapeIdentifier(template)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } finally {
      await admin.query("SELECT pg_advisory_unlock(hashtext('formwork test template'))");
    }
  });
  return clause;
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
