import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('addWidget', () => {
  it('puts each new widget at the first free place, reading the first form, and selects it', () => {
    const store = createTestDashboardStore();
    const bar = store.getState().addWidget('bar');
    const pie = store.getState().addWidget('pie');
    const table = store.getState().addWidget('table');
    expect([bar, pie, table]).toEqual([
      { ok: true, id: 'w_1' },
      { ok: true, id: 'w_2' },
      { ok: true, id: 'w_3' },
    ]);
    const widgets = store.getState().dashboard.widgets;
    expect(widgets.map((widget) => [widget.id, widget.layout])).toEqual([
      ['w_1', { x: 0, y: 0, w: 6, h: 4 }],
      ['w_2', { x: 6, y: 0, w: 4, h: 4 }],
      // 12 wide: no room beside the others until below them.
      ['w_3', { x: 0, y: 4, w: 12, h: 4 }],
    ]);
    expect(widgets[0]?.query).toEqual({ formId: 'frm_deals' });
    expect(widgets[0]?.title).toBe('Bar chart');
    expect(store.getState().selectedId).toBe('w_3');
  });

  it('drops at the cell asked for, or the first free place after it when that is taken', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('kpi', { x: 9, y: 2 });
    store.getState().addWidget('kpi', { x: 9, y: 2 });
    store.getState().addWidget('bar', { x: 10, y: 0 });
    expect(store.getState().dashboard.widgets.map((widget) => widget.layout)).toEqual([
      { x: 9, y: 2, w: 3, h: 2 },
      // Taken: the next free 3 × 2 reading on from there is on the following row.
      { x: 0, y: 3, w: 3, h: 2 },
      // 6 wide at column 10 would run off the grid: pulled back to column 6, where it would cover
      // the first card; reading on, the first free 6 × 4 starts at column 3 of row 1.
      { x: 3, y: 1, w: 6, h: 4 },
    ]);
  });

  it('gives each type what its document requires: a gauge a target, a leaderboard a person to rank', () => {
    const store = createTestDashboardStore({ locale: 'zh-CN' });
    store.getState().addWidget('gauge');
    store.getState().addWidget('leaderboard');
    const [gauge, leaderboard] = store.getState().dashboard.widgets;
    expect(gauge).toMatchObject({ type: 'gauge', title: '仪表盘目标', target: 100 });
    expect(leaderboard).toMatchObject({ type: 'leaderboard', title: '排行榜', query: { formId: 'frm_deals', groupBy: [{ field: '_createdBy' }] } });
  });

  it('is refused, in both languages, while the app has no form to read', () => {
    const store = createTestDashboardStore({ forms: [] });
    const result = store.getState().addWidget('bar');
    expect(result.ok).toBe(false);
    expect(store.getState().lastError?.en).toContain('no forms');
    expect(store.getState().lastError?.['zh-CN']).toContain('还没有表单');
    expect(store.getState().dashboard.widgets).toEqual([]);
    expect(store.getState().history.past).toEqual([]);
  });
});
