import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimForm } from '../files/testing/claimForm.js';
import { uploadTempDir } from '../files/storeUpload.js';
import { publishNewForm, type RecordBody } from '../records/testing/publishForm.js';
import { sendRawRequest, type RawRequestOptions } from '../testing/sendRawRequest.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

/**
 * Truncated, malformed and aborted bodies sent to every route that reads a request stream, the
 * way a careless or hostile client sends them. None may take the process down (an unhandled
 * stream error fails this file) or leave a temporary file behind; each is answered 4xx or, when
 * the client is gone, not at all.
 */

let server: TestServer;
/** A broken body is the client's fault: the server must never log it as its own failure. */
const serverErrors: string[] = [];
let rep: TestClient;
let formId: string;
let record: RecordBody;

beforeAll(async () => {
  server = await startTestServer({ logger: { info: () => {}, warn: () => {}, error: (message) => serverErrors.push(message) } });
  const admin = await server.loginAsAdmin();
  // The rep may import here, so the import route reads the broken bodies rather than refusing the role first.
  formId = await publishNewForm(admin, { ...claimForm, settings: { ...claimForm.settings, access: { ...claimForm.settings?.access, import: { roles: ['member'] } } } });
  rep = (await server.createUser({ username: 'rep', password: 'rep-password-1' })).client;
  record = (await rep.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_title: 'Taxi' } })).body;
});
afterAll(() => server.close());

const boundary = 'formwork-broken-body';
const multipartType = `multipart/form-data; boundary=${boundary}`;
const filePart = (name = 'file', filename = 'a.csv') =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\nTitle\r\nTaxi\r\n`;
const closing = `--${boundary}--\r\n`;

/** A request head as a browser would send it for this signed-in user, asking the server to close after answering. */
function head(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = Object.entries({ Host: 'localhost', Cookie: `formwork_session=${rep.sessionToken ?? ''}`, 'X-Requested-With': 'test', Connection: 'close', ...headers });
  return `${method} ${path} HTTP/1.1\r\n${lines.map(([name, value]) => `${name}: ${String(value)}`).join('\r\n')}\r\n\r\n`;
}

/**
 * The request is answered 4xx, and the server lives on. A client that aborts gets nothing, and
 * one that ends its side mid-body may get nothing either: Node ends the server's side too then.
 */
async function expectSurvived(pieces: readonly (string | Uint8Array)[], options: RawRequestOptions = {}): Promise<void> {
  const response = await sendRawRequest(server.url, pieces, options);
  if ((options.then ?? 'wait') === 'wait' || response.status !== undefined) {
    expect(response.status, response.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status, response.text.slice(0, 300)).toBeLessThan(500);
  }
  expect((await rep.get('/api/me')).status).toBe(200);
  await expectNoTempFiles();
  expect(serverErrors.splice(0)).toEqual([]);
}

/** Temporary upload files go at once, also when the client vanished mid-upload. */
async function expectNoTempFiles(): Promise<void> {
  const incoming = () => {
    try {
      return readdirSync(uploadTempDir(server.dataDir));
    } catch {
      return [];
    }
  };
  // The server notices a vanished client a moment after the socket closes.
  for (let wait = 0; wait < 50 && incoming().length > 0; wait++) await new Promise((wake) => setTimeout(wake, 20));
  const left = incoming();
  // Removed before the check fails, so that each case answers for its own leftovers.
  for (const name of left) rmSync(join(uploadTempDir(server.dataDir), name), { force: true });
  expect(left).toEqual([]);
}

const uploadRoutes = () => [
  { route: 'POST /api/files', path: '/api/files' },
  { route: 'POST /api/forms/:id/import', path: `/api/forms/${formId}/import` },
];

describe.each(['files', 'import'] as const)('multipart bodies that go wrong (%s)', (which) => {
  const path = () => (which === 'files' ? uploadRoutes()[0] : uploadRoutes()[1])?.path ?? '';

  it('cut off in the middle of the part, then the client ends its side', async () => {
    const body = filePart().slice(0, -6);
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': body.length }), body], { then: 'half-close' });
  });

  it('a client that aborts the socket mid-upload', async () => {
    const body = filePart() + 'x'.repeat(64 * 1024);
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': body.length + 1_000_000 }), body], { then: 'abort', pauseBetweenPiecesMs: 50 });
  });

  it('a client that aborts after the server started writing the temporary file', async () => {
    const pieces = [head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': 10_000_000 }), filePart(), 'y'.repeat(32 * 1024), 'z'.repeat(32 * 1024)];
    await expectSurvived(pieces, { then: 'abort', pauseBetweenPiecesMs: 50 });
  });

  it('a Content-Length larger than what is sent, then a close', async () => {
    const body = filePart() + closing;
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': body.length + 500 }), body], { then: 'half-close' });
  });

  it('a boundary that is not the one in the body', async () => {
    const body = filePart() + closing;
    await expectSurvived([head('POST', path(), { 'Content-Type': 'multipart/form-data; boundary=something-else', 'Content-Length': body.length }), body]);
  });

  it('no boundary at all', async () => {
    const body = filePart() + closing;
    await expectSurvived([head('POST', path(), { 'Content-Type': 'multipart/form-data', 'Content-Length': body.length }), body]);
  });

  it('garbage where the part headers should be', async () => {
    const body = `--${boundary}\r\n\u0000\u0001:::\r\nContent-Disposition: ;;;"\r\n${'\u00ff'.repeat(100)}\r\n\r\nTitle\r\n${closing}`;
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': Buffer.byteLength(body) }), body]);
  });

  it('part headers that never end', async () => {
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nX-Filler: ${'h'.repeat(100_000)}`;
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': Buffer.byteLength(body) }), body], { then: 'half-close' });
  });

  it('two file parts', async () => {
    const body = filePart() + filePart('file', 'b.csv') + closing;
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Content-Length': body.length }), body]);
  });

  it('chunked, with a broken chunk size in the middle', async () => {
    const part = filePart();
    const chunk = `${part.length.toString(16)}\r\n${part}\r\nZZZ\r\n`;
    await expectSurvived([head('POST', path(), { 'Content-Type': multipartType, 'Transfer-Encoding': 'chunked' }), chunk], { then: 'half-close' });
  });
});

describe.each(['files', 'import'] as const)('raw file bodies that go wrong (%s)', (which) => {
  const path = () => (which === 'files' ? uploadRoutes()[0] : uploadRoutes()[1])?.path ?? '';

  it('a Content-Length larger than what is sent, then a close', async () => {
    await expectSurvived([head('POST', path(), { 'Content-Type': 'text/csv', 'Content-Length': 5000 }), 'Title\r\nTaxi\r\n'], { then: 'half-close' });
  });

  it('a client that aborts the socket mid-upload', async () => {
    await expectSurvived([head('POST', path(), { 'Content-Type': 'text/csv', 'Content-Length': 1_000_000 }), 'Title\r\n', 'x'.repeat(64 * 1024)], { then: 'abort', pauseBetweenPiecesMs: 50 });
  });

  it('chunked, aborted between chunks', async () => {
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    await expectSurvived([head('POST', path(), { 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' }), chunk('Title\r\n'), chunk('x'.repeat(32 * 1024))], { then: 'abort', pauseBetweenPiecesMs: 50 });
  });
});

describe('JSON bodies that go wrong', () => {
  const jsonRoutes = () => [
    { name: 'submit a record', method: 'POST', path: `/api/forms/${formId}/records`, body: JSON.stringify({ data: { f_title: 'Hotel' } }) },
    { name: 'login', method: 'POST', path: '/api/auth/login', body: JSON.stringify({ username: 'nobody', password: 'not-the-password' }) },
    { name: 'change a record', method: 'PATCH', path: `/api/records/${record.id}`, body: JSON.stringify({ data: { f_title: 'Train' } }) },
  ];

  it('cut off mid-body, then the client ends its side', async () => {
    for (const route of jsonRoutes()) {
      const body = route.body.slice(0, 10);
      await expectSurvived([head(route.method, route.path, { 'Content-Type': 'application/json', 'Content-Length': route.body.length, 'If-Match': '"1"' }), body], { then: 'half-close' });
    }
  });

  it('a client that aborts the socket mid-body', async () => {
    for (const route of jsonRoutes()) {
      await expectSurvived([head(route.method, route.path, { 'Content-Type': 'application/json', 'Content-Length': 100_000 }), route.body.slice(0, 5), ' '.repeat(20_000)], { then: 'abort', pauseBetweenPiecesMs: 30 });
    }
  });

  it('invalid UTF-8 (400 invalid_json)', async () => {
    for (const route of jsonRoutes()) {
      const body = Buffer.concat([Buffer.from('{"data":{"f_title":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]);
      const response = await sendRawRequest(server.url, [head(route.method, route.path, { 'Content-Type': 'application/json', 'Content-Length': body.length, 'If-Match': '"1"' }), body]);
      expect(response.status, route.name).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'invalid_json' } });
      expect((await rep.get('/api/me')).status).toBe(200);
    }
  });

  it('chunked with a broken chunk, and a head that is garbage', async () => {
    for (const route of jsonRoutes()) {
      await expectSurvived([head(route.method, route.path, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }), `4\r\n{"da\r\nnot-hex\r\n`], { then: 'half-close' });
    }
    await expectSurvived(['POST /api/files HTTP/1.1\r\nHost localhost\r\n\u0000\u0001\r\n\r\n'], { then: 'half-close' });
  });

  it('leaves the record as it was', async () => {
    const current = await rep.get<RecordBody>(`/api/records/${record.id}`);
    expect(current.body.data['f_title']).toBe('Taxi');
    expect(current.body.version).toBe(record.version);
  });
});
