import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProcessStorage, type ProcessStorage } from '../testing/processStorage.js';
import { runWriteBurst } from '../testing/runWriteBurst.js';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { spawnServerProcess, type ServerProcess } from '../testing/spawnServerProcess.js';
import { TestClient } from '../testing/TestClient.js';
import { publishNewForm, type PageBody, type RecordBody } from './testing/publishForm.js';

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
  expect((await client.post('/api/auth/login', admin)).status).toBe(200);
  return { server, client };
}

async function allRecordIds(client: TestClient, formId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { body: PageBody } = await client.get<PageBody>(`/api/forms/${formId}/records?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    for (const record of page.body.items) ids.add(record.id);
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

describe('kill -9 during a burst of record submissions', () => {
  it('keeps every acknowledged record, its value row and its creation stamp; integrity_check passes', async () => {
    const first = await start();
    const formId = await publishNewForm(first.client, sampleFormSchema({ title: 'Crash test' }));
    let killed: Promise<void> | undefined;

    const result = await runWriteBurst({
      concurrency: 8,
      maxWrites: 3000,
      crashAfter: 200,
      crash: () => {
        killed = first.server.kill('SIGKILL');
      },
      write: async (index) => {
        const response = await first.client.post<RecordBody>(
          `/api/forms/${formId}/records`,
          { data: { f_name: `burst ${index}`, f_amount: index } },
          { headers: { 'Idempotency-Key': `burst-${index}` } },
        );
        return response.status === 201 ? response.body.id : undefined;
      },
    });
    await killed;
    expect(first.server.child.signalCode).toBe('SIGKILL');
    expect(first.server.output()).toMatch(storage.kind === 'postgres' ? /Storage: PostgreSQL/ : /Storage: SQLite/);
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(200);

    const second = await start();
    const found = await allRecordIds(second.client, formId);
    expect(result.acknowledged.filter((id) => !found.has(id))).toEqual([]);
    await second.server.kill('SIGTERM');

    // The server is stopped: nothing else writes. SQLite checks its own file; on PostgreSQL the
    // server's WAL recovery is its business, and the tables must agree with each other.
    if (storage.kind === 'sqlite') {
      expect(await storage.sqlValue('PRAGMA integrity_check')).toBe('ok');
      expect(await storage.sql('PRAGMA foreign_key_check')).toEqual([]);
    }
    const tableNo = await storage.sqlValue<number>('SELECT table_no FROM value_tables WHERE form_id = ?', formId);
    const records = await storage.sqlValue<number>('SELECT count(*) FROM records WHERE form_id = ?', formId);
    expect(await storage.sqlValue(`SELECT count(*) FROM form_values_${String(tableNo)}`)).toBe(records);
    // Each record's creation stamp (its history's first entry) is whole.
    expect(await storage.sqlValue('SELECT count(*) FROM records WHERE creator_id IS NULL OR created_at <= 0')).toBe(0);
    expect(await storage.sqlValue('SELECT count(*) FROM record_idempotency')).toBe(records);
  });
});
