import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrillDown } from '../../engine/index.js';
import { fakeCharts } from './testing/fakeEchartsCore.js';
import { sampleData, sampleWidget } from './testing/sampleDashboard.js';
import { WidgetView, type WidgetViewAnyProps } from './WidgetView.js';

vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'));

afterEach(cleanup);
beforeEach(() => {
  fakeCharts.length = 0;
});

function renderWidget(props: Omit<WidgetViewAnyProps, 'locale' | 'onDrillDown'>) {
  const drills: DrillDown[] = [];
  render(<WidgetView {...props} locale="en" onDrillDown={(drill) => drills.push(drill)} />);
  return drills;
}

describe('drill-down', () => {
  it('a clicked bar narrows to its month and, with series split by region, its region', () => {
    const drills = renderWidget({ widget: sampleWidget('byMonth', 'bar'), data: sampleData.byMonth });
    fakeCharts[0]!.click({ seriesIndex: 1, dataIndex: 0 });
    expect(drills).toEqual([
      {
        widgetId: 'byMonth',
        dimensions: [
          { field: 'closedAt', bucket: 'month', value: '2024-01' },
          { field: 'region', value: 'S' },
        ],
      },
    ]);
  });

  it('a line series that is a measure narrows by category only; clicks off a series do nothing', () => {
    const drills = renderWidget({ widget: sampleWidget('trend', 'line'), data: sampleData.trend });
    fakeCharts[0]!.click({ dataIndex: 2 });
    fakeCharts[0]!.click({ dataIndex: 0, componentType: 'legend' });
    expect(drills).toEqual([{ widgetId: 'trend', dimensions: [{ field: 'date', bucket: 'week', value: '2024-W03' }] }]);
  });

  it('a clicked slice and a clicked stage', () => {
    const drills = renderWidget({ widget: sampleWidget('sources', 'pie'), data: sampleData.sources });
    fakeCharts[0]!.click({ dataIndex: 1 });
    cleanup();
    fakeCharts.length = 0;
    const stageDrills = renderWidget({ widget: sampleWidget('funnel', 'funnel'), data: sampleData.funnel });
    fakeCharts[0]!.click({ dataIndex: 1 });
    expect(drills).toEqual([{ widgetId: 'sources', dimensions: [{ field: 'source', value: 'fair' }] }]);
    expect(stageDrills).toEqual([{ widgetId: 'funnel', dimensions: [{ field: 'stage', value: 'quote' }] }]);
  });

  it('from the text alternative: each row’s header is a button doing what a click on the chart does', async () => {
    const user = userEvent.setup();
    const drills = renderWidget({ widget: sampleWidget('funnel', 'funnel'), data: sampleData.funnel });
    const table = screen.getByRole('table', { name: '商机漏斗' });
    await user.click(within(table).getByRole('button', { name: '成交' }));
    expect(drills).toEqual([{ widgetId: 'funnel', dimensions: [{ field: 'stage', value: 'won' }] }]);
  });

  it('from a leaderboard (the person), a pivot (the row key) and a record table (the record)', async () => {
    const user = userEvent.setup();
    const drills = renderWidget({ widget: sampleWidget('top', 'leaderboard'), data: sampleData.top });
    await user.click(screen.getByRole('button', { name: 'Wang Fang' }));
    cleanup();
    const pivotDrills = renderWidget({ widget: sampleWidget('pivot', 'pivot'), data: sampleData.pivot });
    await user.click(screen.getByRole('button', { name: 'South' }));
    cleanup();
    const recordDrills = renderWidget({ widget: sampleWidget('latest', 'table'), data: sampleData.latest });
    await user.click(screen.getByRole('button', { name: 'Acme, Inc.' }));
    expect(drills).toEqual([{ widgetId: 'top', dimensions: [{ field: 'owner', value: 'u1' }] }]);
    expect(pivotDrills).toEqual([{ widgetId: 'pivot', dimensions: [{ field: 'region', value: 'S' }] }]);
    expect(recordDrills).toEqual([{ widgetId: 'latest', dimensions: [], recordId: 'r2' }]);
  });

  it('without a handler nothing is a button and a chart click is ignored', () => {
    render(<WidgetView widget={sampleWidget('sources', 'pie')} data={sampleData.sources} locale="en" />);
    fakeCharts[0]!.click({ dataIndex: 0 });
    expect(within(screen.getByRole('table', { name: 'Lead sources' })).queryAllByRole('button')).toEqual([]);
  });
});
