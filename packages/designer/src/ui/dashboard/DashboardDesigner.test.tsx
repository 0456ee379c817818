import { FORM_SCHEMA_VERSION, type FormSchema, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { createFakeDashboardApi } from '../../api/testing/createFakeDashboardApi.js';
import { createDashboardSession } from '../../dashboard/createDashboardSession.js';
import { createDashboardStore } from '../../dashboard/createDashboardStore.js';
import { emptyDashboard } from '../../dashboard/emptyDashboard.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { DashboardDesigner } from './DashboardDesigner.js';

afterEach(() => cleanup());

const deals: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Deals',
  fields: [
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }] },
    { id: 'f_closed', type: 'date', label: 'Closed on' },
    { id: 'f_rep', type: 'member', label: 'Rep' },
  ],
};

async function renderDesigner(locale: Locale) {
  const server = createFakeApi();
  const dashboards = createFakeDashboardApi();
  const api = { ...server.api, ...dashboards.api };
  const app = await api.createApp({ name: 'Sales' });
  await api.createForm(app.id, deals);
  const created = await api.createDashboard(app.id, emptyDashboard('Morning'));
  let next = 0;
  const store = createDashboardStore({ createId: (prefix) => `${prefix}_${++next}`, locale, initial: emptyDashboard('…') });
  const session = createDashboardSession({ api, appId: app.id, dashboardId: created.id, locale: () => locale, store });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <DashboardDesigner store={store} session={session} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { store, dashboards, user: userEvent.setup() };
}

describe('the dashboard designer by keyboard', () => {
  it('adds from the palette, moves with arrows, resizes with Shift+arrows, announcing each step', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add Bar chart' }));
    await user.click(screen.getByRole('button', { name: 'Add KPI card' }));
    const status = () => screen.getAllByRole('status').map((element) => element.textContent).join(' ');
    expect(status()).toContain('Added “KPI card” at column 7, row 1');
    const bar = screen.getByRole('button', { name: 'Bar chart Bar chart , column 1 row 1, 6 wide 4 high' });
    bar.focus();
    await user.keyboard('{ArrowDown}');
    expect(status()).toContain('“Bar chart” moved to column 1, row 2');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    // 7 wide, it would cover the KPI card (column 7, rows 1–2) on row 2: refused, nothing changes.
    expect(status()).toContain('“Bar chart” would overlap “KPI card”');
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowUp}{/Shift}');
    expect(status()).toContain('“Bar chart” resized to 5 wide, 3 high');
    expect(store.getState().dashboard.widgets[0]?.layout).toEqual({ x: 0, y: 1, w: 5, h: 3 });
    // Focus stays on the widget through every step.
    expect(document.activeElement?.getAttribute('data-widget-id')).toBe('w_1');
    // Each key is one undo step.
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().dashboard.widgets[0]?.layout).toEqual({ x: 0, y: 1, w: 5, h: 4 });
    await user.keyboard('{Delete}');
    expect(status()).toContain('Removed “Bar chart”');
    expect(store.getState().dashboard.widgets.map((widget) => widget.id)).toEqual(['w_2']);
  });

  it('offers labelled pickers in zh-CN: type, form, grouping with a time bucket, measure, filter', async () => {
    const { store, user } = await renderDesigner('zh-CN');
    await user.click(screen.getByRole('button', { name: '添加柱状图' }));
    const panel = screen.getByRole('region', { name: '组件设置' });
    expect(within(panel).getByRole('combobox', { name: '组件类型' })).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: '数据来源表单' })).toBeTruthy();
    await user.selectOptions(within(panel).getByRole('combobox', { name: '分组字段' }), 'Closed on');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '时间粒度' }), '按季度');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '统计方式' }), '求和');
    expect(within(panel).getByRole('combobox', { name: '统计字段' })).toHaveProperty('value', 'f_amount');
    const filter = within(panel).getByRole('group', { name: '筛选条件' });
    await user.click(within(filter).getByRole('button', { name: '添加条件' }));
    await user.selectOptions(within(filter).getByRole('combobox', { name: '条件 1 的字段' }), 'Stage');
    await user.click(within(filter).getByRole('button', { name: '应用筛选' }));
    expect(store.getState().dashboard.widgets[0]?.query).toMatchObject({
      groupBy: [{ field: 'f_closed', bucket: 'quarter' }],
      measures: [{ op: 'sum', field: 'f_amount' }],
      filter: { field: 'f_stage', op: 'eq' },
    });
  });

  it('sets a leaderboard’s person, a funnel’s stages and a gauge’s target', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add Leaderboard' }));
    let panel = screen.getByRole('region', { name: 'Widget settings' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Person field ranked' }), 'Rep');
    await user.click(screen.getByRole('button', { name: 'Add Funnel' }));
    panel = screen.getByRole('region', { name: 'Widget settings' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Stage field' }), 'Stage');
    await user.click(within(panel).getByRole('checkbox', { name: 'Include stage “Won”' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Include stage “Lead”' }));
    await user.click(screen.getByRole('button', { name: 'Add Gauge' }));
    panel = screen.getByRole('region', { name: 'Widget settings' });
    const target = within(panel).getByRole('spinbutton', { name: 'Target' });
    await user.clear(target);
    await user.type(target, '2000{Enter}');
    const [leaderboard, funnel, gauge] = store.getState().dashboard.widgets;
    expect(leaderboard?.query.groupBy).toEqual([{ field: 'f_rep' }]);
    // In the options' order, whatever order they were ticked in.
    expect(funnel).toMatchObject({ query: { groupBy: [{ field: 'f_stage' }] }, stages: ['lead', 'won'] });
    expect(gauge).toMatchObject({ target: 2000 });
  });
});

describe('dashboard filters in the designer', () => {
  it('adds a department filter and binds it to a widget’s field, from the dashboard settings', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add Bar chart' }));
    await user.click(screen.getByRole('button', { name: 'Back to the dashboard settings' }));
    const settings = screen.getByRole('region', { name: 'Dashboard settings' });
    await user.selectOptions(within(settings).getByRole('combobox', { name: 'Filter kind' }), 'Department');
    await user.click(within(settings).getByRole('button', { name: 'Add filter' }));
    await user.selectOptions(within(settings).getByRole('combobox', { name: 'Field of “Bar chart” that “Department” narrows' }), 'Owner’s department');
    expect(store.getState().dashboard.filters).toEqual([{ id: 'f_2', label: 'Department', kind: 'department', bindings: { w_1: '_ownerDepartment' } }]);
    await user.click(within(settings).getByRole('button', { name: 'Remove filter “Department”' }));
    expect(store.getState().dashboard).not.toHaveProperty('filters');
  });
});

describe('a widget type’s own options', () => {
  it('are labelled checkboxes: a KPI card’s change against the previous period, stacked bars', async () => {
    const { store, user } = await renderDesigner('zh-CN');
    await user.click(screen.getByRole('button', { name: '添加指标卡' }));
    await user.click(within(screen.getByRole('region', { name: '组件设置' })).getByRole('checkbox', { name: '显示与上期相比的变化' }));
    await user.click(screen.getByRole('button', { name: '添加柱状图' }));
    await user.click(within(screen.getByRole('region', { name: '组件设置' })).getByRole('checkbox', { name: '堆叠' }));
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ type: 'kpi', compareTo: 'previousPeriod' });
    expect(store.getState().dashboard.widgets[1]).toMatchObject({ type: 'bar', stacked: true });
  });
});

describe('two levels of grouping', () => {
  it('splits a bar chart’s categories into series by a second field, and clearing the first clears both', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add Bar chart' }));
    const panel = screen.getByRole('region', { name: 'Widget settings' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Group by' }), 'Stage');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Then by (series)' }), 'Closed on');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Time bucket of the series' }), 'Year');
    expect(store.getState().dashboard.widgets[0]?.query.groupBy).toEqual([{ field: 'f_stage' }, { field: 'f_closed', bucket: 'year' }]);
    // The first level changes, the second stays.
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Group by' }), 'Rep');
    expect(store.getState().dashboard.widgets[0]?.query.groupBy).toEqual([{ field: 'f_rep' }, { field: 'f_closed', bucket: 'year' }]);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Group by' }), 'Closed on');
    expect(store.getState().dashboard.widgets[0]?.query.groupBy).toEqual([{ field: 'f_closed', bucket: 'month' }]);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Group by' }), 'No grouping');
    expect(store.getState().dashboard.widgets[0]?.query).not.toHaveProperty('groupBy');
    expect(within(panel).queryByRole('combobox', { name: 'Then by (series)' })).toBeNull();
  });
});
