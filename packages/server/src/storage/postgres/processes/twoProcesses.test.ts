import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../../files/testing/multipartBody.js';
import { publishNewForm, type PageBody, type RecordBody } from '../../../records/testing/publishForm.js';
import { spawnServerProcess, type ServerProcess } from '../../../testing/spawnServerProcess.js';
import { TestClient } from '../../../testing/TestClient.js';
import { openPostgres } from '../openPostgres.js';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase.js';

const admin = { username: 'admin', password: 'two-processes-password' };

const orderForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '订单',
  fields: [
    { id: 'f_name', type: 'text', label: 'Customer', required: true },
    { id: 'f_amount', type: 'number', label: 'Amount' },
    { id: 'f_code', type: 'text', label: 'Code', unique: true },
    { id: 'f_no', type: 'serial', label: 'No.', parts: [{ kind: 'text', value: 'SO' }, { kind: 'counter', digits: 4 }] },
  ],
};

let dataDir: string;
let database: TestDatabase;
let first: ServerProcess;
let second: ServerProcess;
let onFirst: TestClient;
let onSecond: TestClient;
let formId: string;

/**
 * Two `formwork serve` processes on one PostgreSQL database (and one shared data folder for file
 * bytes), as behind a load balancer: whichever process a request reaches, it sees the same data
 * and the same invariants hold.
 */
describe('two server processes on one PostgreSQL database', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'formwork-two-'));
    database = await createTestDatabase({ empty: true });
    const env = { FORMWORK_DATA_DIR: dataDir, FORMWORK_DATABASE_URL: database.url, FORMWORK_ADMIN_USER: admin.username, FORMWORK_ADMIN_PASSWORD: admin.password };
    // Started together on an empty database: both migrate (one waits on the other's lock) and
    // both try to create the first admin — exactly one may.
    [first, second] = await Promise.all([spawnServerProcess(env), spawnServerProcess(env)]);
    onFirst = new TestClient(first.url);
    expect((await onFirst.post('/api/auth/login', admin)).status).toBe(200);
    onSecond = onFirst.via(second.url);
    formId = await publishNewForm(onFirst, orderForm);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([first.kill('SIGTERM'), second.kill('SIGTERM')]);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('started together: one admin, one migration, both serving PostgreSQL', async () => {
    expect(first.output()).toMatch(/Storage: PostgreSQL/);
    expect(second.output()).toMatch(/Storage: PostgreSQL/);
    const pool = await openPostgres(database.url, { max: 1 });
    try {
      expect((await pool.query('SELECT count(*) AS n FROM users')).rows[0]).toEqual({ n: 1 });
    } finally {
      await pool.end();
    }
    expect([first.output(), second.output()].filter((output) => /Admin account/.test(output))).toHaveLength(1);
  });

  it('a session opened on one process is valid on the other, and signing out on one ends it on both', async () => {
    const me = await onSecond.get<{ user: { username: string } }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('admin');
    const other = new TestClient(second.url);
    expect((await other.post('/api/auth/login', admin)).status).toBe(200);
    expect((await other.post('/api/auth/logout')).status).toBe(204);
    expect((await other.via(first.url).get('/api/me')).status).toBe(401);
  });

  it('of two changes to one record from the same version, one on each process, exactly one wins (the other 409)', async () => {
    const created = await onFirst.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_name: 'Race', f_amount: 1 } });
    expect(created.status).toBe(201);
    for (let round = 0; round < 5; round++) {
      const version = `"${String(round + 1)}"`;
      const answers = await Promise.all(
        [onFirst, onSecond].map((client, index) => client.patch(`/api/records/${created.body.id}`, { data: { f_amount: 100 + round * 10 + index } }, { headers: { 'If-Match': version } })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    }
  });

  it('one Idempotency-Key sent to both processes at once makes one record', async () => {
    const send = (client: TestClient) => client.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_name: 'Once', f_amount: 5 } }, { headers: { 'Idempotency-Key': 'two-processes-1' } });
    const answers = await Promise.all([send(onFirst), send(onSecond), send(onFirst), send(onSecond)]);
    const ids = new Set(answers.filter((answer) => answer.status === 201 || answer.status === 200).map((answer) => answer.body.id));
    expect(ids.size).toBe(1);
    const list = await onSecond.get<PageBody>(`/api/forms/${formId}/records?filter=${encodeURIComponent(JSON.stringify({ field: 'f_name', op: 'eq', value: 'Once' }))}`);
    expect(list.body.items).toHaveLength(1);
  });

  it('serial numbers from both processes at once: consecutive, none twice', async () => {
    const answers = await Promise.all(Array.from({ length: 24 }, (_, index) => (index % 2 === 0 ? onFirst : onSecond).post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_name: `Serial ${String(index)}` } })));
    expect(answers.every((answer) => answer.status === 201)).toBe(true);
    const numbers = answers.map((answer) => Number(String(answer.body.data['f_no']).slice(2))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(24);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(23);
  });

  it('a unique value sent to both processes at once is kept once', async () => {
    const answers = await Promise.all([onFirst, onSecond, onFirst, onSecond].map((client) => client.post(`/api/forms/${formId}/records`, { data: { f_name: 'Dup', f_code: 'ACME-1' } })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409]);
  });

  it('an import on one process is read on the other', async () => {
    const csv = Buffer.from(`Customer,Amount\n${Array.from({ length: 50 }, (_, index) => `Imported ${String(index)},${String(index)}`).join('\n')}\n`, 'utf8');
    const { body, contentType } = multipartBody({ name: 'orders.csv', type: 'text/csv', bytes: csv });
    const imported = await onFirst.post<{ imported: number }>(`/api/forms/${formId}/import`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toBe(50);
    const filter = encodeURIComponent(JSON.stringify({ field: 'f_name', op: 'like', value: 'Imported' }));
    expect((await onSecond.get<PageBody>(`/api/forms/${formId}/records?filter=${filter}&limit=1`)).body.total).toBe(50);
  });

  it('housekeeping runs in one process at a time: one lease, held by one of them', async () => {
    const pool = await openPostgres(database.url, { max: 1 });
    try {
      const { rows } = await pool.query<{ holder: string }>("SELECT holder FROM leases WHERE name = 'housekeeping'");
      expect(rows).toHaveLength(1);
      const pids = [first.child.pid, second.child.pid].map(String);
      expect(pids.filter((pid) => rows[0]?.holder.includes(`:${pid}:`))).toHaveLength(1);
    } finally {
      await pool.end();
    }
  });
});
