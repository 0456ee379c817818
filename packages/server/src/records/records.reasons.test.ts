import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let strictFormId: string;
let looseFormId: string;

const targetForm = (changeReason?: 'required' | 'optional'): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Monthly targets',
  fields: [
    { id: 'f_rep', type: 'text', label: 'Rep', required: true },
    { id: 'f_target', type: 'money', label: 'Target' },
  ],
  ...(changeReason ? { settings: { changeReason } } : {}),
});

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  strictFormId = await publishNewForm(admin, targetForm('required'));
  looseFormId = await publishNewForm(admin, targetForm());
});
afterAll(() => server.close());

async function submit(formId: string): Promise<RecordBody> {
  const response = await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_rep: 'Li Lei', f_target: 500_000 } });
  expect(response.status).toBe(201);
  return response.body;
}

type HistoryBody = { items: { version: number; action: string; reason: string | null }[] };

describe('reasons for changes', () => {
  it('keeps the reason of every change in the history, beside who and when', async () => {
    const record = await submit(strictFormId);
    expect((await admin.patch(`/api/records/${record.id}`, { data: { f_target: 450_000 }, reason: '  新人首月，目标下调 10%  ' })).status).toBe(200);
    expect((await admin.delete(`/api/records/${record.id}`, { body: { reason: 'Entered twice:\nsee the March sheet' } })).status).toBe(204);
    expect((await admin.post(`/api/records/${record.id}/restore`, { reason: 'Was the only copy' })).status).toBe(200);
    const history = await admin.get<HistoryBody>(`/api/records/${record.id}/history`);
    expect(history.body.items.map((entry) => [entry.version, entry.action, entry.reason])).toEqual([
      [1, 'create', null],
      [2, 'update', '新人首月，目标下调 10%'],
      [3, 'delete', 'Entered twice:\nsee the March sheet'],
      [4, 'restore', 'Was the only copy'],
    ]);
  });

  it('refuses a change without a reason when the form requires one, and changes nothing', async () => {
    const record = await submit(strictFormId);
    for (const reason of [undefined, '', '   ']) {
      const response = await admin.patch<ErrorBody>(`/api/records/${record.id}?lang=zh-CN`, { data: { f_target: 1 }, ...(reason === undefined ? {} : { reason }) });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('reason_required');
      expect(response.body.error.message).toBe('请填写修改原因');
      expect(detailsOf(response.body).map((detail) => detail.pointer)).toEqual(['/reason']);
    }
    expect((await admin.delete<ErrorBody>(`/api/records/${record.id}`)).body.error.code).toBe('reason_required');
    const current = await admin.get<RecordBody>(`/api/records/${record.id}`);
    expect([current.body.version, current.body.data['f_target'], current.body.deletedAt]).toEqual([1, 500_000, null]);
    expect((await admin.get<HistoryBody>(`/api/records/${record.id}/history`)).body.items).toHaveLength(1);
  });

  it('asks no reason of a save that changes nothing', async () => {
    const record = await submit(strictFormId);
    const response = await admin.patch<RecordBody>(`/api/records/${record.id}`, { data: { f_target: 500_000 } });
    expect([response.status, response.body.version]).toEqual([200, 1]);
  });

  it('takes changes without a reason on forms that do not require one, and a reason when given', async () => {
    const record = await submit(looseFormId);
    expect((await admin.patch(`/api/records/${record.id}`, { data: { f_target: 1 } })).status).toBe(200);
    expect((await admin.patch(`/api/records/${record.id}`, { data: { f_target: 2 }, reason: 'Typo' })).status).toBe(200);
    expect((await admin.delete(`/api/records/${record.id}`)).status).toBe(204);
    const history = await admin.get<HistoryBody>(`/api/records/${record.id}/history`);
    expect(history.body.items.map((entry) => entry.reason)).toEqual([null, null, 'Typo', null]);
  });

  it('refuses a reason over 500 characters or of another type, naming it', async () => {
    const record = await submit(looseFormId);
    for (const reason of ['x'.repeat(501), 42]) {
      const response = await admin.patch<ErrorBody>(`/api/records/${record.id}`, { data: { f_target: 3 }, reason });
      expect(response.status).toBe(400);
      expect(detailsOf(response.body).map((detail) => detail.pointer)).toContain('/reason');
    }
    expect((await admin.patch(`/api/records/${record.id}`, { data: { f_target: 3 }, reason: 'x'.repeat(500) })).status).toBe(200);
  });
});
