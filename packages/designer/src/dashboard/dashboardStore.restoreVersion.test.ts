import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('restoring a published version', () => {
  it('makes the version the draft in one undo step, nothing selected', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('kpi');
    const published = store.getState().dashboard;
    store.getState().addWidget('bar');
    store.getState().setDashboardSettings({ title: 'Changed since' });
    expect(store.getState().restoreVersion(1, JSON.parse(JSON.stringify(published))).ok).toBe(true);
    expect(store.getState().dashboard).toEqual(published);
    expect(store.getState().selectedId).toBeNull();
    store.getState().undo();
    expect(store.getState().dashboard.title).toBe('Changed since');
    expect(store.getState().dashboard.widgets).toHaveLength(2);
  });

  it('refuses a version the engine cannot read, in both languages, changing nothing', () => {
    const store = createTestDashboardStore({ locale: 'zh-CN' });
    store.getState().addWidget('kpi');
    const before = store.getState().dashboard;
    const result = store.getState().restoreVersion(3, { kind: 'dashboard', schemaVersion: 1, title: '', widgets: 'none' });
    expect(result.ok).toBe(false);
    expect(store.getState().lastError).toEqual({ 'zh-CN': '第 3 版无法读取，草稿未改变', en: 'Version 3 cannot be read: the draft is unchanged' });
    expect(store.getState().dashboard).toBe(before);
    expect(store.getState().history.past).toHaveLength(1);
  });
});
