import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRawRequest } from '../testing/sendRawRequest.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

/**
 * Requests too large to read are answered with a status and the one error envelope, never a
 * reset connection: the client must learn why it was refused.
 */

let server: TestServer;
let admin: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
});
afterAll(() => server.close());

interface Envelope {
  error: { code: string; message: string; details: unknown };
}

const appCount = () => server.sqlValue<number>('SELECT count(*) FROM apps');

/** A JSON body of `megabytes` sent in 64 KB chunks without a Content-Length. */
function chunkedJson(megabytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  const chunks = (megabytes * 1024 * 1024) / chunk.length;
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"name":"'));
      if (sent >= chunks) {
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent++;
    },
  });
}

describe('bodies too large to read', () => {
  it('answers a 50 MB chunked JSON body with 413 and the envelope', async () => {
    const before = await appCount();
    const response = await fetch(`${server.url}/api/apps?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `formwork_session=${admin.sessionToken ?? ''}` },
      body: chunkedJson(50),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    const body = (await response.json()) as Envelope;
    expect(body.error.code).toBe('body_too_large');
    expect(body.error.message).toContain('too large');
    expect(await appCount()).toBe(before);
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('answers a 50 MB body declared by Content-Length with 413 too', async () => {
    const response = await fetch(`${server.url}/api/apps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `formwork_session=${admin.sessionToken ?? ''}` },
      body: JSON.stringify({ name: 'x'.repeat(50 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Envelope).error.code).toBe('body_too_large');
  });

  it('answers on a raw socket before the chunked body has ended, and closes the connection', async () => {
    const head = `POST /api/apps HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nCookie: formwork_session=${admin.sessionToken ?? ''}\r\n\r\n`;
    const piece = 64 * 1024;
    const chunk = `${piece.toString(16)}\r\n${'x'.repeat(piece)}\r\n`;
    // 2 MB and then nothing: the answer must not wait for an end that never comes.
    const response = await sendRawRequest(server.url, [head, `9\r\n{"name":"\r\n`, ...Array.from({ length: 32 }, () => chunk)], { timeoutMs: 5000 });
    expect(response.status).toBe(413);
    expect(response.text).toMatch(/\r\nconnection: close\r\n/i);
    expect((JSON.parse(response.body) as Envelope).error.code).toBe('body_too_large');
  });
});

describe('a request line or headers too large to read', () => {
  it('answers an 8 MB URL with 431 and the envelope', async () => {
    // A raw socket, not fetch: whether fetch reads an answer that arrives mid-request depends on
    // its own timing; what the server sends does not.
    const response = await sendRawRequest(server.url, [`GET /api/apps?q=${'a'.repeat(8 * 1024 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`]);
    expect(response.status).toBe(431);
    const body = JSON.parse(response.body) as Envelope;
    expect(body.error.code).toBe('headers_too_large');
    expect(body.error.details).toEqual({ limitBytes: 16 * 1024 });
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('answers 100 KB of headers with 431, in the language the client asked for', async () => {
    const response = await sendRawRequest(server.url, [
      `GET /api/me HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n${Array.from({ length: 100 }, (_, index) => `X-Filler-${String(index)}: ${'h'.repeat(1000)}\r\n`).join('')}\r\n`,
    ]);
    expect(response.status).toBe(431);
    const body = JSON.parse(response.body) as Envelope;
    expect(body.error.code).toBe('headers_too_large');
    expect(body.error.message).toMatch(/too large/);
  });

  it('answers a head that is not HTTP with 400 and the envelope', async () => {
    const response = await sendRawRequest(server.url, ['POST /api/apps HTTP/1.1\r\nHost localhost\r\n\r\n']);
    expect(response.status).toBe(400);
    expect((JSON.parse(response.body) as Envelope).error.code).toBe('bad_request');
  });
});
