import type { DashboardSchema } from '../../engine/index.js';
import type { DashboardDataView } from '../api/DashboardViews.js';
import { admin, member, signedInServer } from './sampleData.js';
import type { FakeServer } from './fakeServer.js';

/** A sales dashboard of app1: revenue by month (bar), a funnel, a gauge, and the four kinds of filter. */
export const salesDashboard: DashboardSchema = {
  kind: 'dashboard',
  schemaVersion: 1,
  title: 'Sales morning',
  widgets: [
    {
      id: 'revenue',
      type: 'bar',
      title: 'Revenue by month',
      query: { formId: 'frm_deals', groupBy: [{ field: 'closedOn', bucket: 'month' }], measures: [{ id: 'sum', op: 'sum', field: 'amount' }] },
      layout: { x: 0, y: 0, w: 8, h: 4 },
    },
    { id: 'funnel', type: 'funnel', title: 'Pipeline', query: { formId: 'frm_deals', groupBy: [{ field: 'stage' }] }, layout: { x: 8, y: 0, w: 4, h: 4 } },
    { id: 'target', type: 'gauge', title: 'Target', query: { formId: 'frm_deals', measures: [{ id: 'sum', op: 'sum', field: 'amount' }] }, layout: { x: 0, y: 4, w: 4, h: 4 }, target: 1000 },
  ],
  filters: [
    { id: 'period', label: 'Period', kind: 'dateRange', bindings: { revenue: 'closedOn', target: 'closedOn' } },
    { id: 'dept', label: 'Department', kind: 'department', bindings: { revenue: '_ownerDepartment', funnel: '_ownerDepartment' } },
    { id: 'rep', label: 'Rep', kind: 'member', bindings: { revenue: 'owner' } },
    { id: 'stage', label: 'Stage', kind: 'field', bindings: { funnel: 'stage' } },
  ],
};

/** What `POST /api/dashboards/dsh1/data` answers: the gauge failed, the others have figures. */
export const salesData: DashboardDataView = {
  computedAt: '2024-05-06T08:00:00.000Z',
  cached: false,
  widgets: [
    {
      id: 'revenue',
      type: 'bar',
      data: {
        type: 'bar',
        dimensionLabel: 'Month',
        categories: [
          { value: '2024-02', label: '2024-02' },
          { value: '2024-03', label: '2024-03' },
        ],
        series: [{ id: 'sum', label: 'Amount', values: [300, 500] }],
      },
    },
    {
      id: 'funnel',
      type: 'funnel',
      data: {
        type: 'funnel',
        stages: [
          { member: { value: 'lead', label: 'Lead' }, count: 10, conversion: null, overall: 1 },
          { member: { value: 'won', label: 'Won' }, count: 4, conversion: 0.4, overall: 0.4 },
        ],
      },
    },
    { id: 'target', type: 'gauge', error: { code: 'widget_failed', message: 'the field "closedOn" is hidden from you' } },
  ],
};

/**
 * The fake server with dashboard dsh1 published in app1, a department tree (East with its team
 * East-1), two people, and the data call answering `salesData` (or `data(request body)`).
 */
export function dashboardServer(options: { readonly role?: 'admin' | 'member'; readonly data?: (body: unknown) => DashboardDataView } = {}): FakeServer {
  return signedInServer()
    .on('GET', /^\/api\/me$/, () => ({ body: options.role === 'admin' ? admin : member }))
    .on('GET', /^\/api\/dashboards\/dsh1$/, () => ({
      body: { id: 'dsh1', appId: 'app1', title: 'Sales morning', published: { version: 2, schema: salesDashboard, publishedAt: '2024-05-01T00:00:00.000Z' }, updatedAt: '2024-05-01T00:00:00.000Z' },
    }))
    .on('POST', /^\/api\/dashboards\/dsh1\/data$/, (request) => ({ body: options.data ? options.data(request.body) : salesData }))
    .on('GET', /^\/api\/departments$/, () => ({
      body: { items: [{ id: 'd1', name: 'East', parentId: null, children: [{ id: 'd1a', name: 'East-1', parentId: 'd1', children: [] }] }, { id: 'd2', name: 'West', parentId: null, children: [] }] },
    }))
    .on('GET', /^\/api\/users$/, () => ({ body: { items: [{ id: 'u1', name: 'Li Lei', departmentId: 'd1' }, { id: 'u2', name: 'Han Meimei', departmentId: 'd2' }] } }));
}
