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
  error: { code: string; details: { pointer: string; code: string; message: string }[] | null };
}

describe('new passwords: at least 10 characters, not a common one', () => {
  it('refuses 9 characters on create, in both languages, at /password', async () => {
    const en = await admin.post<Envelope>('/api/users?lang=en', { username: 'nine', password: 'abcdefg12' });
    expect(en.status).toBe(400);
    expect(en.body.error.details).toEqual([{ pointer: '/password', code: 'minLength', message: 'must be at least 10 characters' }]);
    const zh = await admin.post<Envelope>('/api/users?lang=zh-CN', { username: 'nine', password: '密码只有九个字符啊' });
    expect(zh.body.error.details).toEqual([{ pointer: '/password', code: 'minLength', message: '密码至少 10 个字符' }]);
  });

  it('counts characters, not bytes: ten Chinese characters are enough', async () => {
    expect((await admin.post('/api/users', { username: 'ten', password: '我的密码是十个汉字呀' })).status).toBe(201);
  });

  it.each(['password123', 'PassWord123', 'Ｐａｓｓｗｏｒｄ１２３', ' qwertyuiop ', 'woaini1314', '1234567890'])('refuses the common %j on create', async (password) => {
    const response = await admin.post<Envelope>('/api/users?lang=en', { username: 'common', password });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ pointer: '/password', code: 'commonPassword', message: 'is too common; choose one that is harder to guess' }]);
  });

  it('refuses a common password when an admin resets one, and when a user changes their own', async () => {
    const { user, client, password } = await server.createUser({ username: 'reset-me' });
    const reset = await admin.patch<Envelope>(`/api/users/${user.id}?lang=zh-CN`, { password: 'Qwertyuiop' });
    expect(reset.status).toBe(400);
    expect(reset.body.error.details).toEqual([{ pointer: '/password', code: 'commonPassword', message: '密码太常见，容易被猜中，请换一个' }]);
    const own = await client.post<Envelope>('/api/me/password', { currentPassword: password, newPassword: 'iloveyou123' });
    expect(own.status).toBe(400);
    expect(own.body.error.details?.[0]).toMatchObject({ pointer: '/newPassword', code: 'commonPassword' });
    const short = await client.post<Envelope>('/api/me/password', { currentPassword: password, newPassword: 'too-short' });
    expect(short.body.error.details?.[0]).toMatchObject({ pointer: '/newPassword', code: 'minLength' });
    expect((await client.post('/api/me/password', { currentPassword: password, newPassword: 'a less common one' })).status).toBe(204);
  });
});
