import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from './storage/sqlite/openDatabase.js';
import { runWriteBurst } from './testing/runWriteBurst.js';
import { spawnServerProcess, type ServerProcess } from './testing/spawnServerProcess.js';
import { TestClient } from './testing/TestClient.js';

let dataDir: string;
let running: ServerProcess | undefined;
afterEach(async () => {
  await running?.kill('SIGKILL');
  running = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = { username: 'admin', password: 'crash-test-password' };

async function start(): Promise<{ server: ServerProcess; client: TestClient }> {
  const server = await spawnServerProcess({ FORMWORK_DATA_DIR: dataDir, FORMWORK_ADMIN_USER: admin.username, FORMWORK_ADMIN_PASSWORD: admin.password });
  running = server;
  const client = new TestClient(server.url);
  const login = await client.post('/api/auth/login', admin);
  expect(login.status).toBe(200);
  return { server, client };
}

describe('kill -9 during a burst of writes', () => {
  it('keeps every acknowledged write, and the database passes integrity_check', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'formwork-crash-'));
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
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(150);

    const second = await start();
    expect(second.server.output()).not.toMatch(/Admin account/); // not bootstrapped again
    const apps = await second.client.get<{ items: { id: string; name: string }[] }>('/api/apps');
    const found = new Set(apps.body.items.map((app) => app.id));
    const missing = result.acknowledged.filter((id) => !found.has(id));
    expect(missing).toEqual([]);
    await second.server.kill('SIGTERM');
    expect(second.server.child.exitCode).toBe(0);

    // The server is stopped: this connection is the only one (storage/sqlite opens it; nothing else speaks to SQLite).
    const db = openDatabase(databasePath(dataDir));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
