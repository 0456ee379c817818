import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { createFakeDashboardApi } from '../../api/testing/createFakeDashboardApi.js';
import { emptyDashboard } from '../../dashboard/emptyDashboard.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { DashboardListSection } from './DashboardListSection.js';

afterEach(() => cleanup());

async function renderList(locale: 'en' | 'zh-CN') {
  const dashboards = createFakeDashboardApi();
  const api = { ...createFakeApi().api, ...dashboards.api };
  const app = await api.createApp({ name: 'Sales' });
  await api.createDashboard(app.id, emptyDashboard('Morning'));
  const go = vi.fn();
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <DashboardListSection api={api} appId={app.id} go={go} />
    </LocaleContext.Provider>,
  );
  return { api, app, go, dashboards, user: userEvent.setup() };
}

describe('the app page’s dashboards', () => {
  it('lists them as links to the editor, and a new one opens there', async () => {
    const { app, go, user } = await renderList('en');
    const link = await screen.findByRole('link', { name: 'Morning' });
    expect(link.getAttribute('href')).toBe(`#/apps/${app.id}/dashboards/dsh_1`);
    expect(screen.getByText('Draft only')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Dashboard title' }), 'Weekly');
    await user.click(screen.getByRole('button', { name: 'New dashboard' }));
    expect(go).toHaveBeenCalledWith({ page: 'dashboard', appId: app.id, dashboardId: 'dsh_2' });
  });

  it('renames one in place, in zh-CN, saving its draft at the revision it read', async () => {
    const { dashboards, user } = await renderList('zh-CN');
    await user.click(await screen.findByRole('button', { name: '重命名仪表盘“Morning”' }));
    const form = screen.getByRole('form', { name: '重命名仪表盘“Morning”' });
    const input = within(form).getByRole('textbox', { name: '“Morning”的新名称' });
    await user.clear(input);
    await user.type(input, '销售晨会');
    await user.click(within(form).getByRole('button', { name: '保存名称' }));
    await screen.findByRole('link', { name: '销售晨会' });
    expect(dashboards.calls.filter((call) => call.method === 'saveDashboard').map((call) => call.args[2])).toEqual([1]);
    expect([...dashboards.dashboards.values()][0]?.draft.title).toBe('销售晨会');
  });
});
