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
import type { FormPublishHook } from '../forms/FormPublishHook.js';
import { createHttpServer } from '../http/createHttpServer.js';
import { silentLogger, type Logger } from '../Logger.js';
import type { ServerContext } from '../ServerContext.js';
import type { UserView } from '../org/userView.js';
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
}

export interface NewTestUser {
  readonly username?: string;
  readonly password?: string;
  readonly name?: string;
  readonly role?: Role;
  readonly departmentId?: string | null;
}

/** A real server on a free port over a real SQLite file in a temporary folder. */
export interface TestServer {
  readonly url: string;
  /** The express app under test (e.g. to inspect its registered routes). */
  readonly app: Express;
  readonly dataDir: string;
  readonly db: SqliteDatabase;
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
  const db = openDatabase(databasePath(dataDir));
  migrateDatabase(db, clock.now);
  const { app, context } = createApp({
    db,
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
    db,
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
    close: () => closeServer(server, db, ownDir ? dataDir : undefined),
  };
}

function closeServer(server: Server, db: SqliteDatabase, removeDir: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => {
      db.close();
      if (removeDir) rmSync(removeDir, { recursive: true, force: true });
      if (error) reject(error);
      else resolve();
    });
    server.closeAllConnections();
  });
}
