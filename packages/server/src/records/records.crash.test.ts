import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../storage/sqlite/openDatabase.js';
import { runWriteBurst } from '../testing/runWriteBurst.js';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { spawnServerProcess, type ServerProcess } from '../testing/spawnServerProcess.js';
import { TestClient } from '../testing/TestClient.js';
import { publishNewForm, type PageBody, type RecordBody } from './testing/publishForm.js';

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
    dataDir = mkdtempSync(join(tmpdir(), 'formwork-records-crash-'));
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
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(200);

    const second = await start();
    const found = await allRecordIds(second.client, formId);
    expect(result.acknowledged.filter((id) => !found.has(id))).toEqual([]);
    await second.server.kill('SIGTERM');

    // The server is stopped: this connection is the only one (storage/sqlite opens it; nothing else speaks to SQLite).
    const db = openDatabase(databasePath(dataDir));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const table = `form_values_${String(db.prepare('SELECT table_no FROM value_tables WHERE form_id = ?').pluck().get(formId))}`;
      const records = db.prepare('SELECT count(*) FROM records WHERE form_id = ?').pluck().get(formId);
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(records);
      // Each record's creation stamp (its history's first entry) is whole.
      expect(db.prepare('SELECT count(*) FROM records WHERE creator_id IS NULL OR created_at <= 0').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM record_idempotency').pluck().get()).toBe(records);
    } finally {
      db.close();
    }
  });
});
