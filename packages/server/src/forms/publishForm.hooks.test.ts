import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../http/HttpError.js';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { FormPublishedEvent, FormPublishHook } from './FormPublishHook.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

async function formWithTwoVersionsPending(hooks: readonly FormPublishHook[]) {
  server = await startTestServer({ formPublishHooks: hooks });
  const admin = await server.loginAsAdmin();
  const app = await admin.post<{ id: string }>('/api/apps', { name: 'A' });
  const form = await admin.post<{ id: string }>(`/api/apps/${app.body.id}/forms`, { schema: sampleFormSchema() });
  return { admin, formId: form.body.id };
}

describe('FormPublishHook', () => {
  it('sees each publish with the previous and next versions, and its report is returned', async () => {
    const events: FormPublishedEvent[] = [];
    const { admin, formId } = await formWithTwoVersionsPending([
      { name: 'conversion', onPublish: async (event) => (events.push(event), { retyped: event.changes.retyped.length }) },
    ]);
    await admin.post(`/api/forms/${formId}/publish`);
    await admin.put(`/api/forms/${formId}`, { schema: sampleFormSchema({ fields: [{ id: 'f_name', type: 'text', label: 'Name' }, { id: 'f_amount', type: 'text', label: 'Amount' }] }) });
    const second = await admin.post<{ version: number; reports: Record<string, unknown> }>(`/api/forms/${formId}/publish`);
    expect(second.body.reports).toEqual({ conversion: { retyped: 1 } });
    expect(events.map((event) => [event.previous?.version ?? null, event.next.version])).toEqual([
      [null, 1],
      [1, 2],
    ]);
    expect(events[1]?.changes.retyped).toEqual([{ fieldId: 'f_amount', from: 'number', to: 'text' }]);
  });

  it('hands each hook the publish transaction, which already holds the new version', async () => {
    const seen: (number | null)[] = [];
    const { admin, formId } = await formWithTwoVersionsPending([
      {
        name: 'reader',
        // Through `tx`: the outer stores would wait for the very transaction running this hook.
        onPublish: async (event, tx) => {
          seen.push((await tx.forms.findById(event.formId))?.published?.version ?? null);
          return undefined;
        },
      },
    ]);
    expect((await admin.post(`/api/forms/${formId}/publish`)).status).toBe(200);
    expect(seen).toEqual([1]);
  });

  it('aborts the publish, writing nothing, when a hook throws', async () => {
    const { admin, formId } = await formWithTwoVersionsPending([
      {
        name: 'veto',
        onPublish: async () => {
          throw new HttpError(409, 'conversion_refused', { 'zh-CN': '无法转换', en: 'Cannot convert' });
        },
      },
    ]);
    const response = await admin.post<{ error: { code: string } }>(`/api/forms/${formId}/publish`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conversion_refused');
    expect(await server?.sqlValue('SELECT count(*) FROM form_versions')).toBe(0);
    expect(await server?.sqlValue('SELECT published_version FROM forms')).toBeNull();
  });
});
