import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BarWidget } from '../../engine/index.js';
import { fakeCharts, registered } from './testing/fakeEchartsCore.js';
import { sampleData, sampleWidget } from './testing/sampleDashboard.js';
import { WidgetView } from './WidgetView.js';

vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'));

afterEach(cleanup);
beforeEach(() => {
  fakeCharts.length = 0;
});

/** Renders one widget and returns the option it gave echarts. */
function optionOf(...[widget, data]: [Parameters<typeof WidgetView>[0]['widget'], Parameters<typeof WidgetView>[0]['data']]) {
  render(<WidgetView widget={widget} data={data} locale="en" />);
  expect(fakeCharts).toHaveLength(1);
  return fakeCharts[0]!.option;
}

describe('chart options', () => {
  it('registers only the charts and components the widgets draw, with the canvas renderer', async () => {
    await import('./echartsCore.js');
    const charts = await import('echarts/charts');
    const components = await import('echarts/components');
    const renderers = await import('echarts/renderers');
    expect(registered).toEqual([
      charts.BarChart,
      charts.LineChart,
      charts.PieChart,
      charts.FunnelChart,
      charts.GaugeChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.DatasetComponent,
      renderers.CanvasRenderer,
    ]);
  });

  it('draws a stacked bar chart from a dataset of categories × series', () => {
    const option = optionOf(sampleWidget('byMonth', 'bar'), sampleData.byMonth);
    expect(option['dataset']).toEqual({
      source: [
        ['Jan', 100, 80],
        ['Feb', 120, null],
      ],
    });
    expect(option['xAxis']).toEqual({ type: 'category' });
    expect(option['yAxis']).toEqual({ type: 'value' });
    expect(option['series']).toEqual([
      { type: 'bar', name: 'North', encode: { x: 0, y: 1 }, stack: 'total' },
      { type: 'bar', name: 'South', encode: { x: 0, y: 2 }, stack: 'total' },
    ]);
    expect(option['legend']).toMatchObject({ show: true });
  });

  it('turns a horizontal bar chart on its side, first category on top, unstacked', () => {
    const widget: BarWidget = { ...sampleWidget('byMonth', 'bar'), stacked: false, horizontal: true };
    const option = optionOf(widget, sampleData.byMonth);
    expect(option['xAxis']).toEqual({ type: 'value' });
    expect(option['yAxis']).toEqual({ type: 'category', inverse: true });
    expect(option['series']).toEqual([
      { type: 'bar', name: 'North', encode: { y: 0, x: 1 } },
      { type: 'bar', name: 'South', encode: { y: 0, x: 2 } },
    ]);
  });

  it('draws a line per series, without a legend for a single one', () => {
    const option = optionOf(sampleWidget('trend', 'line'), sampleData.trend);
    expect(option['series']).toEqual([{ type: 'line', name: 'Visits', encode: { x: 0, y: 1 } }]);
    expect(option['dataset']).toEqual({ source: [['W1', 5], ['W2', 8], ['W3', 13]] });
    expect(option['legend']).toMatchObject({ show: false });
  });

  it('draws a donut with one slice per member', () => {
    const option = optionOf(sampleWidget('sources', 'pie'), sampleData.sources);
    expect(option['series']).toEqual([
      expect.objectContaining({
        type: 'pie',
        radius: ['40%', '68%'],
        data: [
          { name: 'Website', value: 30 },
          { name: 'Trade fair', value: 10 },
        ],
      }),
    ]);
  });

  it('keeps funnel stages in order and labels each with its count and conversion', () => {
    const option = optionOf(sampleWidget('funnel', 'funnel'), sampleData.funnel);
    const [series] = option['series'] as [{ sort: string; data: { name: string; value: number; label: { formatter: string } }[] }];
    expect(series.sort).toBe('none');
    expect(series.data.map((stage) => [stage.name, stage.value, stage.label.formatter])).toEqual([
      ['线索', 200, '线索  200'],
      ['报价', 50, '报价  50  (25.0%)'],
      ['成交', 10, '成交  10  (20.0%)'],
    ]);
  });

  it('shows completion against target on the gauge, widening the dial past 100 %', () => {
    const option = optionOf(sampleWidget('target', 'gauge'), sampleData.target);
    expect(option['series']).toEqual([expect.objectContaining({ type: 'gauge', min: 0, max: 100, data: [{ value: 75, name: '' }], detail: expect.objectContaining({ formatter: '75.0%' }) })]);
    cleanup();
    fakeCharts.length = 0;
    const over = optionOf(sampleWidget('target', 'gauge'), { type: 'gauge', actual: 260000, target: 200000, completion: 1.3 });
    expect(over['series']).toEqual([expect.objectContaining({ max: 150, data: [{ value: 130, name: '' }] })]);
  });

  it('gives a new option whole when the data changes, and disposes the chart on unmount', () => {
    const widget = sampleWidget('trend', 'line');
    const { rerender, unmount } = render(<WidgetView widget={widget} data={sampleData.trend} locale="en" />);
    rerender(<WidgetView widget={widget} data={{ ...sampleData.trend, categories: sampleData.trend.categories.slice(0, 1) }} locale="en" />);
    const chart = fakeCharts[0]!;
    expect(chart.setOption).toHaveBeenCalledTimes(2);
    expect(chart.setOption.mock.calls[1]).toEqual([expect.objectContaining({ dataset: { source: [['W1', 5]] } }), { notMerge: true }]);
    unmount();
    expect(chart.disposed).toBe(true);
  });
});
