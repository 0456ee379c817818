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

const visits: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Visits',
  fields: [
    { id: 'f_customer', type: 'link', label: 'Customer', formId: 'frm_customers', displayField: 'f_name' },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_region', type: 'select', label: 'Region', options: [{ value: 'east', label: 'East' }, { value: 'west', label: 'West' }] },
    { id: 'f_day', type: 'date', label: 'Visited on' },
  ],
};

async function renderDesigner(locale: Locale) {
  const server = createFakeApi();
  const dashboards = createFakeDashboardApi();
  const api = { ...server.api, ...dashboards.api };
  const app = await api.createApp({ name: 'Sales' });
  await api.createForm(app.id, visits);
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
  return { store, user: userEvent.setup() };
}

describe('the widget pickers for distinct counts, pivot columns, record table columns, order and limit', () => {
  it('a leaderboard of customers visited (a distinct count of a link), top 5 — in English', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add Leaderboard' }));
    const panel = screen.getByRole('region', { name: 'Widget settings' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Measure' }), 'Distinct count');
    // A link cannot be grouped or summed, but its distinct values can be counted.
    expect(within(panel).getByRole('combobox', { name: 'Field whose distinct values are counted' })).toHaveProperty('value', 'f_customer');
    const size = within(panel).getByRole('spinbutton', { name: 'People ranked (empty: 10)' });
    await user.type(size, '5{Enter}');
    expect(store.getState().dashboard.widgets[0]?.query).toEqual({ formId: expect.any(String), groupBy: [{ field: '_createdBy' }], measures: [{ id: 'value', op: 'distinct', field: 'f_customer' }], limit: 5 });
    // A leaderboard is always ranked by its value: no order to pick.
    expect(within(panel).queryByRole('combobox', { name: 'Order' })).toBeNull();
    // Back to a sum: the link is no number, the first number field is read.
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Measure' }), 'Sum');
    expect(store.getState().dashboard.widgets[0]?.query.measures).toEqual([{ id: 'value', op: 'sum', field: 'f_amount' }]);
  });

  it('a pivot of regions by month, largest first, in zh-CN', async () => {
    const { store, user } = await renderDesigner('zh-CN');
    await user.click(screen.getByRole('button', { name: '添加透视表' }));
    const panel = screen.getByRole('region', { name: '组件设置' });
    expect(within(panel).queryByRole('combobox', { name: '列分组' })).toBeNull();
    await user.selectOptions(within(panel).getByRole('combobox', { name: '行分组' }), 'Region');
    const columns = within(panel).getByRole('combobox', { name: '列分组' });
    // The rows' own field cannot make the columns.
    expect(within(columns).queryByRole('option', { name: 'Region' })).toBeNull();
    await user.selectOptions(columns, 'Visited on');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '列的时间粒度' }), '按季度');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '排序' }), '按统计值从大到小');
    expect(store.getState().dashboard.widgets[0]).toMatchObject({
      type: 'pivot',
      columnLevels: 1,
      query: { groupBy: [{ field: 'f_region' }, { field: 'f_day', bucket: 'quarter' }], sort: { by: 'count', direction: 'desc' } },
    });
    await user.selectOptions(within(panel).getByRole('combobox', { name: '列分组' }), '不分列（只有行）');
    expect(store.getState().dashboard.widgets[0]).not.toHaveProperty('columnLevels');
    expect(store.getState().dashboard.widgets[0]?.query.groupBy).toEqual([{ field: 'f_region' }]);
  });

  it('a record table’s columns added, moved and removed by buttons named after each field, sorted and sized', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add Record table' }));
    const panel = screen.getByRole('region', { name: 'Widget settings' });
    const columns = within(panel).getByRole('group', { name: 'Fields listed (in order)' });
    expect(within(columns).getByText('None picked: the form’s first 6 fields are listed')).toBeTruthy();
    await user.click(within(columns).getByRole('button', { name: 'Add column' }));
    await user.selectOptions(within(columns).getByRole('combobox', { name: 'Add a column' }), 'Submitted by');
    await user.click(within(columns).getByRole('button', { name: 'Add column' }));
    await user.click(within(columns).getByRole('button', { name: 'Add column' }));
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columns: ['f_customer', '_createdBy', 'f_amount'] });
    await user.click(within(columns).getByRole('button', { name: 'Move “Submitted by” up' }));
    await user.click(within(columns).getByRole('button', { name: 'Remove “Amount”' }));
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ columns: ['_createdBy', 'f_customer'] });
    expect(within(columns).getByRole('button', { name: 'Move “Submitted by” up' })).toHaveProperty('disabled', true);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Order' }), 'By “Amount”, descending');
    await user.type(within(panel).getByRole('spinbutton', { name: 'Rows shown (empty: 20)' }), '50{Enter}');
    expect(store.getState().dashboard.widgets[0]).toMatchObject({ pageSize: 50, query: { sort: { by: 'f_amount', direction: 'desc' } } });
  });
});
