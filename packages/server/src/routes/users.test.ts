import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserView } from '../org/userView.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;
let manager: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  member = (await server.createUser({ username: 'member1', role: 'member' })).client;
  manager = (await server.createUser({ username: 'manager1', role: 'manager' })).client;
});
afterAll(() => server.close());

interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string }[] | null };
}

describe('POST /api/users', () => {
  it('creates a user (admin) with defaults for name and role', async () => {
    const response = await admin.post<UserView>('/api/users', { username: 'Alice', password: 'alice-password' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ username: 'Alice', name: 'Alice', role: 'member', departmentId: null, disabled: false });
    expect(response.body.id).toMatch(/^usr_/);
    expect(response.body).not.toHaveProperty('password');
    expect(response.body).not.toHaveProperty('passwordHash');
    await expect(server.login('alice', 'alice-password')).resolves.toBeDefined();
  });

  it('keeps usernames unique regardless of case (409)', async () => {
    await admin.post('/api/users', { username: 'Bob', password: 'bob-password' });
    const response = await admin.post<Envelope>('/api/users', { username: 'BOB', password: 'bob-password' });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('username_taken');
    expect(response.body.error.details?.[0]?.pointer).toBe('/username');
  });

  it('hashes passwords with scrypt and a salt per user', async () => {
    await admin.post('/api/users', { username: 'twin1', password: 'same-password' });
    await admin.post('/api/users', { username: 'twin2', password: 'same-password' });
    const hashes = (await server.sql<{ password_hash: string }>("SELECT password_hash FROM users WHERE username IN ('twin1', 'twin2')")).map((row) => row.password_hash);
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(hashes[0]).not.toBe(hashes[1]);
    expect(hashes.join()).not.toContain('same-password');
  });

  it.each([
    [{ username: 'x y', password: 'long-enough' }, '/username', 'pattern'],
    [{ username: 'short', password: 'short' }, '/password', 'minLength'],
    [{ username: 'r', password: 'long-enough', role: 'owner' }, '/role', 'enum'],
    [{ username: 'd', password: 'long-enough', departmentId: 'dep_missing' }, '/departmentId', 'unknown_department'],
    [{ username: 'e', password: 'long-enough', extra: 1 }, '/extra', 'unknownProperty'],
    [{ username: 'l'.repeat(65), password: 'long-enough' }, '/username', 'maxLength'],
    [{ username: 'n', password: 'long-enough', name: 'a\nb' }, '/name', 'controlCharacter'],
  ])('refuses %j at the field at fault', async (body, pointer, code) => {
    const before = await server.sqlValue<number>('SELECT count(*) FROM users');
    const response = await admin.post<Envelope>('/api/users', body);
    expect(response.status).toBe(400);
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ pointer, code }));
    expect(await server.sqlValue('SELECT count(*) FROM users')).toBe(before);
  });

  it('is for admins only', async () => {
    expect((await server.anonymous().post('/api/users', { username: 'z', password: 'long-enough' })).status).toBe(401);
    expect((await member.post('/api/users', { username: 'z', password: 'long-enough' })).status).toBe(403);
    expect((await manager.post('/api/users', { username: 'z', password: 'long-enough' })).status).toBe(403);
  });
});

describe('GET /api/users', () => {
  it('gives admins every user with every property', async () => {
    const response = await admin.get<{ items: UserView[] }>('/api/users');
    expect(response.status).toBe(200);
    expect(response.body.items.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'member1', 'manager1']));
    expect(response.body.items[0]).toHaveProperty('role');
  });

  it('gives everyone else a directory of active users: id, name, department only', async () => {
    const { user } = await server.createUser({ username: 'retired' });
    await admin.patch(`/api/users/${user.id}`, { disabled: true });
    const response = await member.get<{ items: Record<string, unknown>[] }>('/api/users');
    expect(response.status).toBe(200);
    for (const entry of response.body.items) expect(Object.keys(entry).sort()).toEqual(['departmentId', 'id', 'name']);
    expect(response.body.items.map((entry) => entry.id)).not.toContain(user.id);
    expect((await member.get(`/api/users/${user.id}`)).status).toBe(404);
  });

  it('is 401 anonymously', async () => {
    expect((await server.anonymous().get('/api/users')).status).toBe(401);
  });

  it('shows one user in full to admins and as a directory entry to others', async () => {
    const { user } = await server.createUser({ username: 'single', name: 'Single One' });
    const full = await admin.get<UserView>(`/api/users/${user.id}`);
    expect(full.body).toMatchObject({ id: user.id, username: 'single', role: 'member', disabled: false });
    const entry = await member.get<Record<string, unknown>>(`/api/users/${user.id}`);
    expect(entry.body).toEqual({ id: user.id, name: 'Single One', departmentId: null });
    expect((await admin.get('/api/users/usr_none')).status).toBe(404);
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes name, role, department and locale', async () => {
    const department = await admin.post<{ id: string }>('/api/departments', { name: 'East' });
    const { user } = await server.createUser({ username: 'changer' });
    const response = await admin.patch<UserView>(`/api/users/${user.id}`, { name: '新名字', role: 'manager', departmentId: department.body.id, locale: 'en' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: '新名字', role: 'manager', departmentId: department.body.id, locale: 'en' });
    const cleared = await admin.patch<UserView>(`/api/users/${user.id}`, { departmentId: null, locale: null });
    expect(cleared.body).toMatchObject({ departmentId: null, locale: null, name: '新名字' });
  });

  it('refuses to disable or demote the last active admin', async () => {
    const me = await admin.get<{ user: { id: string } }>('/api/me');
    const demote = await admin.patch<Envelope>(`/api/users/${me.body.user.id}`, { role: 'member' });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('last_admin');
    expect((await admin.patch(`/api/users/${me.body.user.id}`, { disabled: true })).status).toBe(409);
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('renames to a taken username is a 409; to its own case variant is fine', async () => {
    const { user } = await server.createUser({ username: 'carol' });
    expect((await admin.patch(`/api/users/${user.id}`, { username: 'MEMBER1' })).status).toBe(409);
    expect((await admin.patch(`/api/users/${user.id}`, { username: 'Carol' })).status).toBe(200);
  });

  it('is 404 for an unknown user and 403 for non-admins', async () => {
    expect((await admin.patch('/api/users/usr_nope', { name: 'x' })).status).toBe(404);
    const { user } = await server.createUser({ username: 'target' });
    expect((await member.patch(`/api/users/${user.id}`, { role: 'admin' })).status).toBe(403);
    expect((await manager.patch(`/api/users/${user.id}`, { role: 'admin' })).status).toBe(403);
  });
});
