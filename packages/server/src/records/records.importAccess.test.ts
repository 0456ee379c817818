import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type ErrorBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;

const visitForm = (importRoles?: FormSchema['settings']): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [{ id: 'f_customer', type: 'text', label: 'Customer' }],
  ...(importRoles ? { settings: importRoles } : {}),
});

function importCsv(client: TestClient, formId: string, locale: 'en' | 'zh-CN' = 'en') {
  const { body, contentType } = multipartBody({ name: 'visits.csv', type: 'text/csv', bytes: Buffer.from('Customer\r\nACME\r\n', 'utf8') });
  return client.post<{ imported: number } & ErrorBody>(`/api/forms/${formId}/import`, undefined, {
    rawBody: body,
    headers: { 'content-type': contentType, 'x-requested-with': 'test', 'accept-language': locale },
  });
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
});
afterAll(() => server.close());

describe('who may import (settings.access.import)', () => {
  it('lets managers and admins import by default and answers a rep 403 in both languages', async () => {
    const formId = await publishNewForm(admin, visitForm());
    const { client: rep } = await server.createUser({ role: 'member' });
    const { client: manager } = await server.createUser({ role: 'manager' });
    const refused = await importCsv(rep, formId);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'import_not_allowed']);
    expect(refused.body.error.message).toContain('managers and admins');
    expect((await importCsv(rep, formId, 'zh-CN')).body.error.message).toContain('不允许您的角色导入');
    expect((await importCsv(manager, formId)).body.imported).toBe(1);
    expect((await importCsv(admin, formId)).body.imported).toBe(1);
  });

  it('lets reps import when the form says so, and keeps admins in whatever it says', async () => {
    const open = await publishNewForm(admin, visitForm({ access: { import: { roles: ['member'] } } }));
    const { client: rep } = await server.createUser({ role: 'member' });
    const { client: manager } = await server.createUser({ role: 'manager' });
    expect((await importCsv(rep, open)).status).toBe(200);
    expect((await importCsv(manager, open)).status).toBe(403);
    const closed = await publishNewForm(admin, visitForm({ access: { import: { roles: [] } } }));
    expect((await importCsv(admin, closed)).status).toBe(200);
  });
});
