import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProcessStorage, type ProcessStorage } from './testing/processStorage.js';
import { runWriteBurst } from './testing/runWriteBurst.js';
import { spawnServerProcess, type ServerProcess } from './testing/spawnServerProcess.js';
import { TestClient } from './testing/TestClient.js';

let dataDir: string;
let storage: ProcessStorage;
let running: ServerProcess | undefined;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'formwork-crash-'));
  storage = await openProcessStorage(dataDir);
});
afterEach(async () => {
  await running?.kill('SIGKILL');
  running = undefined;
  await storage.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = { username: 'admin', password: 'crash-test-password' };

async function start(): Promise<{ server: ServerProcess; client: TestClient }> {
  const server = await spawnServerProcess({ FORMWORK_DATA_DIR: dataDir, FORMWORK_ADMIN_USER: admin.username, FORMWORK_ADMIN_PASSWORD: admin.password, ...storage.env });
  running = server;
  const client = new TestClient(server.url);
  const login = await client.post('/api/auth/login', admin);
  expect(login.status).toBe(200);
  return { server, client };
}

describe('kill -9 during a burst of writes', () => {
  it('keeps every acknowledged write, and the database passes integrity_check', async () => {
    const first = await start();
    let killed: Promise<void> | undefined;

    // The write under test: creating apps. Point `write` at records to crash-test them.
    const result = await runWriteBurst({
      concurrency: 8,
      maxWrites: 2000,
      crashAfter: 150,
      crash: () => {
        killed = first.server.kill('SIGKILL');
      },
      write: async (index) => {
        const response = await first.client.post<{ id: string }>('/api/apps', { name: `burst-${index}` });
        return response.status === 201 ? response.body.id : undefined;
      },
    });
    await killed;
    expect(first.server.child.signalCode).toBe('SIGKILL');
    expect(first.server.output()).toMatch(storage.kind === 'postgres' ? /Storage: PostgreSQL/ : /Storage: SQLite/);
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(150);

    const second = await start();
    expect(second.server.output()).not.toMatch(/Admin account/); // not bootstrapped again
    const apps = await second.client.get<{ items: { id: string; name: string }[] }>('/api/apps');
    const found = new Set(apps.body.items.map((app) => app.id));
    const missing = result.acknowledged.filter((id) => !found.has(id));
    expect(missing).toEqual([]);
    await second.server.kill('SIGTERM');
    expect(second.server.child.exitCode).toBe(0);

    // The server is stopped: SQLite checks its own file (on PostgreSQL, recovery is the server's business).
    if (storage.kind === 'sqlite') {
      expect(await storage.sqlValue('PRAGMA integrity_check')).toBe('ok');
      expect(await storage.sql('PRAGMA foreign_key_check')).toEqual([]);
    }
    expect(await storage.sqlValue('SELECT count(*) FROM apps')).toBeGreaterThanOrEqual(result.acknowledged.length);
  });
});
