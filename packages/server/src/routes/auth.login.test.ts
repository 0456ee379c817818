import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../config.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

interface Envelope {
  error: { code: string; message: string; details: unknown };
}

describe('POST /api/auth/login', () => {
  it('signs in with an httpOnly, SameSite=Lax session cookie and answers with the user', async () => {
    const client = server.anonymous();
    const response = await client.post<{ user: { username: string; role: string } }>('/api/auth/login', { username: 'admin', password: server.admin.password });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ username: 'admin', role: 'admin' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^formwork_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http here
    expect(response.body).not.toHaveProperty('user.passwordHash');
  });

  it('stores only the hash of the session token', async () => {
    const client = await server.loginAsAdmin();
    const stored = (await server.sql<{ token_hash: string }>('SELECT token_hash FROM sessions')).map((row) => row.token_hash);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(client.sessionToken);
  });

  it('marks the cookie Secure when the settings say so', async () => {
    await server.close();
    server = await startTestServer({ settings: { secureCookies: 'always' } });
    const response = await server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('matches the username regardless of case', async () => {
    const response = await server.anonymous().post('/api/auth/login', { username: 'ADMIN', password: server.admin.password });
    expect(response.status).toBe(200);
  });

  it.each([
    ['a wrong password', 'admin', 'wrong-password'],
    ['an unknown user', 'nobody', 'whatever-password'],
  ])('refuses %s with the same 401', async (_case, username, password) => {
    const response = await server.anonymous().post<Envelope>('/api/auth/login', { username, password });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers in the language asked for', async () => {
    const zh = await server.anonymous().post<Envelope>('/api/auth/login', { username: 'admin', password: 'nope-nope' }, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    const en = await server.anonymous().post<Envelope>('/api/auth/login?lang=en', { username: 'admin', password: 'nope-nope' }, { headers: { 'accept-language': 'zh-CN' } });
    expect(zh.body.error.message).toBe('用户名或密码错误');
    expect(en.body.error.message).toBe('Wrong username or password');
  });

  it('refuses a disabled user even with the right password', async () => {
    const { user, password } = await server.createUser({ username: 'gone' });
    const admin = await server.loginAsAdmin();
    await admin.patch(`/api/users/${user.id}`, { disabled: true });
    const response = await server.anonymous().post<Envelope>('/api/auth/login', { username: 'gone', password });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('account_disabled');
  });

  it('reports missing fields at their pointers', async () => {
    const response = await server.anonymous().post<Envelope>('/api/auth/login?lang=en', { username: '' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_body');
    expect(response.body.error.details).toEqual([
      { pointer: '/username', code: 'required', message: 'must not be empty' },
      { pointer: '/password', code: 'required', message: 'is required' },
    ]);
  });
});

describe('login rate limit', () => {
  const fail = () => server.anonymous().post<Envelope>('/api/auth/login', { username: 'admin', password: 'wrong-password' });

  it('answers 429 with Retry-After after 5 failures in 15 minutes, even for the right password', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect((await fail()).status).toBe(401);
    const blocked = await server.anonymous().post<Envelope>('/api/auth/login', { username: 'admin', password: server.admin.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBe(15 * 60);
  });

  it('lets the user in again once the window has passed (injected clock)', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await fail();
    server.clock.advance(10 * 60_000);
    const stillBlocked = await fail();
    expect(stillBlocked.status).toBe(429);
    expect(Number(stillBlocked.headers.get('retry-after'))).toBe(5 * 60);
    server.clock.advance(5 * 60_000 + 1);
    expect((await server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password })).status).toBe(200);
  });

  it('holds for parallel guesses too', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => fail()));
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(7);
  });

  it('lets the admin in after 52 failures from the same address spread over many usernames (one office, one NAT)', async () => {
    for (let attempt = 0; attempt < 52; attempt++) {
      const response = await server.anonymous().post<Envelope>('/api/auth/login', { username: `someone${attempt % 26}`, password: 'wrong-password' });
      expect(response.status).toBe(401);
    }
    expect((await server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password })).status).toBe(200);
  });

  it('past the per-address limit refuses wrong passwords with 429 but still lets a right one in', async () => {
    await server.close();
    server = await startTestServer({ settings: { loginRateLimit: { ...defaultSettings.loginRateLimit, perAddress: 20 } } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 22; attempt++) {
      statuses.push((await server.anonymous().post('/api/auth/login', { username: `someone${attempt}`, password: 'wrong-password' })).status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect((await server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password })).status).toBe(200);
    const wrong = await server.anonymous().post('/api/auth/login', { username: 'admin', password: 'wrong-password' });
    expect(wrong.status).toBe(429);
    expect(Number(wrong.headers.get('retry-after'))).toBe(15 * 60);
  });

  it('lets 20 simultaneous right logins of one account all in', async () => {
    // A hash slow enough (as in production) that all twenty are being checked at once.
    await server.close();
    server = await startTestServer({ settings: { passwordHashCost: 14 } });
    const results = await Promise.all(Array.from({ length: 20 }, () => server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password })));
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
  });

  it('locks an account after 10 failures from different addresses, from every address, and only that account', async () => {
    await server.close();
    server = await startTestServer({ settings: { trustProxy: true } });
    await server.createUser({ username: 'other', password: 'other-password' });
    const as = (address: string, username: string, password: string) =>
      server.anonymous().post('/api/auth/login', { username, password }, { headers: { 'x-forwarded-for': address } });
    for (let attempt = 0; attempt < 10; attempt++) expect((await as(`198.51.100.${attempt}`, 'admin', 'wrong-password')).status).toBe(401);
    const locked = await as('203.0.113.7', 'admin', server.admin.password);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(15 * 60);
    expect((await as('198.51.100.1', 'other', 'other-password')).status).toBe(200);
    server.clock.advance(15 * 60_000);
    expect((await as('203.0.113.7', 'admin', server.admin.password)).status).toBe(200);
  });

  it('locks only the guessing address out of an account after 5 failures; the owner elsewhere still gets in', async () => {
    await server.close();
    server = await startTestServer({ settings: { trustProxy: true } });
    const as = (address: string, password: string) =>
      server.anonymous().post('/api/auth/login', { username: 'admin', password }, { headers: { 'x-forwarded-for': address } });
    for (let attempt = 0; attempt < 5; attempt++) expect((await as('198.51.100.1', 'wrong-password')).status).toBe(401);
    expect((await as('198.51.100.1', server.admin.password)).status).toBe(429);
    expect((await as('203.0.113.7', server.admin.password)).status).toBe(200);
  });

  it('shares the counts between two servers on one database', async () => {
    const second = await startTestServer({ dataDir: server.dataDir, databaseUrl: server.databaseUrl, clock: server.clock });
    try {
      for (let attempt = 0; attempt < 3; attempt++) expect((await fail()).status).toBe(401);
      for (let attempt = 0; attempt < 2; attempt++) {
        expect((await second.anonymous().post('/api/auth/login', { username: 'admin', password: 'wrong-password' })).status).toBe(401);
      }
      expect((await fail()).status).toBe(429);
      expect((await second.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password })).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('counts each username separately and forgets failures after a success', async () => {
    await server.createUser({ username: 'other', password: 'other-password' });
    for (let attempt = 0; attempt < 4; attempt++) await fail();
    expect((await server.anonymous().post('/api/auth/login', { username: 'admin', password: server.admin.password })).status).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) expect((await fail()).status).toBe(401);
    for (let attempt = 0; attempt < 5; attempt++) await fail();
    expect((await server.anonymous().post('/api/auth/login', { username: 'other', password: 'other-password' })).status).toBe(200);
  });
});
