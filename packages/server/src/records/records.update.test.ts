import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type PageBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let owner: TestClient;
let ownerId: string;
let formId: string;

const contactForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Contacts',
  fields: [
    { id: 'f_name', type: 'text', label: 'Name', required: true },
    { id: 'f_email', type: 'email', label: 'Email', unique: true },
    { id: 'f_score', type: 'number', label: 'Score' },
    { id: 'f_double', type: 'formula', label: 'Double', expression: { '*': [{ var: 'f_score' }, 2] }, resultType: 'number' },
  ],
  settings: { access: { rows: { member: 'all' } } },
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const created = await server.createUser({ username: 'owner' });
  owner = created.client;
  ownerId = created.user.id;
  formId = await publishNewForm(admin, contactForm);
});
afterAll(() => server.close());

async function submit(data: Record<string, unknown>, client = owner): Promise<RecordBody> {
  const response = await client.post<RecordBody>(`/api/forms/${formId}/records`, { data });
  expect(response.status).toBe(201);
  return response.body;
}

describe('GET /api/records/:id', () => {
  it('returns the record with its version as ETag', async () => {
    const record = await submit({ f_name: 'Ann' });
    const response = await owner.get<RecordBody>(`/api/records/${record.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.body).toMatchObject({ id: record.id, formId, version: 1, data: { f_name: 'Ann' }, creatorName: 'owner', deletedAt: null });
  });

  it('is 404 for an unknown id', async () => {
    expect((await owner.get('/api/records/rec_nope')).status).toBe(404);
  });
});

describe('PATCH /api/records/:id', () => {
  it('merges the change, recomputes formulas, bumps the version and the ETag', async () => {
    const record = await submit({ f_name: 'Bob', f_score: 2 });
    const response = await owner.patch<RecordBody>(`/api/records/${record.id}`, { data: { f_score: 5 } }, { headers: { 'If-Match': '"1"' } });
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(2);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(response.body.data).toEqual({ f_name: 'Bob', f_score: 5, f_double: 10 });
  });

  it('clears a field set to null', async () => {
    const record = await submit({ f_name: 'Cid', f_score: 1 });
    const response = await owner.patch<RecordBody>(`/api/records/${record.id}`, { data: { f_score: null } });
    expect(response.body.data).toEqual({ f_name: 'Cid' });
  });

  it('answers 409 stale_record for an old If-Match, and changes nothing', async () => {
    const record = await submit({ f_name: 'Dee' });
    await owner.patch(`/api/records/${record.id}`, { data: { f_name: 'Dee 2' } }, { headers: { 'If-Match': '"1"' } });
    const stale = await owner.patch<ErrorBody>(`/api/records/${record.id}`, { data: { f_name: 'Dee 3' } }, { headers: { 'If-Match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_record');
    expect(stale.body.error.details).toEqual({ currentVersion: 2 });
    expect((await owner.get<RecordBody>(`/api/records/${record.id}`)).body.data['f_name']).toBe('Dee 2');
  });

  it('refuses a malformed If-Match', async () => {
    const record = await submit({ f_name: 'Eve' });
    expect((await owner.patch(`/api/records/${record.id}`, { data: {} }, { headers: { 'If-Match': 'yesterday' } })).status).toBe(400);
  });

  it('validates the merged record (400 with field errors) and keeps the stored one', async () => {
    const record = await submit({ f_name: 'Fay' });
    const response = await owner.patch<ErrorBody>(`/api/records/${record.id}?lang=en`, { data: { f_name: null, f_email: 'not-an-email' } });
    expect(response.status).toBe(400);
    expect(detailsOf(response.body).map((d) => d.pointer).sort()).toEqual(['/data/f_email', '/data/f_name']);
    expect((await owner.get<RecordBody>(`/api/records/${record.id}`)).body.version).toBe(1);
  });

  it('writes nothing when nothing changes', async () => {
    const record = await submit({ f_name: 'Gus' });
    const response = await owner.patch<RecordBody>(`/api/records/${record.id}`, { data: { f_name: 'Gus' } });
    expect(response.body.version).toBe(1);
    expect((await owner.get<{ items: unknown[] }>(`/api/records/${record.id}/history`)).body.items).toHaveLength(1);
  });

  it('lets admins change anyone’s record, but other members only see it (403)', async () => {
    const record = await submit({ f_name: 'Hal' });
    const other = await server.createUser({ username: 'other-member' });
    expect((await other.client.get(`/api/records/${record.id}`)).status).toBe(200); // rows: member all
    const refused = await other.client.patch<ErrorBody>(`/api/records/${record.id}`, { data: { f_name: 'Hacked' } });
    expect(refused.status).toBe(403);
    expect((await other.client.delete(`/api/records/${record.id}`)).status).toBe(403);
    const byAdmin = await admin.patch<RecordBody>(`/api/records/${record.id}`, { data: { f_name: 'Hal (fixed)' } });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.data['f_name']).toBe('Hal (fixed)');
  });
});

describe('unique fields', () => {
  it('refuse a second live record with the same value (409 naming the field), on submit and on change', async () => {
    await submit({ f_name: 'Ida', f_email: 'ida@example.com' });
    const duplicate = await owner.post<ErrorBody>(`/api/forms/${formId}/records?lang=en`, { data: { f_name: 'Ida 2', f_email: 'ida@example.com' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('duplicate_value');
    expect(detailsOf(duplicate.body)[0]).toMatchObject({ fieldId: 'f_email', pointer: '/data/f_email', code: 'unique' });
    const other = await submit({ f_name: 'Jo', f_email: 'jo@example.com' });
    const change = await owner.patch<ErrorBody>(`/api/records/${other.id}`, { data: { f_email: 'ida@example.com' } });
    expect(change.status).toBe(409);
  });

  it('let a record keep its own value, and free the value when the record is deleted — restoring it then conflicts', async () => {
    const kim = await submit({ f_name: 'Kim', f_email: 'kim@example.com' });
    expect((await owner.patch(`/api/records/${kim.id}`, { data: { f_name: 'Kim K' } })).status).toBe(200);
    expect((await owner.delete(`/api/records/${kim.id}`)).status).toBe(204);
    const successor = await submit({ f_name: 'Kim 2', f_email: 'kim@example.com' });
    expect(successor.data['f_email']).toBe('kim@example.com');
    const restore = await owner.post<ErrorBody>(`/api/records/${kim.id}/restore`, {});
    expect(restore.status).toBe(409);
    expect(restore.body.error.code).toBe('duplicate_value');
  });
});

describe('soft delete, restore and history', () => {
  it('hides a deleted record from lists, keeps it readable for its owner, and restores it', async () => {
    const record = await submit({ f_name: 'Lou' });
    expect((await owner.delete(`/api/records/${record.id}`, { headers: { 'If-Match': '"1"' } })).status).toBe(204);
    const list = await owner.get<PageBody>(`/api/forms/${formId}/records?limit=500`);
    expect(list.body.items.map((r) => r.id)).not.toContain(record.id);
    const trash = await owner.get<PageBody>(`/api/forms/${formId}/records?deleted=true`);
    expect(trash.body.items.map((r) => r.id)).toContain(record.id);
    const read = await owner.get<RecordBody>(`/api/records/${record.id}`);
    expect(read.body.deletedAt).not.toBeNull();
    expect(read.body.version).toBe(2);
    expect((await owner.delete(`/api/records/${record.id}`)).status).toBe(409);
    expect((await owner.patch<ErrorBody>(`/api/records/${record.id}`, { data: { f_name: 'x' } })).body.error.code).toBe('record_deleted');
    const restored = await owner.post<RecordBody>(`/api/records/${record.id}/restore`, {});
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ deletedAt: null, version: 3 });
    expect((await owner.get<PageBody>(`/api/forms/${formId}/records?limit=500`)).body.items.map((r) => r.id)).toContain(record.id);
    expect((await owner.post<ErrorBody>(`/api/records/${record.id}/restore`, {})).body.error.code).toBe('record_not_deleted');
  });

  it("hides someone else's deleted record even from members who saw it live", async () => {
    const record = await submit({ f_name: 'Max' });
    const other = await server.createUser({ username: 'watcher' });
    expect((await other.client.get(`/api/records/${record.id}`)).status).toBe(200);
    await owner.delete(`/api/records/${record.id}`);
    expect((await other.client.get(`/api/records/${record.id}`)).status).toBe(404);
    expect((await other.client.get(`/api/records/${record.id}/history`)).status).toBe(404);
  });

  it('records who changed what and when, append-only', async () => {
    const record = await submit({ f_name: 'Ned', f_score: 1 });
    server.clock.advance(60_000);
    await owner.patch(`/api/records/${record.id}`, { data: { f_score: 4, f_email: 'ned@example.com' } });
    await admin.delete(`/api/records/${record.id}`);
    await owner.post(`/api/records/${record.id}/restore`, {});
    const history = await owner.get<{ items: { version: number; action: string; actorId: string; actorName: string; at: string; changes: unknown[] }[] }>(
      `/api/records/${record.id}/history`,
    );
    expect(history.body.items.map((h) => [h.version, h.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'delete'],
      [4, 'restore'],
    ]);
    const update = history.body.items[1];
    expect(update?.actorId).toBe(ownerId);
    expect(update?.actorName).toBe('owner');
    expect(update?.at).toBe(new Date(server.clock.now()).toISOString());
    // In form order: email, score, then the formula computed from it.
    expect(update?.changes).toEqual([
      { fieldId: 'f_email', to: 'ned@example.com' },
      { fieldId: 'f_score', from: 1, to: 4 },
      { fieldId: 'f_double', from: 2, to: 8 },
    ]);
    expect(history.body.items[2]?.actorName).toBe('admin');
    const created = history.body.items[0];
    expect([created?.actorId, created?.actorName, created?.at]).toEqual([ownerId, 'owner', new Date(server.clock.now() - 60_000).toISOString()]);
  });

  it('reads the creation from the record itself, whose creation stamp can never change or vanish', async () => {
    const record = await submit({ f_name: 'Oda' });
    expect(await server.sqlValue('SELECT count(*) FROM record_history WHERE record_id = ?', record.id)).toBe(0);
    for (const sql of [
      'UPDATE records SET created_at = created_at + 1 WHERE id = ?',
      'UPDATE records SET creator_id = NULL WHERE id = ?',
      "UPDATE records SET form_id = 'x' WHERE id = ?",
      "UPDATE records SET id = 'rec_other' WHERE id = ?",
    ]) {
      await expect(server.sql(sql, record.id), sql).rejects.toThrow(/creation stamp never changes/);
    }
    await expect(server.sql('DELETE FROM records WHERE id = ?', record.id)).rejects.toThrow(/never removed/);
    const history = await owner.get<{ items: { action: string; actorId: string }[] }>(`/api/records/${record.id}/history`);
    expect(history.body.items).toEqual([expect.objectContaining({ action: 'create', actorId: ownerId })]);
  });

  it('shows a create entry stored before creation stamps once, not twice', async () => {
    const record = await submit({ f_name: 'Pia' });
    await server.sql("INSERT INTO record_history (record_id, version, action, actor_id, at, changes) VALUES (?, 1, 'create', ?, ?, '[]')", record.id, ownerId, server.clock.now());
    const history = await owner.get<{ items: { action: string }[] }>(`/api/records/${record.id}/history`);
    expect(history.body.items.map((entry) => entry.action)).toEqual(['create']);
  });

  it('refuses UPDATE and DELETE on the history table itself', async () => {
    // The triggers fire per row: an empty table would refuse nothing and prove nothing.
    expect(await server.sqlValue('SELECT count(*) FROM record_history')).toBeGreaterThan(0);
    await expect(server.sql("UPDATE record_history SET action = 'update'")).rejects.toThrow(/append-only/);
    await expect(server.sql('DELETE FROM record_history')).rejects.toThrow(/append-only/);
  });
});
