import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../config.js';
import { onPostgres, startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

interface Envelope {
  error: { code: string; message: string };
}
interface Me {
  user: { id: string; username: string; role: string; departmentId: string | null };
  department: { id: string; name: string } | null;
  locale: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('GET /api/me', () => {
  it('is 401 without a session', async () => {
    const response = await server.anonymous().get<Envelope>('/api/me');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('tells the user, role, department and locale', async () => {
    const admin = await server.loginAsAdmin();
    const department = await admin.post<{ id: string }>('/api/departments', { name: '销售部' });
    const { client } = await server.createUser({ username: 'li', role: 'manager', departmentId: department.body.id });
    const me = await client.get<Me>('/api/me?lang=en');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ username: 'li', role: 'manager', departmentId: department.body.id });
    expect(me.body.department).toEqual({ id: department.body.id, name: '销售部' });
    expect(me.body.locale).toBe('en');
  });

  it("prefers the user's saved language over Accept-Language, and ?lang= over both", async () => {
    const { user, client } = await server.createUser({ username: 'wang' });
    const admin = await server.loginAsAdmin();
    await admin.patch(`/api/users/${user.id}`, { locale: 'en' });
    expect((await client.get<Me>('/api/me', { headers: { 'accept-language': 'zh-CN' } })).body.locale).toBe('en');
    expect((await client.get<Me>('/api/me?lang=zh-CN')).body.locale).toBe('zh-CN');
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session and clears the cookie', async () => {
    const client = await server.loginAsAdmin();
    const token = client.sessionToken;
    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/formwork_session=;.*Max-Age=0/);
    expect(await server.sqlValue('SELECT count(*) FROM sessions')).toBe(0);
    // Replaying the old cookie does not work either.
    const replay = await server.anonymous().get<Envelope>('/api/me', { headers: { cookie: `formwork_session=${token ?? ''}` } });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('session_expired');
  });

  it('is harmless without a session', async () => {
    expect((await server.anonymous().post('/api/auth/logout')).status).toBe(204);
  });
});

describe('session expiry (injected clock)', () => {
  it('ends a session idle for longer than the idle timeout', async () => {
    const client = await server.loginAsAdmin();
    server.clock.advance(defaultSettings.session.idleTimeoutMs - 1);
    expect((await client.get('/api/me')).status).toBe(200);
    server.clock.advance(defaultSettings.session.idleTimeoutMs);
    const response = await client.get<Envelope>('/api/me');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('session_expired');
    expect(await server.sqlValue('SELECT count(*) FROM sessions')).toBe(0);
  });

  it('slides the idle expiry with use', async () => {
    const client = await server.loginAsAdmin();
    for (let day = 0; day < 20; day++) {
      server.clock.advance(DAY);
      expect((await client.get('/api/me')).status).toBe(200);
    }
  });

  it('ends every session at the absolute timeout however active', async () => {
    const client = await server.loginAsAdmin();
    const steps = Math.ceil(defaultSettings.session.absoluteTimeoutMs / (5 * DAY));
    for (let step = 1; step < steps; step++) {
      server.clock.advance(5 * DAY);
      expect((await client.get('/api/me')).status).toBe(200);
    }
    server.clock.advance(5 * DAY);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('ignores a forged or malformed cookie', async () => {
    for (const cookie of ['formwork_session=abc', "formwork_session=' OR 1=1 --", 'formwork_session=']) {
      expect((await server.anonymous().get('/api/me', { headers: { cookie } })).status).toBe(401);
    }
  });
});

describe('sessions end at once', () => {
  it('when the user is disabled', async () => {
    const { user, client } = await server.createUser({ username: 'zhao' });
    const second = await server.login('zhao', 'password-zhao');
    const admin = await server.loginAsAdmin();
    expect((await client.get('/api/me')).status).toBe(200);
    await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await second.get('/api/me')).status).toBe(401);
    expect(await server.sqlValue('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(0);
  });

  it('when a disabled flag is set behind the API (checked on every request)', async () => {
    const { user, client } = await server.createUser({ username: 'qian' });
    // users.disabled is an INTEGER 0/1 in SQLite, a BOOLEAN in PostgreSQL.
    await server.sql('UPDATE users SET disabled = ? WHERE id = ?', onPostgres ? true : 1, user.id);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('when the role changes', async () => {
    const { user, client } = await server.createUser({ username: 'sun', role: 'manager' });
    const admin = await server.loginAsAdmin();
    await admin.patch(`/api/users/${user.id}`, { role: 'member' });
    expect((await client.get('/api/me')).status).toBe(401);
    const again = await server.login('sun', 'password-sun');
    expect((await again.get<Me>('/api/me')).body.user.role).toBe('member');
  });

  it('but not when only the name changes', async () => {
    const { user, client } = await server.createUser({ username: 'zhou' });
    const admin = await server.loginAsAdmin();
    await admin.patch(`/api/users/${user.id}`, { name: '周' });
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('when an admin sets a new password', async () => {
    const { user, client } = await server.createUser({ username: 'wu' });
    const admin = await server.loginAsAdmin();
    await admin.patch(`/api/users/${user.id}`, { password: 'brand-new-password' });
    expect((await client.get('/api/me')).status).toBe(401);
    await expect(server.login('wu', 'brand-new-password')).resolves.toBeDefined();
  });
});

describe('POST /api/me/password', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const { client } = await server.createUser({ username: 'zheng', password: 'first-password' });
    const other = await server.login('zheng', 'first-password');
    const response = await client.post('/api/me/password', { currentPassword: 'first-password', newPassword: 'second-password' });
    expect(response.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    await expect(server.login('zheng', 'first-password')).rejects.toThrow(/401/);
    await expect(server.login('zheng', 'second-password')).resolves.toBeDefined();
  });

  it('refuses a wrong current password and a short new one', async () => {
    const { client } = await server.createUser({ username: 'feng', password: 'first-password' });
    const wrong = await client.post<Envelope>('/api/me/password', { currentPassword: 'nope', newPassword: 'second-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('wrong_password');
    const short = await client.post<Envelope>('/api/me/password', { currentPassword: 'first-password', newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('invalid_body');
  });
});
