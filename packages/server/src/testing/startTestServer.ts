import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@formwork/runtime';
import type { Express } from 'express';
import { bootstrapAdmin } from '../auth/bootstrapAdmin.js';
import { defaultSettings, type Settings } from '../config.js';
import { createApp } from '../createApp.js';
import { migrateDatabase } from '../storage/sqlite/migrateDatabase.js';
import { databasePath, openDatabase, type SqliteDatabase } from '../storage/sqlite/openDatabase.js';
import { createFolderBlobStore } from '../storage/folder/createFolderBlobStore.js';
import { openPostgres } from '../storage/postgres/openPostgres.js';
import { openPostgresStorage } from '../storage/postgres/openPostgresStorage.js';
import { createTestDatabase } from '../storage/postgres/testing/createTestDatabase.js';
import { sqliteStorageOf } from '../storage/sqlite/openSqliteStorage.js';
import type { Storage } from '../storage/Storage.js';
import type { FormPublishHook } from '../forms/FormPublishHook.js';
import { createHttpServer } from '../http/createHttpServer.js';
import { silentLogger, type Logger } from '../Logger.js';
import type { ServerContext } from '../ServerContext.js';
import type { UserView } from '../org/userView.js';
import { numberPlaceholders } from './numberPlaceholders.js';
import { TestClient } from './TestClient.js';
import { TestClock } from './TestClock.js';

export interface TestServerOptions {
  /** Overrides of the test defaults (cheap password hashing, web roots that do not exist). */
  readonly settings?: Partial<Settings>;
  readonly clock?: TestClock;
  readonly formPublishHooks?: readonly FormPublishHook[];
  readonly logger?: Logger;
  /** Reuse a data folder (e.g. to restart on the same database); removed by `close` only if created here. */
  readonly dataDir?: string;
  /**
   * On PostgreSQL runs, reuse this database (another test server's `databaseUrl`); dropped by
   * `close` only if created here.
   */
  readonly databaseUrl?: string | null;
}

export interface NewTestUser {
  readonly username?: string;
  readonly password?: string;
  readonly name?: string;
  readonly role?: Role;
  readonly departmentId?: string | null;
}

/**
 * A real server on a free port over real storage: a SQLite file in a temporary folder, or — when
 * the run sets `FORMWORK_TEST_DATABASE=postgres` (the `server-postgres` test project) — a fresh
 * PostgreSQL database on the run's test cluster.
 */
export interface TestServer {
  readonly url: string;
  /** The express app under test (e.g. to inspect its registered routes). */
  readonly app: Express;
  readonly dataDir: string;
  /** The PostgreSQL database on a PostgreSQL run, else null. */
  readonly databaseUrl: string | null;
  /**
   * The SQLite connection, for tests that look under the ports at SQLite itself. Throws on a
   * PostgreSQL run: such a test belongs to the SQLite adapter (see `onPostgres`).
   */
  readonly db: SqliteDatabase;
  /**
   * Runs SQL straight on the test database, whichever it is (`?` placeholders), for tests that
   * look under the API ("nothing was written"). Rows as objects; counts come back as numbers.
   */
  sql<Row = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<Row[]>;
  /** The first column of the first row of `sql`, or undefined when there is no row. */
  sqlValue<Value = unknown>(text: string, ...params: unknown[]): Promise<Value | undefined>;
  readonly context: ServerContext;
  readonly clock: TestClock;
  readonly admin: { readonly username: string; readonly password: string };
  /** A client with no session. */
  anonymous(): TestClient;
  /** A client signed in as these credentials (throws if the login fails). */
  login(username: string, password: string): Promise<TestClient>;
  loginAsAdmin(): Promise<TestClient>;
  /** Creates a user through the API (as the admin) and signs them in. */
  createUser(user?: NewTestUser): Promise<{ user: UserView; client: TestClient; password: string }>;
  close(): Promise<void>;
}

let userCounter = 0;

/**
 * Starts `createApp` on port 0 with a fresh data folder, migrated, with an admin
 * (`admin` / `test-admin-password`). Close it in `afterAll`/`afterEach`.
 *
 * @example
 * const server = await startTestServer();
 * const { client: member } = await server.createUser({ role: 'member' });
 * expect((await member.get('/api/users')).status).toBe(200);
 * await server.close();
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'formwork-test-'));
  const clock = options.clock ?? new TestClock();
  const admin = { username: 'admin', password: 'test-admin-password' };
  const settings: Settings = {
    ...defaultSettings,
    dataDir,
    admin,
    // Cheap hashes keep tests fast; the stored parameters make real ones work all the same.
    passwordHashCost: 10,
    webRoots: { designer: join(dataDir, 'no-designer'), app: join(dataDir, 'no-app') },
    ...options.settings,
  };
  const database = await openTestStorage(dataDir, options.databaseUrl, clock);
  const { app, context } = createApp({
    storage: database.storage,
    settings,
    now: clock.now,
    randomBytes,
    logger: options.logger ?? silentLogger,
    ...(options.formPublishHooks ? { formPublishHooks: options.formPublishHooks } : {}),
  });
  await bootstrapAdmin(context);
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const login = async (username: string, password: string): Promise<TestClient> => {
    const client = new TestClient(url);
    const response = await client.post('/api/auth/login', { username, password });
    if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return client;
  };
  let adminClient: TestClient | undefined;

  return {
    url,
    app,
    dataDir,
    databaseUrl: database.url,
    get db(): SqliteDatabase {
      if (!database.sqlite) throw new Error('this test reads SQLite directly; on a PostgreSQL run it must be skipped (onPostgres)');
      return database.sqlite;
    },
    sql: database.sql,
    async sqlValue<Value>(text: string, ...params: unknown[]) {
      const [row] = await database.sql<Record<string, unknown>>(text, ...params);
      return row === undefined ? undefined : (Object.values(row)[0] as Value);
    },
    context,
    clock,
    admin,
    anonymous: () => new TestClient(url),
    login,
    loginAsAdmin: () => login(admin.username, admin.password),
    async createUser(user = {}) {
      adminClient ??= await login(admin.username, admin.password);
      const username = user.username ?? `user${++userCounter}`;
      const password = user.password ?? `password-${username}`;
      const response = await adminClient.post<UserView>('/api/users', {
        username,
        password,
        name: user.name ?? username,
        role: user.role ?? 'member',
        ...(user.departmentId !== undefined ? { departmentId: user.departmentId } : {}),
      });
      if (response.status !== 201) throw new Error(`creating ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return { user: response.body, client: await login(username, password), password };
    },
    close: async () => {
      await closeServer(server);
      await database.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Whether this run keeps the test servers' data in PostgreSQL (the `server-postgres` project). */
export const onPostgres = process.env['FORMWORK_TEST_DATABASE'] === 'postgres';

interface TestStorage {
  readonly storage: Storage;
  readonly url: string | null;
  readonly sqlite: SqliteDatabase | null;
  sql<Row>(text: string, ...params: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * The storage of a test server. Unlike `formwork serve`, the data folder is not held: tests
 * start two servers on one database on purpose.
 */
async function openTestStorage(dataDir: string, databaseUrl: string | null | undefined, clock: TestClock): Promise<TestStorage> {
  const blobs = createFolderBlobStore(join(dataDir, 'files'));
  if (!onPostgres) {
    const db = openDatabase(databasePath(dataDir));
    migrateDatabase(db, clock.now);
    const storage = sqliteStorageOf(db, blobs);
    return {
      storage,
      url: null,
      sqlite: db,
      sql: async <Row>(text: string, ...params: unknown[]) => {
        const statement = db.prepare(text);
        if (!statement.reader) {
          statement.run(...params);
          return [];
        }
        return statement.all(...params) as Row[];
      },
      close: () => storage.close(),
    };
  }
  const created = databaseUrl ? undefined : await createTestDatabase();
  const url = databaseUrl ?? created?.url ?? '';
  const storage = await openPostgresStorage(url, blobs, clock.now);
  const direct = await openPostgres(url, { max: 2 });
  return {
    storage,
    url,
    sqlite: null,
    sql: async <Row>(text: string, ...params: unknown[]) => {
      return (await direct.query(numberPlaceholders(text), params)).rows as Row[];
    },
    close: async () => {
      await direct.end();
      await storage.close();
      await created?.drop();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
