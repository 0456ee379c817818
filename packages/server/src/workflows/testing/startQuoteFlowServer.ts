import type { FormSchema } from '@formwork/runtime';
import { expect } from 'vitest';
import type { RecordBody } from '../../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../../testing/startTestServer.js';
import type { TestClient } from '../../testing/TestClient.js';

/** A signed-in member of a workflow test. */
export interface FlowPerson {
  readonly id: string;
  readonly client: TestClient;
}

/** A test server running the quote flow, and who plays in it. */
export interface QuoteFlowServer {
  readonly server: TestServer;
  readonly admin: TestClient;
  readonly formId: string;
  readonly people: Readonly<Record<'rep' | 'manager' | 'director' | 'finance', FlowPerson>>;
  /** The rep submits a quote titled `title`; its id (the flow waits at 经理审批). */
  submit(title: string): Promise<string>;
}

const quoteForm: FormSchema = { kind: 'form', schemaVersion: 1, title: '报价', fields: [{ id: 'f_title', type: 'text', label: '标题', required: true }] };

/**
 * The workflow HTTP tests' common ground: a fresh test server, the members rep, manager, director
 * and finance, and a published 报价 form whose published flow runs 发起 → 经理审批 (the manager) →
 * 抄送财务 (finance) → 结束. The flow is stored through the document store, as a template would
 * be, so these tests do not depend on the workflow authoring routes.
 *
 * @example
 * const { server, people, submit } = await startQuoteFlowServer();
 */
export async function startQuoteFlowServer(): Promise<QuoteFlowServer> {
  const server = await startTestServer();
  const admin = await server.loginAsAdmin();
  const people = {} as Record<'rep' | 'manager' | 'director' | 'finance', FlowPerson>;
  for (const name of ['rep', 'manager', 'director', 'finance'] as const) {
    const created = await server.createUser({ username: name });
    people[name] = { id: created.user.id, client: created.client };
  }
  const appId = (await admin.post<{ id: string }>('/api/apps', { name: '报价' })).body.id;
  const formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: quoteForm })).body.id;
  expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
  const schema = {
    kind: 'workflow',
    schemaVersion: 2,
    title: '报价审批',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_manager', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: people.manager.id }] },
      { id: 'n_cc', type: 'cc', name: '抄送财务', recipients: [{ kind: 'member', userId: people.finance.id }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_manager' },
      { id: 'e2', from: 'n_manager', to: 'n_cc' },
      { id: 'e3', from: 'n_cc', to: 'n_end' },
    ],
  };
  const { documents } = server.context.stores;
  const document = await documents.create({ id: 'wfl_quote', kind: 'workflow', appId, formId, draft: schema as never, createdBy: null, createdAt: server.clock.now() });
  await documents.publish(document.id, { draftRevision: 1, schema: schema as never, publishedAt: server.clock.now(), publishedBy: null });
  return {
    server,
    admin,
    formId,
    people,
    async submit(title) {
      const created = await people.rep.client.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_title: title } });
      expect(created.status).toBe(201);
      return created.body.id;
    },
  };
}
