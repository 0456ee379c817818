import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileRef } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filePath } from '../files/filePath.js';
import { uploadTempDir } from '../files/storeUpload.js';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, type RecordBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { runHousekeeping } from './runHousekeeping.js';
import { claimForm } from '../files/testing/claimForm.js';

const DAY = 24 * 60 * 60 * 1000;

let server: TestServer;
let owner: TestClient;
let formId: string;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.loginAsAdmin();
  owner = (await server.createUser({ username: 'claimant' })).client;
  formId = await publishNewForm(admin, claimForm);
});
afterAll(() => server.close());

async function upload(name: string): Promise<FileRef> {
  const { body, contentType } = multipartBody({ name, type: 'text/plain', bytes: Buffer.from(`contents of ${name}`) });
  const response = await owner.post<FileRef>('/api/files', undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
  expect(response.status).toBe(201);
  return response.body;
}

const submit = (data: Record<string, unknown>, key?: string) =>
  owner.post<RecordBody>(`/api/forms/${formId}/records`, { data }, key === undefined ? {} : { headers: { 'Idempotency-Key': key } });

describe('runHousekeeping', () => {
  it('forgets idempotency keys after their time, and only those', async () => {
    const first = await submit({ f_title: 'Taxi' }, 'claim-1');
    server.clock.advance(6 * DAY);
    const second = await submit({ f_title: 'Hotel' }, 'claim-2');
    server.clock.advance(1 * DAY + 1);
    expect((await runHousekeeping(server.context)).idempotencyKeys).toBe(1);
    // claim-2 is still remembered: the same request answers the same record.
    expect((await submit({ f_title: 'Hotel' }, 'claim-2')).body.id).toBe(second.body.id);
    // claim-1 is forgotten: the key is free again and makes a new record.
    const again = await submit({ f_title: 'Taxi' }, 'claim-1');
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
  });

  it('removes uploads no record ever referenced once they are old, keeping every file a record referenced', async () => {
    const forgotten = await upload('forgotten.txt');
    const attached = await upload('attached.txt');
    const detached = await upload('detached.txt');
    await submit({ f_title: 'Kept', f_docs: [attached] });
    const record = await submit({ f_title: 'Changed', f_docs: [detached] });
    // The record drops the file: its history still shows it, so the file stays.
    const changed = await owner.patch(`/api/records/${record.body.id}`, { data: { f_docs: null } }, { headers: { 'If-Match': `"${String(record.body.version)}"` } });
    expect(changed.status).toBe(200);
    server.clock.advance(7 * DAY - 1);
    const recent = await upload('recent.txt');
    expect((await runHousekeeping(server.context)).uploads).toBe(0);

    server.clock.advance(2);
    expect((await runHousekeeping(server.context)).uploads).toBe(1);
    expect(existsSync(filePath(server.dataDir, forgotten.fileId))).toBe(false);
    expect((await owner.get(`/api/files/${forgotten.fileId}`)).status).toBe(404);
    for (const kept of [attached, detached, recent]) {
      expect(existsSync(filePath(server.dataDir, kept.fileId)), kept.name).toBe(true);
      expect((await owner.get(`/api/files/${kept.fileId}`)).status, kept.name).toBe(200);
    }
    // A removed upload cannot be put into a record any more.
    expect((await submit({ f_title: 'Late', f_docs: [forgotten] })).status).toBe(400);
  });
  it('removes what uploads cut off by a crash left in files/incoming once nothing has written to it for an hour', async () => {
    const HOUR = 60 * 60 * 1000;
    expect(server.context.settings.records.incomingUploadTtlMs).toBe(HOUR);
    const incoming = uploadTempDir(server.dataDir);
    mkdirSync(incoming, { recursive: true });
    /** A temp file as a killed process leaves it, last written `ago` ms before the (test) clock's now. */
    const leftover = (name: string, ago: number) => {
      const path = join(incoming, name);
      writeFileSync(path, 'half an upload');
      const written = (server.clock.now() - ago) / 1000;
      utimesSync(path, written, written);
    };
    leftover('upload-stale', HOUR + 1000);
    leftover('upload-arriving', HOUR - 1000);
    expect((await runHousekeeping(server.context)).incomingFiles).toBe(1);
    expect(readdirSync(incoming)).toEqual(['upload-arriving']);

    server.clock.advance(2000);
    expect((await runHousekeeping(server.context)).incomingFiles).toBe(1);
    expect(readdirSync(incoming)).toEqual([]);
    // A stored upload is untouched: it left incoming/ when it was kept.
    const kept = await upload('kept.txt');
    expect(existsSync(filePath(server.dataDir, kept.fileId))).toBe(true);
    expect((await runHousekeeping(server.context)).incomingFiles).toBe(0);
  });
});
