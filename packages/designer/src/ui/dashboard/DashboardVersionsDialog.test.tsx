import { FORM_SCHEMA_VERSION, type DashboardSchema, type FormSchema, type Locale } from '@formwork/runtime';
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

const deals: FormSchema = { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Deals', fields: [{ id: 'f_amount', type: 'money', label: 'Amount' }] };

/** A dashboard published twice (a KPI card, then a bar chart beside it), and a draft changed since. */
async function renderWithVersions(locale: Locale) {
  const server = createFakeApi();
  const dashboards = createFakeDashboardApi();
  const api = { ...server.api, ...dashboards.api };
  const app = await api.createApp({ name: 'Sales' });
  const form = await api.createForm(app.id, deals);
  const kpi = { id: 'w_kpi', type: 'kpi', title: 'Deals won', query: { formId: form.id }, layout: { x: 0, y: 0, w: 3, h: 2 } } as const;
  const first: DashboardSchema = { ...emptyDashboard('Morning'), widgets: [kpi] };
  const second: DashboardSchema = { ...first, widgets: [kpi, { id: 'w_bar', type: 'bar', title: 'By month', query: { formId: form.id }, layout: { x: 3, y: 0, w: 6, h: 4 } }] };
  const created = await api.createDashboard(app.id, first);
  await api.publishDashboard(created.id, 1);
  await api.saveDashboard(created.id, second, 1);
  await api.publishDashboard(created.id, 2);
  await api.saveDashboard(created.id, { ...second, title: 'Morning, redone', widgets: [] }, 2);
  const store = createDashboardStore({ createId: (prefix) => `${prefix}_x`, locale, initial: emptyDashboard('…') });
  const session = createDashboardSession({ api, appId: app.id, dashboardId: created.id, locale: () => locale, store });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <DashboardDesigner store={store} session={session} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { store, dashboards, id: created.id, first, user: userEvent.setup() };
}

describe('a dashboard’s old versions', () => {
  it('are viewed read only, the draft untouched', async () => {
    const { store, user } = await renderWithVersions('en');
    await user.click(screen.getByRole('button', { name: 'Versions' }));
    const dialog = screen.getByRole('dialog', { name: 'Versions' });
    const lines = within(dialog).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(lines[0]).toMatch(/^Version 2, published /);
    expect(lines[1]).toMatch(/^Version 1, published /);
    await user.click(within(dialog).getByRole('button', { name: 'View version 2' }));
    const widgets = await within(dialog).findByRole('list', { name: 'Widgets of version 2' });
    expect(within(widgets).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '“Deals won”: KPI card over “Deals”, column 1 row 1, 3 wide 2 high',
      '“By month”: Bar chart over “Deals”, column 4 row 1, 6 wide 4 high',
    ]);
    expect(within(dialog).getByRole('heading', { name: 'Version 2 (read only)' })).toBeTruthy();
    expect(store.getState().dashboard.title).toBe('Morning, redone');
  });

  it('is restored as the draft after a confirmation and saved; undo brings the draft back (in Chinese)', async () => {
    const { store, dashboards, id, first, user } = await renderWithVersions('zh-CN');
    await user.click(screen.getByRole('button', { name: '版本' }));
    const dialog = screen.getByRole('dialog', { name: '版本' });
    await user.click(within(dialog).getByRole('button', { name: '将版本 1 恢复为草稿' }));
    await user.click(within(within(dialog).getByRole('group', { name: '确认恢复版本 1' })).getByRole('button', { name: '取消' }));
    expect(dashboards.calls.some((call) => call.method === 'saveDashboard' && call.args[0] === id && call.args[2] === 3)).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: '将版本 1 恢复为草稿' }));
    await user.click(within(within(dialog).getByRole('group', { name: '确认恢复版本 1' })).getByRole('button', { name: '恢复并保存' }));
    expect((await within(dialog).findByText('已将版本 1 恢复为草稿')).getAttribute('role')).toBe('status');
    expect(dashboards.dashboards.get(id)?.draft).toEqual(first);
    expect(store.getState().dashboard).toEqual(first);
    store.getState().undo();
    expect(store.getState().dashboard.title).toBe('Morning, redone');
  });
});
