import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../api/testing/createFakeApi.js';
import { createFakeDashboardApi } from '../api/testing/createFakeDashboardApi.js';
import { createDashboardSession } from './createDashboardSession.js';
import { emptyDashboard } from './emptyDashboard.js';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

async function setUp() {
  const server = createFakeApi();
  const dashboards = createFakeDashboardApi({
    preview: (draft) => ({ computedAt: '2024-05-06T08:00:00.000Z', widgets: draft.widgets.map((widget) => ({ id: widget.id, type: 'kpi' as const, data: { type: 'kpi' as const, value: 42 } })) }),
  });
  const api = { ...server.api, ...dashboards.api };
  const app = await api.createApp({ name: 'Sales' });
  const form = await api.createForm(app.id, { kind: 'form', schemaVersion: 1, title: 'Deals', fields: [{ id: 'f_amount', type: 'number', label: 'Amount' }] });
  const created = await api.createDashboard(app.id, emptyDashboard('Morning'));
  const store = createTestDashboardStore({ forms: [] });
  const session = createDashboardSession({ api, appId: app.id, dashboardId: created.id, locale: () => 'en', store });
  await session.load();
  return { session, store, dashboards, form };
}

describe('the dashboard session', () => {
  it('loads the draft and the app’s forms, so a new widget reads the first form', async () => {
    const { session, store, form } = await setUp();
    const state = session.state.getState();
    expect(state.phase).toBe('ready');
    expect(state.phase === 'ready' && state.forms.map((entry) => [entry.id, entry.title, entry.schema.fields.length])).toEqual([[form.id, 'Deals', 1]]);
    expect(store.getState().dashboard.title).toBe('Morning');
    expect(store.getState().addWidget('kpi')).toEqual({ ok: true, id: 'w_1' });
    expect(store.getState().dashboard.widgets[0]?.query.formId).toBe(form.id);
  });

  it('the preview saves the draft first, then shows the server’s figures for it', async () => {
    const { session, store, dashboards } = await setUp();
    store.getState().addWidget('kpi');
    await session.preview();
    expect(dashboards.calls.map((call) => call.method)).toEqual(['createDashboard', 'saveDashboard', 'previewDashboard']);
    const state = session.state.getState();
    expect(state.phase === 'ready' && state.preview).toEqual({
      status: 'ready',
      answer: { computedAt: '2024-05-06T08:00:00.000Z', widgets: [{ id: 'w_1', type: 'kpi', data: { type: 'kpi', value: 42 } }] },
      dashboard: store.getState().dashboard,
    });
    // Nothing changed since: the next preview does not save again.
    await session.preview();
    expect(dashboards.calls.filter((call) => call.method === 'saveDashboard')).toHaveLength(1);
  });

  it('a preview asked for while a save is under way waits for it instead of doing nothing', async () => {
    const { session, store, dashboards } = await setUp();
    store.getState().addWidget('kpi');
    await Promise.all([session.save(), session.preview()]);
    expect(dashboards.calls.map((call) => call.method)).toEqual(['createDashboard', 'saveDashboard', 'previewDashboard']);
    const state = session.state.getState();
    expect(state.phase === 'ready' && state.preview.status).toBe('ready');
  });

  it('says why there is no preview when the draft could not be saved', async () => {
    const { session, store, dashboards } = await setUp();
    const stored = [...dashboards.dashboards.values()][0]!;
    stored.draftRevision = 7;
    store.getState().addWidget('kpi');
    await session.preview();
    const state = session.state.getState();
    expect(state.phase === 'ready' && state.preview.status === 'error' && state.preview.reason.en).toBe('The draft could not be saved, so there is no preview of it; the message above says why');
    expect(state.phase === 'ready' && state.notice?.kind).toBe('error');
    expect(dashboards.calls.map((call) => call.method)).not.toContain('previewDashboard');
  });

  it('publishes the saved draft as version 1 and lists it', async () => {
    const { session, store } = await setUp();
    store.getState().addWidget('gauge');
    await session.publish();
    const state = session.state.getState();
    expect(state.phase === 'ready' && state.notice).toEqual({ kind: 'ok', text: { 'zh-CN': '已发布为第 1 版', en: 'Published as version 1' } });
    expect(state.phase === 'ready' && state.versions.map((version) => version.version)).toEqual([1]);
  });

  it('says so in both languages when someone else saved meanwhile, and keeps the edits', async () => {
    const { session, store, dashboards } = await setUp();
    const stored = [...dashboards.dashboards.values()][0]!;
    stored.draftRevision = 7;
    store.getState().addWidget('kpi');
    expect(await session.save()).toBe(false);
    const state = session.state.getState();
    expect(state.phase === 'ready' && state.notice?.text.en).toBe('Someone else saved this dashboard after you opened it; open it again before changing it');
    expect(store.getState().dashboard.widgets).toHaveLength(1);
    expect(store.getState().savedDashboard).not.toBe(store.getState().dashboard);
  });
});
