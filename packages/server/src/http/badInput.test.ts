import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { onPostgres, startTestServer, type TestServer } from '../testing/startTestServer.js';

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

/** The tables of the test database, from whichever catalog it keeps. */
async function tableNames(): Promise<string[]> {
  const rows = await server.sql<{ name: string }>(
    onPostgres
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
      : "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return rows.map((row) => row.name);
}

/** Every table's row count: bad input must leave all of them as they were. */
async function snapshot(): Promise<Record<string, unknown>> {
  const tables = await tableNames();
  const counts = await Promise.all(tables.map(async (table) => [table, await server.sqlValue(`SELECT count(*) FROM "${table}"`)] as const));
  return Object.fromEntries(counts);
}

async function expectRefused(response: Promise<{ status: number; body: unknown }>, status: number, code: string): Promise<Envelope> {
  const before = await snapshot();
  const { status: actual, body } = await response;
  expect(actual).toBe(status);
  expect((body as Envelope).error.code).toBe(code);
  expect(typeof (body as Envelope).error.message).toBe('string');
  expect(await snapshot()).toEqual(before);
  return body as Envelope;
}

describe('malformed and hostile bodies', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: '{"name": "CRM",' }), 400, 'invalid_json');
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: "{'name': 'CRM'}" }), 400, 'invalid_json');
  });

  it('answers invalid UTF-8 with 400 invalid_json', async () => {
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }), 400, 'invalid_json');
  });

  it('answers a body over 1 MB with 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) });
    const body = await expectRefused(admin.request('POST', '/api/apps', { rawBody: huge }), 413, 'body_too_large');
    expect(body.error.details).toEqual({ limitBytes: 1024 * 1024 });
  });

  it('answers a chunked body over the limit with 413 too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"name":"'));
        if (sent > 20) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
          return;
        }
        controller.enqueue(chunk);
        sent++;
      },
    });
    const response = await fetch(`${server.url}/api/apps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `formwork_session=${admin.sessionToken ?? ''}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers nesting deeper than 64 levels with 400 json_too_deep, and 64 is fine', async () => {
    const nest = (depth: number) => `${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}`;
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: `{"name": ${nest(65)}}` }), 400, 'json_too_deep');
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: `{"name": ${'['.repeat(100_000)}` }), 400, 'json_too_deep');
    // 64 levels parse; the app route then refuses the value as not a string.
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: `{"name": ${nest(64)}}` }), 400, 'invalid_body');
  });

  it('does not count brackets inside strings as nesting', async () => {
    const response = await admin.post<{ name: string }>('/api/apps', { name: '[[[[{{{{'.repeat(10) });
    expect(response.status).toBe(201);
    expect(response.body.name).toBe('[[[[{{{{'.repeat(10));
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key at any depth, with its pointer', async (key) => {
    const top = await expectRefused(admin.request('POST', '/api/apps', { rawBody: `{"name": "CRM", "${key}": {"isAdmin": true}}` }), 400, 'forbidden_key');
    expect(top.error.details).toEqual([expect.objectContaining({ pointer: `/${key}` })]);
    const deep = await expectRefused(
      admin.request('POST', '/api/apps/app_x/forms', { rawBody: `{"schema": {"fields": [{"a": {"${key}": 1}}]}}` }),
      400,
      'forbidden_key',
    );
    expect(deep.error.details).toEqual([expect.objectContaining({ pointer: `/schema/fields/0/a/${key}` })]);
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('refuses a non-UTF-8 charset with 415', async () => {
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: '{"name":"x"}', headers: { 'content-type': 'application/json; charset=latin1' } }), 415, 'unsupported_media_type');
  });

  it('refuses a write that is not JSON with 415', async () => {
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: 'name=CRM', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: '{"name":"CRM"}', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
  });

  it('refuses a JSON body that is not an object where one is expected', async () => {
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: '[1,2]' }), 400, 'invalid_body');
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: '"CRM"' }), 400, 'invalid_body');
    await expectRefused(admin.request('POST', '/api/apps', { rawBody: '' }), 400, 'invalid_body');
  });

  it('keeps unknown percent-escapes in the path from becoming a 500', async () => {
    const response = await admin.get<Envelope>('/api/users/%E0%A4%A');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('values that look like code are data', () => {
  const sqlish = ["Robert'); DROP TABLE users;--", '" OR 1=1 --', "x' UNION SELECT password_hash FROM users --", '%_\\'];

  it.each(sqlish)('stores %j verbatim as an app name and a user name', async (text) => {
    const app = await admin.post<{ id: string; name: string }>('/api/apps', { name: text, description: text });
    expect(app.status).toBe(201);
    expect((await admin.get<{ name: string }>(`/api/apps/${app.body.id}`)).body.name).toBe(text);
    const user = await admin.post<{ id: string; name: string }>('/api/users', { username: `u${text.replace(/\s/g, '')}`, password: 'long-enough', name: text });
    expect(user.status).toBe(201);
    expect(user.body.name).toBe(text);
    expect(await tableNames()).toContain('users');
    expect(await server.sqlValue('SELECT count(*) FROM users WHERE id = ?', user.body.id)).toBe(1);
  });

  it('finds a user whose username is SQL-ish, and nobody by a pattern', async () => {
    await admin.post('/api/users', { username: "o'neil--", password: 'long-enough' });
    await expect(server.login("O'NEIL--", 'long-enough')).resolves.toBeDefined();
    await expect(server.login("' OR '1'='1", 'long-enough')).rejects.toThrow(/401/);
    await expect(server.login('%', 'long-enough')).rejects.toThrow(/401/);
  });

  it('stores HTML verbatim and returns it as JSON, never as a page', async () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const app = await admin.post<{ id: string }>('/api/apps', { name: html, description: `<b>${html}</b>` });
    const read = await admin.get<{ name: string; description: string }>(`/api/apps/${app.body.id}`);
    expect(read.headers.get('content-type')).toMatch(/^application\/json/);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.body.name).toBe(html);
    expect(read.body.description).toBe(`<b>${html}</b>`);
  });

  it('refuses ids that cannot be ids without touching the database', async () => {
    const response = await admin.post<Envelope>('/api/users', { username: 'idtest', password: 'long-enough', departmentId: "1' OR '1'='1" });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([expect.objectContaining({ pointer: '/departmentId', code: 'pattern' })]);
  });
});

describe('the error envelope', () => {
  it('is used for unknown API routes, in both languages', async () => {
    const en = await server.anonymous().get<Envelope>('/api/nope?lang=en');
    expect(en.status).toBe(404);
    expect(en.body).toEqual({ error: { code: 'not_found', message: 'Not found', details: null } });
    const zh = await server.anonymous().post<Envelope>('/api/nope', {}, { headers: { 'accept-language': 'zh-CN' } });
    expect(zh.body.error.message).toBe('找不到请求的内容');
  });

  it('localises field-level messages', async () => {
    const zh = await admin.post<Envelope>('/api/apps?lang=zh-CN', { name: '' });
    expect(zh.body.error.details).toEqual([{ pointer: '/name', code: 'required', message: '不能为空' }]);
    const en = await admin.post<Envelope>('/api/apps?lang=en', { name: '' });
    expect(en.body.error.details).toEqual([{ pointer: '/name', code: 'required', message: 'must not be empty' }]);
  });

  it('hides internal errors behind a bare 500', async () => {
    const errors: unknown[] = [];
    const broken = await startTestServer({ logger: { info: () => {}, warn: () => {}, error: (_m, e) => errors.push(e) } });
    try {
      const client = await broken.loginAsAdmin();
      // PostgreSQL refuses to drop a table others reference unless told to drop those references too.
      await broken.sql(onPostgres ? 'DROP TABLE apps CASCADE' : 'DROP TABLE apps');
      const response = await client.get<Envelope>('/api/apps?lang=en');
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ error: { code: 'internal_error', message: 'Internal server error', details: null } });
      expect(JSON.stringify(response.body)).not.toMatch(/apps|sqlite|SELECT/i);
      expect(errors).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});
