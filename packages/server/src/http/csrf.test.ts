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

const appCount = () => server.sqlValue<number>('SELECT count(*) FROM apps');

describe('cross-site request defence', () => {
  it('refuses a write whose Origin is another site (403), with the cookie attached', async () => {
    const before = await appCount();
    const response = await admin.post<Envelope>('/api/apps', { name: 'Evil' }, { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('cross_site_request');
    expect(await appCount()).toBe(before);
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

describe('the origin’s scheme', () => {
  it('refuses an https page writing to this http server', async () => {
    const host = new URL(server.url).host;
    const response = await admin.post<Envelope>('/api/apps', { name: 'Mixed' }, { headers: { origin: `https://${host}` } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('cross_site_request');
  });

  it('behind a trusted proxy, takes the scheme from X-Forwarded-Proto: http://host is refused on an https request', async () => {
    const proxied = await startTestServer({ settings: { trustProxy: true } });
    try {
      const proxiedAdmin = await proxied.loginAsAdmin();
      const host = new URL(proxied.url).host;
      const https = { 'x-forwarded-proto': 'https' };
      const plain = await proxiedAdmin.post<Envelope>('/api/apps', { name: 'Downgraded' }, { headers: { ...https, origin: `http://${host}` } });
      expect(plain.status).toBe(403);
      expect(plain.body.error.code).toBe('cross_site_request');
      expect((await proxiedAdmin.post('/api/apps', { name: 'Secure' }, { headers: { ...https, origin: `https://${host}` } })).status).toBe(201);
    } finally {
      await proxied.close();
    }
  });

  it('without trustProxy, ignores X-Forwarded-Proto: the request is what the socket says', async () => {
    const host = new URL(server.url).host;
    const https = { 'x-forwarded-proto': 'https' };
    expect((await admin.post('/api/apps', { name: 'Claimed' }, { headers: { ...https, origin: `https://${host}` } })).status).toBe(403);
    expect((await admin.post('/api/apps', { name: 'Plain' }, { headers: { ...https, origin: `http://${host}` } })).status).toBe(201);
  });
});

describe('an upload without X-Requested-With', () => {
  const csv = 'Title\r\nTaxi\r\n';
  const boundary = 'formwork-csrf';
  const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;

  it('is told that header is what it misses, in both languages (multipart)', async () => {
    const before = await server.sqlValue<number>('SELECT count(*) FROM files');
    const en = await admin.request<Envelope & { error: { message: string } }>('POST', '/api/files?lang=en', { rawBody: multipart, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(en.status).toBe(415);
    expect(en.body.error.code).toBe('requested_with_required');
    expect(en.body.error.message).toContain('X-Requested-With');
    expect(en.body.error.message).not.toMatch(/JSON/);
    const zh = await admin.request<Envelope & { error: { message: string } }>('POST', '/api/files?lang=zh-CN', { rawBody: multipart, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(zh.body.error.message).toMatch(/X-Requested-With.*上传|上传.*X-Requested-With/);
    expect(await server.sqlValue('SELECT count(*) FROM files')).toBe(before);
  });

  it('is told the same when it sends the raw file, to either upload route', async () => {
    for (const path of ['/api/files', '/api/forms/frm_whatever/import']) {
      const response = await admin.request<Envelope>('POST', `${path}?lang=en`, { rawBody: csv, headers: { 'content-type': 'text/csv' } });
      expect(response.status, path).toBe(415);
      expect(response.body.error.code, path).toBe('requested_with_required');
    }
  });

  it('leaves other non-JSON writes with "send JSON"', async () => {
    const response = await admin.request<Envelope>('POST', '/api/apps', { rawBody: csv, headers: { 'content-type': 'text/csv' } });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });
});
