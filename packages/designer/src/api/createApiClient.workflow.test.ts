import { describe, expect, it } from 'vitest';
import { starterWorkflow } from '../workflow/starterWorkflow.js';
import { ApiError } from './ApiError.js';
import { createApiClient } from './createApiClient.js';
import { workflowFaultsOf } from './WorkflowApi.js';

function answering(status: number, body: unknown) {
  const requests: { method: string; url: string; ifMatch: string | null; body: unknown }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push({ method: init?.method ?? 'GET', url: String(input), ifMatch: headers.get('if-match'), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const view = { draft: { kind: 'workflow' }, draftRevision: 4, published: null, versions: [] };

describe("a form's workflow over HTTP", () => {
  it('reads it, and answers null when the form has none yet', async () => {
    const found = answering(200, view);
    expect(await createApiClient(found.fetchImpl).getWorkflow('frm 1')).toEqual(view);
    expect(found.requests.map((request) => request.url)).toEqual(['/api/forms/frm%201/workflow']);
    const none = answering(404, { error: { code: 'not_found', message: 'No workflow' } });
    expect(await createApiClient(none.fetchImpl).getWorkflow('frm_1')).toBeNull();
  });

  it('saves the draft as { schema }, with If-Match only after the first save', async () => {
    const server = answering(200, view);
    const api = createApiClient(server.fetchImpl);
    const schema = starterWorkflow('frm_1', 'Deals', 'en');
    await api.saveWorkflow('frm_1', schema, null);
    await api.saveWorkflow('frm_1', schema, 4);
    expect(server.requests.map(({ method, url, ifMatch }) => [method, url, ifMatch])).toEqual([
      ['PUT', '/api/forms/frm_1/workflow', null],
      ['PUT', '/api/forms/frm_1/workflow', '4'],
    ]);
    expect(server.requests[0]?.body).toEqual({ schema });
  });

  it('publishes with If-Match and passes the faults of a refusal on', async () => {
    const details = [{ pointer: '/nodes/1/assignees', code: 'noAssignees', message: '审批节点“经理审批”没有审批人' }, { junk: true }];
    const server = answering(400, { error: { code: 'invalid_schema', message: '流程定义有误', details } });
    const failure = await createApiClient(server.fetchImpl).publishWorkflow('frm_1', 7).catch((error: unknown) => error);
    expect(server.requests.map(({ method, url, ifMatch }) => [method, url, ifMatch])).toEqual([['POST', '/api/forms/frm_1/workflow/publish', '7']]);
    expect(failure).toBeInstanceOf(ApiError);
    expect(workflowFaultsOf((failure as ApiError).details)).toEqual([details[0]]);
  });
});
