import { describe, expect, it } from 'vitest';
import { emptyDashboard } from '../dashboard/emptyDashboard.js';
import { ApiError } from './ApiError.js';
import { createApiClient } from './createApiClient.js';

function answering(status: number, body: unknown) {
  const requests: { method: string; url: string; ifMatch: string | null; body: unknown }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push({ method: init?.method ?? 'GET', url: String(input), ifMatch: headers.get('if-match'), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const view = { id: 'dsh_1', appId: 'app 1', title: 'Morning', draft: emptyDashboard('Morning'), draftRevision: 3, published: null, versions: [] };

describe('dashboards over HTTP', () => {
  it('lists an app’s dashboards from the server’s { items }', async () => {
    const server = answering(200, { items: [{ id: 'dsh_1', appId: 'app 1', title: 'Morning', publishedVersion: null }] });
    expect(await createApiClient(server.fetchImpl).listDashboards('app 1')).toEqual([{ id: 'dsh_1', appId: 'app 1', title: 'Morning', publishedVersion: null }]);
    expect(server.requests[0]?.url).toBe('/api/apps/app%201/dashboards');
  });

  it('creates, saves with If-Match and publishes at a revision, sending { schema }', async () => {
    const server = answering(200, view);
    const api = createApiClient(server.fetchImpl);
    const schema = emptyDashboard('Morning');
    await api.createDashboard('app 1', schema);
    await api.saveDashboard('dsh_1', schema, 3);
    await api.publishDashboard('dsh_1', 4);
    expect(server.requests.map(({ method, url, ifMatch }) => [method, url, ifMatch])).toEqual([
      ['POST', '/api/apps/app%201/dashboards', null],
      ['PUT', '/api/dashboards/dsh_1', '3'],
      ['POST', '/api/dashboards/dsh_1/publish', '4'],
    ]);
    expect(server.requests[0]?.body).toEqual({ schema });
    expect(server.requests[1]?.body).toEqual({ schema });
  });

  it('previews the saved draft through the data route with ?draft=true', async () => {
    const answer = { widgets: [], computedAt: '2024-05-06T08:00:00.000Z', cached: false };
    const server = answering(200, answer);
    expect(await createApiClient(server.fetchImpl).previewDashboard('dsh_1')).toEqual(answer);
    expect(server.requests.map(({ method, url }) => [method, url])).toEqual([['POST', '/api/dashboards/dsh_1/data?draft=true']]);
  });

  it('reads one published version, and refuses an answer that is none', async () => {
    const version = { version: 2, publishedAt: '2024-05-06T08:00:00.000Z', publishedBy: 'usr_1', schema: emptyDashboard('Morning') };
    const server = answering(200, version);
    expect(await createApiClient(server.fetchImpl).getDashboardVersion('dsh 1', 2)).toEqual(version);
    expect(server.requests.map(({ method, url }) => [method, url])).toEqual([['GET', '/api/dashboards/dsh%201/versions/2']]);
    const failure = await createApiClient(answering(200, { items: [] }).fetchImpl).getDashboardVersion('dsh_1', 2).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'bad_response' });
  });

  it('rejects with the server’s code when a save is stale', async () => {
    const server = answering(409, { error: { code: 'stale_draft', message: 'Someone saved', details: { currentRevision: 5 } } });
    const failure = await createApiClient(server.fetchImpl).saveDashboard('dsh_1', emptyDashboard('x'), 3).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 409, code: 'stale_draft' });
  });
});
