import { parseAppBundle, type AppBundle } from '@formwork/runtime';
import { readTemplateBundle } from '@formwork/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../http/HttpError.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { User } from '../storage/UserStore.js';
import { installBundleDocuments } from './installBundleDocuments.js';

let server: TestServer;
let admin: User;
let crm: AppBundle;

beforeAll(async () => {
  server = await startTestServer();
  const found = await server.context.stores.users.findCredentials(server.admin.username);
  if (!found) throw new Error('no admin');
  admin = found.user;
  const parsed = parseAppBundle(readTemplateBundle('crm'));
  if (!parsed.ok) throw new Error('the CRM bundle does not parse');
  crm = parsed.value;
});
afterAll(() => server.close());

/** The CRM bundle with its first dashboard's first widget reading a form outside the app. */
function withBrokenDashboard(bundle: AppBundle): AppBundle {
  const json = JSON.parse(JSON.stringify(bundle)) as { dashboards: { schema: { widgets: { query: { formId: string } }[] } }[] };
  const query = json.dashboards[0]?.schema.widgets[0]?.query;
  if (!query) throw new Error('the CRM dashboard has changed shape');
  query.formId = 'frm_of_another_app';
  return json as unknown as AppBundle;
}

describe('installBundleDocuments', () => {
  it('refuses a document its route would refuse, with pointers into the bundle and messages in both languages, and leaves nothing', async () => {
    const apps = (await server.context.stores.apps.list()).length;
    const error = await server.context.stores
      .transaction((tx) => installBundleDocuments(server.context, tx, 'crm', withBrokenDashboard(crm), admin))
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    const refused = error as HttpError;
    expect(refused.code).toBe('invalid_bundle');
    expect(refused.text['zh-CN']).toContain('crm');
    expect(refused.text.en).toContain('nothing was installed');
    const details = refused.details as readonly { pointer: string; message: { 'zh-CN': string; en: string } }[];
    expect(details.length).toBeGreaterThan(0);
    expect(details.map((detail) => detail.pointer)).toEqual(['/dashboards/0/schema/widgets/0/query/formId']);
    expect(details[0]?.message['zh-CN']).toBeTruthy();
    expect(details[0]?.message.en).toBeTruthy();
    expect((await server.context.stores.apps.list()).length).toBe(apps);
  });

  it('installs the intact bundle: form keys become the new ids everywhere', async () => {
    const installed = await server.context.stores.transaction((tx) => installBundleDocuments(server.context, tx, 'crm', crm, admin));
    const keys = new Set(crm.forms.map((form) => form.key));
    for (const form of installed.forms) {
      const stored = await server.context.stores.forms.findById(form.id);
      const formIds = [...JSON.stringify(stored?.published?.schema).matchAll(/"formId":"([^"]+)"/g)].map((match) => match[1] ?? '');
      for (const formId of formIds) {
        expect(keys.has(formId)).toBe(false);
        expect(installed.forms.some((candidate) => candidate.id === formId)).toBe(true);
      }
    }
    // The rep's daily forms (#15), as stored ids in the bundle's order: 跟进记录, then 商机.
    const idOf = (key: string) => installed.forms.find((form) => form.key === key)?.id;
    expect(crm.app.quickForms).toEqual(['followUps', 'opportunities']);
    expect((await server.context.stores.apps.findById(installed.app.id))?.quickForms).toEqual([idOf('followUps'), idOf('opportunities')]);
  });
});
