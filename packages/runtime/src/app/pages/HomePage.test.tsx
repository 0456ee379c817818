import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WorkbenchAppView, WorkbenchView } from '../api/WorkbenchViews.js';
import type { DashboardSchema } from '../../engine/index.js';
import type { DashboardDataView } from '../api/DashboardViews.js';
import { renderApp } from '../testing/renderApp.js';
import { salesDashboard } from '../testing/sampleDashboard.js';
import { admin, member, sampleWorkbench, signedInServer } from '../testing/sampleData.js';

// The key dashboard's summary may draw a chart (a gauge); jsdom has no canvas for echarts to paint
// on, so its drawing is the charts' test double, as in DashboardPage.test.tsx.
vi.mock('echarts/core', () => import('../../react/charts/testing/fakeEchartsCore.js'));

// The home page is the workbench (#15): one GET /api/workbench, sections left out when they have
// nothing to show, every section headed and every control named in both languages.

const manager = { ...member, user: { ...member.user, id: 'u9', username: 'wu', name: 'Wu', role: 'manager' as const } };

const crm: WorkbenchAppView = {
  id: 'app_crm',
  name: 'CRM',
  description: '',
  icon: 'briefcase',
  color: '#2f7cf6',
  forms: [
    { id: 'frm_customer', title: '客户', canSubmit: true, mine: 1 },
    { id: 'frm_visit', title: '跟进记录', canSubmit: true, mine: 12 },
    { id: 'frm_contract', title: '合同', canSubmit: true, mine: 3 },
    { id: 'frm_targets', title: '目标', canSubmit: false, mine: 0 },
  ],
  quickForms: ['frm_customer', 'frm_visit', 'frm_contract'],
  dashboards: [{ id: 'dsh_funnel', title: '销售漏斗' }],
  performance: {
    schemeId: 'sco_month',
    title: '月度考核',
    period: '2024-05',
    current: true,
    mine: { total: 72.5, grade: '合格', rank: 3, of: 20, targets: [{ itemId: 'k_amount', name: '签约金额', actual: 450_000, target: 1_000_000, share: 0.45 }] },
    team: null,
    laggards: [],
  },
};

const repWorkbench: WorkbenchView = {
  today: '2024-05-06',
  tasks: { todo: 0, next: [] },
  apps: [crm],
  recent: [{ id: 'rec_1', formId: 'frm_visit', formTitle: '跟进记录', appId: 'app_crm', title: '上海东辰科技', createdAt: '2024-05-05T02:00:00.000Z' }],
};

const managerWorkbench: WorkbenchView = {
  today: '2024-05-06',
  tasks: {
    todo: 2,
    next: [
      {
        title: '合同 HT-0012',
        task: { id: 'tsk_1', kind: 'approve', recordId: 'rec_9', formId: 'frm_contract', nodeId: 'n_director', assignee: 'u9', state: 'open', outcome: null, openedAt: '2024-05-05T02:00:00.000Z', closedAt: null },
        flow: { instanceId: 'fin_1', recordId: 'rec_9', formId: 'frm_contract', initiator: 'u1', startedAt: '2024-05-05T02:00:00.000Z', finishedAt: null } as never,
      },
    ],
  },
  apps: [
    {
      ...crm,
      quickForms: [],
      performance: {
        ...(crm.performance as NonNullable<WorkbenchAppView['performance']>),
        period: '2024-04',
        current: false,
        mine: null,
        team: { members: 8, targets: [{ itemId: 'k_amount', name: '签约金额', actual: 6_000_000, target: 8_000_000, share: 0.75 }] },
        laggards: [{ personId: 'u1', name: '李娜', share: 0.4 }],
      },
    },
  ],
  recent: [],
};

// The key dashboard: a bar, a funnel and a gauge on top (sampleDashboard), and a KPI further down.
const funnelDashboard: DashboardSchema = {
  ...salesDashboard,
  title: '销售漏斗',
  widgets: [...salesDashboard.widgets, { id: 'signed', type: 'kpi', title: 'Signed', query: { formId: 'frm_deals', measures: [{ id: 'sum', op: 'sum', field: 'amount' }] }, layout: { x: 4, y: 4, w: 4, h: 2 } }],
};
const funnelData: DashboardDataView = {
  computedAt: '2024-05-06T08:00:00.000Z',
  cached: false,
  widgets: [
    { id: 'revenue', type: 'bar', error: { code: 'widget_failed', message: 'not drawn on the workbench' } },
    { id: 'funnel', type: 'funnel', error: { code: 'widget_failed', message: 'not drawn on the workbench' } },
    { id: 'target', type: 'gauge', data: { type: 'gauge', actual: 750, target: 1000, completion: 0.75 } },
    { id: 'signed', type: 'kpi', data: { type: 'kpi', value: 1_234_567 } },
  ],
};

const serve = (me: typeof member, workbench: WorkbenchView) =>
  signedInServer()
    .on('GET', /^\/api\/me$/, () => ({ body: me }))
    .on('GET', /^\/api\/workbench$/, () => ({ body: workbench }))
    .on('GET', /^\/api\/dashboards\/dsh_funnel$/, () => ({
      body: { id: 'dsh_funnel', appId: 'app_crm', title: '销售漏斗', published: { version: 1, schema: funnelDashboard, publishedAt: '2024-05-01T00:00:00.000Z' } },
    }))
    .on('POST', /^\/api\/dashboards\/dsh_funnel\/data$/, () => ({ body: funnelData }));

describe("a rep's workbench", () => {
  it('shows their to-dos, quick buttons for the forms they fill most, score, rank and target progress, and recent records (en)', async () => {
    const server = serve(member, repWorkbench);
    renderApp(server, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Workbench' })).toBeTruthy();
    // The h1 is there while the workbench loads: wait for its sections.
    expect(await screen.findByRole('heading', { level: 2, name: 'My to-dos' })).toBeTruthy();
    expect(screen.getByText('Nothing to do.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All my tasks' }).getAttribute('href')).toBe('/tasks');
    const quick = screen.getByRole('region', { name: 'Quick forms' });
    // In the server's order: the app's own daily forms first (a new rep has them too), then the most filled.
    expect(within(quick).getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual(['New 客户', 'New 跟进记录', 'New 合同']);
    expect(screen.getByRole('link', { name: 'New 跟进记录' }).getAttribute('href')).toBe('/f/frm_visit');
    const mine = screen.getByRole('region', { name: 'My performance this period' });
    expect(within(mine).getByRole('heading', { name: 'CRM · 月度考核 · 2024-05' })).toBeTruthy();
    expect(within(mine).getByText('72.5 points')).toBeTruthy();
    expect(within(mine).getByText('Rank: 3 of 20', { exact: false })).toBeTruthy();
    const bar = within(mine).getByRole('progressbar', { name: '签约金额: progress' });
    expect(bar.getAttribute('aria-valuetext')).toBe('450,000 of 1,000,000 (45%)');
    expect(within(mine).getByRole('link', { name: 'Performance details in CRM' }).getAttribute('href')).toBe('/performance?app=app_crm&period=2024-05');
    const recent = screen.getByRole('region', { name: 'My recent records' });
    expect(within(recent).getByRole('link', { name: '跟进记录 上海东辰科技' }).getAttribute('href')).toBe('/records/rec_1');
    // A rep watches no team: neither the team's progress nor the key dashboard is drawn.
    expect(screen.queryByRole('region', { name: 'Team progress against target' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Key dashboards' })).toBeNull();
    // The apps keep their fill-in and data links; a form they may only read has no fill-in.
    const apps = screen.getByRole('region', { name: 'My apps' });
    // Drawn in the bundle's icon and colour, hidden from the accessible name.
    const heading = within(apps).getByRole('heading', { name: 'CRM' });
    expect(heading.querySelector('[aria-hidden="true"] svg')?.getAttribute('stroke')).toBe('#2f7cf6');
    expect(within(apps).getByRole('link', { name: 'Fill in 跟进记录' }).getAttribute('href')).toBe('/f/frm_visit');
    expect(within(apps).queryByRole('link', { name: 'Fill in 目标' })).toBeNull();
    expect(within(apps).getByRole('link', { name: 'Data 目标' })).toBeTruthy();
    expect(within(apps).getByRole('link', { name: 'My performance in CRM' })).toBeTruthy();
    // One request for the whole page: nothing that would be a 404 to a rep is asked for.
    const asked = server.requests.map((request) => request.path);
    expect(asked.filter((path) => path.startsWith('/api/apps'))).toEqual([]);
    expect(asked.filter((path) => path === '/api/workbench')).toHaveLength(1);
  });

  it('says the same in Chinese', async () => {
    renderApp(serve(member, repWorkbench), '/', { locale: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '工作台' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '我的待办' })).toBeTruthy();
    expect(screen.getByText('没有待办事项。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '新建 跟进记录' })).toBeTruthy();
    const mine = screen.getByRole('region', { name: '本期绩效' });
    expect(within(mine).getByText('72.5 分')).toBeTruthy();
    expect(within(mine).getByText('排名：第 3 名，共 20 人', { exact: false })).toBeTruthy();
    expect(within(mine).getByRole('progressbar', { name: '签约金额 完成进度' }).getAttribute('aria-valuetext')).toBe('450000 / 目标 1000000（45%）');
    expect(screen.getByRole('region', { name: '最近的记录' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '我的应用' })).toBeTruthy();
  });

  it('leaves out what does not exist: no scheme, no quick forms, no records', async () => {
    renderApp(signedInServer(), '/');
    expect(await screen.findByRole('region', { name: 'My to-dos' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Quick forms' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'My performance this period' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'My recent records' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Fill in Customer visit' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Performance and targets' })).toBeNull();
  });
});

describe('a quick button of an app without an icon', () => {
  it("shows no letter inside it: its visible text stays part of its accessible name (axe's label-content-name-mismatch)", async () => {
    const app = { ...(sampleWorkbench.apps[0] as WorkbenchAppView), quickForms: ['frm1'], forms: [{ id: 'frm1', title: 'Customer visit', canSubmit: true, mine: 2 }] };
    renderApp(serve(member, { ...sampleWorkbench, apps: [app] }), '/');
    const quick = await screen.findByRole('link', { name: 'New Customer visit' });
    expect(quick.textContent).toBe('Customer visit');
    // The app's heading keeps its letter (hidden from the name).
    expect(screen.getByRole('heading', { name: 'Sales' }).textContent).toBe('SSales');
  });
});

describe("a manager's workbench", { timeout: 30_000 }, () => {
  it("shows approvals waiting, the team's progress against target, the laggards and the key dashboard (en)", async () => {
    renderApp(serve(manager, managerWorkbench), '/');
    const approvals = await screen.findByRole('region', { name: 'Approvals waiting' });
    expect(within(approvals).getByText('2 to do')).toBeTruthy();
    expect(within(approvals).getByRole('link', { name: '合同 HT-0012' }).getAttribute('href')).toBe('/tasks/tsk_1');
    const team = screen.getByRole('region', { name: 'Team progress against target' });
    expect(within(team).getByRole('heading', { name: 'CRM · 月度考核 · 2024-04 (last period)' })).toBeTruthy();
    expect(within(team).getByText('8 people')).toBeTruthy();
    expect(within(team).getByRole('progressbar', { name: 'Team 签约金额: progress' }).getAttribute('aria-valuetext')).toBe('6,000,000 of 8,000,000 (75%)');
    expect(within(team).getByRole('list', { name: 'Behind target' }).textContent).toBe('李娜: 40% done');
    expect(screen.getByRole('link', { name: 'Key dashboard 销售漏斗' }).getAttribute('href')).toBe('/dashboards/dsh_funnel');
    expect(screen.queryByRole('region', { name: 'My performance this period' })).toBeNull();
    // The key dashboard's headline figures inline: its gauge and KPI, not its charts, from the page's own data call.
    const dashboards = screen.getByRole('region', { name: 'Key dashboards' });
    expect(await within(dashboards).findByRole('heading', { level: 3, name: 'Signed' }, { timeout: 15_000 })).toBeTruthy();
    expect(within(dashboards).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Target', 'Signed']);
    expect(within(dashboards).getByText('1,234,567')).toBeTruthy();
    // The gauge's text alternative: its figures as a table behind "Show as table".
    expect(within(dashboards).getByRole('button', { name: /Show as table/ })).toBeTruthy();
    expect(within(dashboards).queryByText('not drawn on the workbench', { exact: false })).toBeNull();
  });

  it('shows no key dashboard to a rep, and asks for none', async () => {
    const server = serve(member, { ...repWorkbench, apps: [{ ...crm }] });
    renderApp(server, '/');
    expect(await screen.findByRole('region', { name: 'Quick forms' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Key dashboards' })).toBeNull();
    expect(server.requests.filter((request) => request.path.startsWith('/api/dashboards'))).toEqual([]);
  });

  it('says the same in Chinese', async () => {
    renderApp(serve(manager, managerWorkbench), '/', { locale: 'zh-CN' });
    expect(await screen.findByRole('region', { name: '待我审批' })).toBeTruthy();
    expect(screen.getByText('2 项待办')).toBeTruthy();
    const team = screen.getByRole('region', { name: '团队目标进度' });
    expect(within(team).getByRole('progressbar', { name: '团队 签约金额 完成进度' })).toBeTruthy();
    expect(within(team).getByRole('list', { name: '进度落后' }).textContent).toBe('李娜：完成 40%');
    expect(screen.getByRole('link', { name: '查看重点仪表盘 销售漏斗' })).toBeTruthy();
    const dashboards = screen.getByRole('region', { name: '重点仪表盘' });
    expect(await within(dashboards).findByRole('heading', { level: 3, name: 'Signed' }, { timeout: 15_000 })).toBeTruthy();
    expect(within(dashboards).getByRole('button', { name: /以表格显示/ })).toBeTruthy();
  });
});

describe('a workbench with no apps', () => {
  const empty = (me: typeof member) => serve(me, { ...sampleWorkbench, apps: [] });

  it('points an admin at the designer', async () => {
    renderApp(empty(admin), '/', { locale: 'zh-CN' });
    const link = await screen.findByRole('link', { name: '去设计器搭建表单' });
    expect(link.getAttribute('href')).toBe('/designer/');
  });

  it('only says so to a member', async () => {
    renderApp(empty(member), '/');
    expect(await screen.findByText('There are no forms for you to fill in yet.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Build a form in the designer' })).toBeNull();
    cleanup();
  });

  it('offers a retry when the workbench cannot be read', async () => {
    let fail = true;
    const server = signedInServer().on('GET', /^\/api\/workbench$/, () => (fail ? { status: 500, body: { error: { code: 'internal', message: 'Something broke' } } } : { body: sampleWorkbench }));
    const { user } = renderApp(server, '/');
    const retry = await screen.findByRole('button', { name: /retry|try again/i });
    fail = false;
    await user.click(retry);
    expect(await screen.findByRole('link', { name: 'Fill in Customer visit' })).toBeTruthy();
  });
});
