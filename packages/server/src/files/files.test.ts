import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileRef } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type RecordBody } from '../records/testing/publishForm.js';
import { defaultRecordSettings } from '../records/RecordSettings.js';
import { filePath } from './filePath.js';
import { multipartBody, pngBytes } from './testing/multipartBody.js';
import { claimForm } from './testing/claimForm.js';

let server: TestServer;
let admin: TestClient;
let owner: TestClient;
let stranger: TestClient;
let formId: string;

beforeAll(async () => {
  server = await startTestServer({ settings: { records: { ...defaultRecordSettings, uploadMaxBytes: 4096, importMaxBytes: 1 << 20, importMaxRows: 1000 } } });
  admin = await server.loginAsAdmin();
  owner = (await server.createUser({ username: 'claimant' })).client;
  stranger = (await server.createUser({ username: 'stranger' })).client;
  formId = await publishNewForm(admin, claimForm);
});
afterAll(() => server.close());

async function upload(client: TestClient, file: { name: string; type: string; bytes: Uint8Array }, query = '') {
  const { body, contentType } = multipartBody(file);
  return client.post<FileRef & ErrorBody>(`/api/files${query}`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
}

describe('POST /api/files', () => {
  it('stores an image under <dataDir>/files/aa/bb/<id> and returns its FileRef, typed by its bytes', async () => {
    const response = await upload(owner, { name: 'receipt.png', type: 'application/octet-stream', bytes: pngBytes(200) });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ fileId: expect.stringMatching(/^fil_[0-9a-f]{32}$/), name: 'receipt.png', size: 200, mimeType: 'image/png' });
    const path = filePath(server.dataDir, response.body.fileId);
    expect(path.startsWith(join(server.dataDir, 'files', response.body.fileId.slice(4, 6), response.body.fileId.slice(6, 8)))).toBe(true);
    expect(existsSync(path)).toBe(true);
  });

  it('refuses an "image" whose bytes are not one (415) and keeps nothing', async () => {
    const before = readdirSync(join(server.dataDir, 'files', 'incoming')).length;
    const response = await upload(owner, { name: 'photo.png', type: 'image/png', bytes: Buffer.from('<html><script>alert(1)</script></html>') });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('file_type_mismatch');
    expect(readdirSync(join(server.dataDir, 'files', 'incoming')).length).toBe(before);
  });

  it('applies the size limit of the settings and of the field (413)', async () => {
    expect((await upload(owner, { name: 'big.txt', type: 'text/plain', bytes: new Uint8Array(5000) })).status).toBe(413);
    const field = await upload(owner, { name: 'r.png', type: 'image/png', bytes: pngBytes(2000) }, `?formId=${formId}&fieldId=f_receipt`);
    expect(field.status).toBe(413);
    expect(field.body.error.code).toBe('file_too_large');
  });

  it('takes only images for an image field', async () => {
    const response = await upload(owner, { name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('hello') }, `?formId=${formId}&fieldId=f_receipt`);
    expect(response.status).toBe(415);
    expect((await upload(owner, { name: 'a.txt', type: 'text/plain', bytes: Buffer.from('x') }, `?formId=${formId}&fieldId=f_title`)).status).toBe(400);
  });

  it('needs the CSRF header, a multipart body with a file part, and a session', async () => {
    const { body, contentType } = multipartBody({ name: 'a.txt', type: 'text/plain', bytes: Buffer.from('x') });
    expect((await owner.post('/api/files', undefined, { rawBody: body, headers: { 'content-type': contentType } })).status).toBe(415);
    const wrongPart = multipartBody({ name: 'a.txt', type: 'text/plain', bytes: Buffer.from('x') }, 'upload');
    expect((await owner.post('/api/files', undefined, { rawBody: wrongPart.body, headers: { 'content-type': wrongPart.contentType, 'x-requested-with': 't' } })).status).toBe(400);
    expect((await owner.post('/api/files', { file: 'x' })).status).toBe(400);
    expect((await upload(server.anonymous(), { name: 'a.txt', type: 'text/plain', bytes: Buffer.from('x') })).status).toBe(401);
  });
});

describe('GET /api/files/:id and records', () => {
  it('serves a file to its uploader only, until a record references it; then to whoever may see the record', async () => {
    const uploaded = (await upload(owner, { name: '报销单.txt', type: 'text/plain', bytes: Buffer.from('<script>x</script>') })).body;
    expect((await stranger.get(`/api/files/${uploaded.fileId}`)).status).toBe(404);
    const mine = await owner.get<string>(`/api/files/${uploaded.fileId}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toBe('<script>x</script>');
    expect(mine.headers.get('content-type')).toBe('application/octet-stream');
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''%E6%8A%A5/);
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');

    const record = await owner.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_title: 'Taxi', f_docs: [uploaded] } });
    expect(record.status).toBe(201);
    expect((await admin.get(`/api/files/${uploaded.fileId}`)).status).toBe(200);
    expect((await stranger.get(`/api/files/${uploaded.fileId}`)).status).toBe(404);
  });

  it('serves images inline with their sniffed type', async () => {
    const image = (await upload(owner, { name: 'r.png', type: 'image/png', bytes: pngBytes(100) })).body;
    const response = await owner.get(`/api/files/${image.fileId}`);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^inline/);
  });

  it("replaces a client's claims about a file with the server's (name, size, type), so field limits hold", async () => {
    const big = (await upload(owner, { name: 'scan.png', type: 'image/png', bytes: pngBytes(3000) })).body;
    const lying = await owner.post<ErrorBody>(`/api/forms/${formId}/records?lang=en`, { data: { f_receipt: [{ ...big, size: 10 }] } });
    expect(lying.status).toBe(400);
    expect(detailsOf(lying.body)[0]).toMatchObject({ fieldId: 'f_receipt', code: 'fileSize' });
    const small = (await upload(owner, { name: 'r.png', type: 'image/png', bytes: pngBytes(100) })).body;
    const saved = await owner.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_receipt: [{ ...small, name: 'renamed.exe', mimeType: 'text/html' }] } });
    expect(saved.status).toBe(201);
    expect(saved.body.data['f_receipt']).toEqual([small]);
  });

  it("refuses someone else's file id and an unknown one, with the same error", async () => {
    const theirs = (await upload(stranger, { name: 'x.txt', type: 'text/plain', bytes: Buffer.from('x') })).body;
    for (const ref of [theirs, { ...theirs, fileId: 'fil_00000000000000000000000000000000' }]) {
      const response = await owner.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_docs: [ref] } });
      expect(response.status).toBe(400);
      expect(detailsOf(response.body)[0]).toMatchObject({ fieldId: 'f_docs', pointer: '/data/f_docs/0', code: 'unknown_file' });
    }
  });

  it('checks accept against the real name', async () => {
    const exe = (await upload(owner, { name: 'tool.exe', type: 'application/x-msdownload', bytes: Buffer.from('MZ') })).body;
    const response = await owner.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_docs: [{ ...exe, name: 'tool.pdf' }] } });
    expect(response.status).toBe(400);
    expect(detailsOf(response.body)[0]?.code).toBe('fileType');
  });

  it('is 404 for ids that are not file ids', async () => {
    expect((await owner.get('/api/files/..%2F..%2Fformwork.sqlite')).status).toBe(404);
    expect((await owner.get('/api/files/fil_zz')).status).toBe(404);
  });
});
