import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';
import { multipartBody } from './testing/multipartBody.js';

let server: TestServer;
let rep: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  await server.loginAsAdmin();
  rep = (await server.createUser({ username: 'rep' })).client;
});
afterAll(() => server.close());

it('survives a multipart upload whose body ends before its closing boundary', async () => {
  const { body, contentType } = multipartBody({ name: 'a.txt', type: 'text/plain', bytes: Buffer.from('hello world') });
  const truncated = body.subarray(0, body.length - 20);
  const response = await rep.post('/api/files', undefined, { rawBody: truncated, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
  expect(response.status).toBe(400);
  expect((await rep.get('/api/me')).status).toBe(200);
});
