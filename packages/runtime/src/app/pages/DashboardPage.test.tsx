import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCharts } from '../../react/charts/testing/fakeEchartsCore.js';
import { parseQuery } from '../records/RecordListController.js';
import { renderApp } from '../testing/renderApp.js';
import { dashboardServer, salesData } from '../testing/sampleDashboard.js';
import type { FakeServer } from '../testing/fakeServer.js';

vi.mock('echarts/core', () => import('../../react/charts/testing/fakeEchartsCore.js'));

beforeEach(() => {
  fakeCharts.length = 0;
  // navigate() scrolls to the top, which jsdom does not implement.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

/** Waits for the widgets: the first test also waits for the lazily loaded dashboard chunk to compile. */
const widget = (name: string) => screen.findByRole('region', { name }, { timeout: 15_000 });

const dataCalls = (server: FakeServer) => server.requests.filter((request) => request.method === 'POST' && request.path === '/api/dashboards/dsh1/data');
const lastFilters = (server: FakeServer) => (dataCalls(server).at(-1)?.body as { filters?: unknown } | undefined)?.filters;

// The first test compiles the lazily loaded dashboard chunk (echarts' wrappers) on a shared machine.
describe('the dashboard page', { timeout: 20_000 }, () => {
  it('draws every widget from one data call, and a widget that failed says why in its own place', async () => {
    const server = dashboardServer();
    renderApp(server, '/dashboards/dsh1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sales morning' })).toBeTruthy();
    const gauge = await widget('Target');
    expect(within(gauge).getByText('This widget could not be computed: the field "closedOn" is hidden from you')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Revenue by month' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Pipeline' })).toBeTruthy();
    // Two charts drawn (bar, funnel); the failed gauge has none.
    expect(fakeCharts).toHaveLength(2);
    expect(dataCalls(server)).toHaveLength(1);
    expect(lastFilters(server)).toEqual({});
  });

  it('sends each filter the viewer sets in the data call and keeps it in the URL, and a link with filters opens with them', async () => {
    const server = dashboardServer();
    const { user, unmount } = renderApp(server, '/dashboards/dsh1');
    await widget('Pipeline');
    await screen.findByRole('option', { name: /East-1/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'd1');
    await waitFor(() => expect(lastFilters(server)).toEqual({ dept: 'd1' }));
    const period = screen.getByRole('group', { name: 'Period' });
    await user.type(within(period).getByLabelText('From'), '2024-03-01');
    await waitFor(() => expect(lastFilters(server)).toEqual({ dept: 'd1', period: { from: '2024-03-01' } }));
    await user.type(screen.getByRole('searchbox', { name: 'Stage' }), 'won{Enter}');
    await waitFor(() => expect(lastFilters(server)).toEqual({ dept: 'd1', period: { from: '2024-03-01' }, stage: 'won' }));
    // Each change is one call (no call per typed letter), and the URL holds what is set.
    expect(dataCalls(server)).toHaveLength(4);
    const link = window.location.pathname + window.location.search;
    expect(JSON.parse(new URLSearchParams(window.location.search).get('filters') ?? '')).toEqual({ dept: 'd1', period: { from: '2024-03-01' }, stage: 'won' });

    unmount();
    const reopened = dashboardServer();
    renderApp(reopened, link);
    await widget('Pipeline');
    expect(lastFilters(reopened)).toEqual({ dept: 'd1', period: { from: '2024-03-01' }, stage: 'won' });
    expect((screen.getByRole('combobox', { name: 'Department' }) as HTMLSelectElement).value).toBe('d1');
    expect((screen.getByRole('searchbox', { name: 'Stage' }) as HTMLInputElement).value).toBe('won');
  });

  it('leaves out filters a stale link names that the dashboard does not have', async () => {
    const server = dashboardServer();
    renderApp(server, `/dashboards/dsh1?filters=${encodeURIComponent(JSON.stringify({ gone: 'x', period: { from: 'March' }, rep: 'u2' }))}`);
    await widget('Pipeline');
    expect(lastFilters(server)).toEqual({ rep: 'u2' });
  });

  it('a click on a month opens the data list filtered to that month and the filters set on the widget', async () => {
    const server = dashboardServer();
    renderApp(server, `/dashboards/dsh1?filters=${encodeURIComponent(JSON.stringify({ dept: 'd1', stage: 'won' }))}`);
    await widget('Pipeline');
    await screen.findByRole('option', { name: /East-1/ });
    fakeCharts[0]?.click({ dataIndex: 1 });
    await waitFor(() => expect(window.location.pathname).toBe('/forms/frm_deals/data'));
    // The list's own URL format; the department with its team, as the server counted it; the
    // stage filter binds only the funnel, so the list is not narrowed by it.
    expect(parseQuery(window.location.search).filters).toEqual([
      { field: 'closedOn', op: 'range', value: '2024-03-01', value2: '2024-03-31' },
      { field: '_ownerDepartment', op: 'in', value: 'd1,d1a', value2: '' },
    ]);
  });

  it('Enter on a funnel stage in the text alternative drills down as a click does', async () => {
    const server = dashboardServer();
    const { user } = renderApp(server, '/dashboards/dsh1');
    const funnel = await widget('Pipeline');
    const stage = within(funnel).getByRole('button', { name: /Won/ });
    stage.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.pathname).toBe('/forms/frm_deals/data'));
    expect(parseQuery(window.location.search).filters).toEqual([{ field: 'stage', op: 'eq', value: 'won', value2: '' }]);
  });

  it('speaks Chinese: the filters, the status and a widget failure', async () => {
    const server = dashboardServer();
    renderApp(server, '/dashboards/dsh1', { locale: 'zh-CN' });
    const gauge = await widget('Target');
    expect(within(gauge).getByText('此组件无法计算：the field "closedOn" is hidden from you')).toBeTruthy();
    const period = screen.getByRole('group', { name: 'Period' });
    expect(within(period).getByLabelText('开始日期')).toBeTruthy();
    expect(within(period).getByLabelText('结束日期')).toBeTruthy();
    expect(screen.getByRole('button', { name: '刷新' })).toBeTruthy();
    expect(within(screen.getByRole('combobox', { name: 'Department' })).getByRole('option', { name: '全部' })).toBeTruthy();
    expect(dataCalls(server)[0]?.headers.get('accept-language') ?? 'zh-CN').toContain('zh');
  });

  it('a data call that fails as a whole says so and tries again on request', async () => {
    let fail = true;
    const server = dashboardServer().on('POST', /^\/api\/dashboards\/dsh1\/data$/, () =>
      fail ? { status: 500, body: { error: { code: 'internal', message: 'Something broke' } } } : { body: salesData },
    );
    const { user } = renderApp(server, '/dashboards/dsh1');
    expect(await screen.findByText('Something broke')).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await widget('Pipeline')).toBeTruthy();
  });

  it('is not found when the server says so', async () => {
    renderApp(dashboardServer(), '/dashboards/nope');
    expect(await screen.findByText('This page does not exist or you may not open it.')).toBeTruthy();
  });
});
