import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('undo and redo', () => {
  it('steps back and forth through adds, moves and settings, with the selection of the time', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('bar');
    store.getState().moveWidget('w_1', { x: 2, y: 1 });
    store.getState().updateWidget('w_1', { title: 'Revenue' });
    store.getState().selectWidget(null);

    expect(store.getState().undo()).toEqual({ ok: true });
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ title: 'Bar chart', layout: { x: 2, y: 1 } });
    expect(store.getState().selectedId).toBe('w_1');
    store.getState().undo();
    expect(store.getState().dashboard.widgets[0]?.layout).toMatchObject({ x: 0, y: 0 });
    store.getState().undo();
    expect(store.getState().dashboard.widgets).toEqual([]);
    expect(store.getState().undo().ok).toBe(false);
    expect(store.getState().lastError?.en).toBe('Nothing to undo');

    store.getState().redo();
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ title: 'Revenue', layout: { x: 2, y: 1 } });
    expect(store.getState().redo().ok).toBe(false);
  });

  it('a new edit after an undo forgets the redo; a refused one keeps it', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('kpi');
    store.getState().addWidget('kpi');
    store.getState().undo();
    expect(store.getState().moveWidget('w_1', { x: 11, y: 0 }).ok).toBe(false);
    expect(store.getState().history.future).toHaveLength(1);
    store.getState().moveWidget('w_1', { x: 6, y: 0 });
    expect(store.getState().history.future).toEqual([]);
    expect(store.getState().redo().ok).toBe(false);
  });

  it('a loaded document starts a fresh history and counts as saved', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('kpi');
    const loaded = { kind: 'dashboard', schemaVersion: 1, title: 'From the server', widgets: [] } as const;
    store.getState().load(loaded);
    expect(store.getState().history).toEqual({ past: [], future: [] });
    expect(store.getState().savedDashboard).toBe(store.getState().dashboard);
    store.getState().addWidget('kpi');
    expect(store.getState().savedDashboard).not.toBe(store.getState().dashboard);
  });
});
