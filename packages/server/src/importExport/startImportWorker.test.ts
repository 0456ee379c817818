import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../http/HttpError.js';
import { publishNewForm } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { ImportChunk, ImportStart } from './checkImportSheet.js';
import { startImportWorker } from './startImportWorker.js';
import type { StorageAddress } from '../storage/StorageAddress.js';

let server: TestServer;
let formId: string;
let adminId: string;

const form: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_visits', type: 'number', label: 'Visits' },
  ],
};

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, form);
  adminId = (await admin.get<{ user: { id: string } }>('/api/me')).body.user.id;
});
afterAll(() => server.close());

const workerFor = (overrides: { formVersion?: number; storage?: StorageAddress } = {}) =>
  startImportWorker({
    storage: overrides.storage ?? server.context.storageAddress ?? { kind: 'sqlite', file: '' },
    formId,
    formVersion: overrides.formVersion ?? 1,
    userId: adminId,
    locale: 'en',
    now: server.clock.now(),
    timeZone: 'Asia/Shanghai',
    maxRows: 100,
    xlsx: { maxEntries: 1000, maxUnpackedBytes: 1024 * 1024, maxCompressionRatio: 200 },
    chunkRows: 2,
    keepLines: false,
    maxMemoryMb: 256,
  });

describe('startImportWorker', () => {
  it('checks a file sent after it started, in chunks, encoded for storage', async () => {
    const worker = workerFor();
    try {
      worker.send(Buffer.from('Customer,Visits\nAcme,3\n,4\nBeta,x\nGamma,\n', 'utf8'));
      const start = (await worker.next()) as ImportStart;
      expect(start).toMatchObject({ kind: 'start', rowBound: 5, columns: [{ fieldId: 'f_customer', header: 'Customer' }, { fieldId: 'f_visits', header: 'Visits' }] });
      const first = (await worker.next()) as ImportChunk;
      // Row 3 has no customer; row 2 is good, its cells in the form's value-column order.
      expect([first.rows, first.rowNumbers, first.json.map((text) => JSON.parse(text) as unknown)]).toEqual([2, [2], [{ f_customer: 'Acme', f_visits: 3 }]]);
      expect(first.cells).toEqual(['Acme', 3]);
      expect(first.errors.map((error) => [error.row, error.fieldId])).toEqual([[3, 'f_customer']]);
      const second = (await worker.next()) as ImportChunk;
      expect([second.rows, second.rowNumbers, second.errors.map((error) => [error.row, error.column])]).toEqual([2, [5], [[4, 'Visits']]]);
      expect(await worker.next()).toBeUndefined();
    } finally {
      await worker.close();
    }
  });

  it('refuses, with 409, to check against a form version other than the one the request opened', async () => {
    const worker = workerFor({ formVersion: 2 });
    try {
      const failure = await worker.next().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HttpError);
      expect([(failure as HttpError).status, (failure as HttpError).code]).toEqual([409, 'form_changed']);
    } finally {
      await worker.close();
    }
  });

  it('passes on why it could not start', async () => {
    const worker = workerFor({ storage: { kind: 'sqlite', file: `${server.dataDir}/missing/nothing.sqlite` } });
    try {
      await expect(worker.next()).rejects.toThrow(/import worker failed: .*Cannot open database because the directory does not exist/);
    } finally {
      await worker.close();
    }
  });

  it('gives a sheet error (bad CSV) as the HTTP error it is, once the broken row is reached', async () => {
    const worker = workerFor();
    try {
      worker.send(Buffer.from('Customer\nAcme\n"open\n', 'utf8'));
      expect(await worker.next()).toMatchObject({ kind: 'start' });
      const failure = await worker.next().catch((error: unknown) => error);
      expect([(failure as HttpError).status, (failure as HttpError).code]).toEqual([400, 'invalid_csv']);
    } finally {
      await worker.close();
    }
  });

  it('can be closed before it is sent a file (an upload that failed)', async () => {
    const worker = workerFor();
    await expect(worker.close()).resolves.toBeUndefined();
  });
});
