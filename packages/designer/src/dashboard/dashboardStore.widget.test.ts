import { describe, expect, it } from 'vitest';
import { createTestDashboardStore } from './testing/createTestDashboardStore.js';

describe('a widget’s data and settings', () => {
  it('sets grouping by a time bucket, a sum measure and a filter', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('bar');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_closed', bucket: 'month' }] });
    store.getState().updateWidgetQuery('w_1', { measure: { op: 'sum', field: 'f_amount' } });
    store.getState().updateWidgetQuery('w_1', { filter: { field: 'f_stage', op: 'eq', value: 'won' } });
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({
      formId: 'frm_deals',
      groupBy: [{ field: 'f_closed', bucket: 'month' }],
      measures: [{ id: 'value', op: 'sum', field: 'f_amount' }],
      filter: { field: 'f_stage', op: 'eq', value: 'won' },
    });
    // Back to a count, no grouping, no filter: the query says only its form.
    store.getState().updateWidgetQuery('w_1', { measure: { op: 'count' }, groupBy: null, filter: null });
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_deals' });
  });

  it('refuses a sum without a field: the server would refuse the draft', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('kpi');
    const result = store.getState().updateWidgetQuery('w_1', { measure: { op: 'sum' } });
    expect(result.ok).toBe(false);
    expect(store.getState().lastError?.en).toMatch(/^After this change the dashboard could not be saved: /);
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: 'frm_deals' });
  });

  it('another form drops the old form’s fields: grouping, measured field, filter, funnel stages', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('funnel');
    store.getState().updateWidgetQuery('w_1', { groupBy: [{ field: 'f_stage' }], measure: { op: 'sum', field: 'f_amount' }, filter: { field: 'f_amount', op: 'gt', value: 0 } });
    store.getState().updateWidget('w_1', { stages: ['lead', 'won'] });
    store.getState().updateWidgetQuery('w_1', { formId: 'frm_visits' });
    const funnel = store.getState().dashboard.widgets[0];
    expect(funnel).toEqual({ id: 'w_1', type: 'funnel', title: 'Funnel', query: { formId: 'frm_visits', measures: [{ id: 'value', op: 'count' }] }, layout: { x: 0, y: 0, w: 4, h: 4 } });
  });

  it('sets a funnel’s stages, a gauge’s target and unit, and refuses a target of 0', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('funnel');
    store.getState().addWidget('gauge');
    store.getState().updateWidget('w_1', { title: 'Pipeline', stages: ['lead', 'quote', 'won'] });
    store.getState().updateWidget('w_2', { target: 2000, unit: '元' });
    expect(store.getState().updateWidget('w_2', { target: 0 }).ok).toBe(false);
    expect(store.getState().updateWidget('w_1', { title: '' }).ok).toBe(false);
    const [funnel, gauge] = store.getState().dashboard.widgets;
    expect(funnel).toMatchObject({ title: 'Pipeline', stages: ['lead', 'quote', 'won'] });
    expect(gauge).toMatchObject({ target: 2000, unit: '元' });
    store.getState().updateWidget('w_2', { unit: null });
    expect(store.getState().dashboard.widgets[1]).not.toHaveProperty('unit');
  });

  it('changes type keeping id, title, query and place; the new type gets its defaults', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('funnel');
    store.getState().updateWidget('w_1', { stages: ['lead'] });
    store.getState().updateWidgetQuery('w_1', { measure: { op: 'sum', field: 'f_amount' } });
    expect(store.getState().changeWidgetType('w_1', 'gauge')).toEqual({ ok: true });
    expect(store.getState().dashboard.widgets[0]).toEqual({
      id: 'w_1',
      type: 'gauge',
      title: 'Funnel',
      query: { formId: 'frm_deals', measures: [{ id: 'value', op: 'sum', field: 'f_amount' }] },
      layout: { x: 0, y: 0, w: 4, h: 4 },
      target: 100,
    });
  });

  it('renames the dashboard and lets it count everyone’s data', () => {
    const store = createTestDashboardStore();
    store.getState().setDashboardSettings({ title: '销售晨会', dataScope: 'all' });
    expect(store.getState().dashboard).toMatchObject({ title: '销售晨会', dataScope: 'all' });
    store.getState().setDashboardSettings({ dataScope: 'viewer' });
    expect(store.getState().dashboard).not.toHaveProperty('dataScope');
    expect(store.getState().setDashboardSettings({ title: '' }).ok).toBe(false);
  });

  it('switches a type’s options on and off, writing nothing while off', () => {
    const store = createTestDashboardStore();
    store.getState().addWidget('kpi');
    store.getState().addWidget('bar');
    store.getState().addWidget('pie');
    store.getState().updateWidget('w_1', { comparePrevious: true });
    store.getState().updateWidget('w_2', { stacked: true, horizontal: true });
    store.getState().updateWidget('w_3', { donut: true });
    // Not a pie's option: ignored.
    store.getState().updateWidget('w_3', { stacked: true });
    const [kpi, bar, pie] = store.getState().dashboard.widgets;
    expect(kpi).toMatchObject({ compareTo: 'previousPeriod' });
    expect(bar).toMatchObject({ stacked: true, horizontal: true });
    expect(pie).toMatchObject({ donut: true });
    expect(pie).not.toHaveProperty('stacked');
    store.getState().updateWidget('w_1', { comparePrevious: false });
    store.getState().updateWidget('w_2', { stacked: false });
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('compareTo');
    expect(store.getState().dashboard.widgets[1]).not.toHaveProperty('stacked');
    expect(store.getState().dashboard.widgets[1]).toMatchObject({ horizontal: true });
  });
});
