import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
});
afterAll(() => server.close());

interface Envelope {
  error: { code: string };
}

const appCount = () => server.db.prepare('SELECT count(*) FROM apps').pluck().get();

describe('cross-site request defence', () => {
  it('refuses a write whose Origin is another site (403), with the cookie attached', async () => {
    const before = appCount();
    const response = await admin.post<Envelope>('/api/apps', { name: 'Evil' }, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('cross_site_request');
    expect(appCount()).toBe(before);
  });

  it('refuses Origin: null (sandboxed frames, file: pages)', async () => {
    expect((await admin.post('/api/apps', { name: 'Evil' }, { headers: { origin: 'null' } })).status).toBe(403);
  });

  it('refuses Sec-Fetch-Site: cross-site', async () => {
    expect((await admin.post('/api/apps', { name: 'Evil' }, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });

  it('refuses login from another site (login CSRF)', async () => {
    const response = await server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password }, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });

  it('refuses what an HTML form can send: urlencoded, multipart, text/plain', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
      const response = await admin.request('POST', '/api/apps', { rawBody: 'name=Evil', headers: { 'content-type': type } });
      expect(response.status).toBe(415);
    }
  });

  it('refuses a body-less write without the JSON content type (a no-cors fetch)', async () => {
    const response = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie: `formwork_session=${admin.sessionToken ?? ''}` } });
    expect(response.status).toBe(415);
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('accepts the same origin and same-origin fetch metadata', async () => {
    const origin = new URL(server.url).origin;
    const response = await admin.post('/api/apps', { name: 'Mine' }, { headers: { origin, 'sec-fetch-site': 'same-origin' } });
    expect(response.status).toBe(201);
  });

  it('accepts clients that send no Origin (curl, scripts)', async () => {
    expect((await admin.post('/api/apps', { name: 'Scripted' })).status).toBe(201);
  });

  it('lets uploads through with X-Requested-With instead of JSON', async () => {
    const response = await admin.request('POST', '/api/nowhere', { rawBody: 'x', headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-requested-with': 'formwork' } });
    expect(response.status).toBe(404); // past the guard; no such route
  });

  it('leaves reads alone', async () => {
    expect((await admin.get('/api/me', { headers: { origin: 'https://evil.example' } })).status).toBe(200);
  });
});
