import { spawn } from 'node:child_process';
import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { databasePath } from './openDatabase.js';
import { startTestServer, type TestServer } from '../../testing/startTestServer.js';
import type { TestClient } from '../../testing/TestClient.js';
import { publishNewForm, type RecordBody } from '../../records/testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let formId: string;

const form: FormSchema = { kind: 'form', schemaVersion: 1, title: 'Notes', fields: [{ id: 'f_note', type: 'text', label: 'Note' }] };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, form);
});
afterAll(() => server.close());

/**
 * Another process (a maintenance script, a backup tool) writes to the database file and holds
 * its write lock for a while. Resolves once the lock is held; `done` once it has committed.
 */
function holdWriteLockElsewhere(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE users SET name = name || '' WHERE username = 'admin'").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ done });
    });
    child.once('exit', (code) => reject(new Error(`the other writer exited early (${String(code)})`)));
  });
}

it('waits for a write lock held by another process and then saves, instead of answering 500', async () => {
  const created = await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_note: 'first' } });
  expect(created.status).toBe(201);
  const other = await holdWriteLockElsewhere(databasePath(server.dataDir), 400);
  const [edit, submit] = await Promise.all([
    admin.patch<RecordBody>(`/api/records/${created.body.id}`, { data: { f_note: 'second' } }, { headers: { 'if-match': `"${String(created.body.version)}"` } }),
    admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_note: 'another' } }),
  ]);
  await other.done;
  expect(edit.status).toBe(200);
  expect(edit.body.data.f_note).toBe('second');
  expect(submit.status).toBe(201);
});
