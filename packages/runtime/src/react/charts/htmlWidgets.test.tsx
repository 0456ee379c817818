import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeCharts } from './testing/fakeEchartsCore.js';
import { sampleData, sampleWidget } from './testing/sampleDashboard.js';
import { WidgetView } from './WidgetView.js';

vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'));

afterEach(cleanup);

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('KPI card', () => {
  it('shows the value with its unit and the signed change against the previous period', () => {
    render(<WidgetView widget={sampleWidget('revenue', 'kpi')} data={sampleData.revenue} locale="zh-CN" />);
    const card = screen.getByRole('region', { name: '本月回款' });
    expect(card.querySelector('.fw-kpi__value')?.textContent).toBe('123,456.5 元');
    const change = card.querySelector('.fw-kpi__change');
    expect(change?.textContent).toBe('较上期 ↑ +23.5% (上期 100,000)');
    expect(change?.classList.contains('fw-kpi__change--up')).toBe(true);
    expect(fakeCharts).toEqual([]);
  });

  it('a fall reads as a fall; no change is shown when the previous period had no value', () => {
    const widget = sampleWidget('revenue', 'kpi');
    render(<WidgetView widget={widget} data={{ type: 'kpi', value: 50, previous: 100, change: { absolute: -50, ratio: -0.5 } }} locale="en" />);
    expect(document.querySelector('.fw-kpi__change')?.textContent).toBe('vs previous period ↓ -50.0% (Previous period 100)');
    cleanup();
    render(<WidgetView widget={widget} data={{ type: 'kpi', value: 50, previous: null, change: null }} locale="en" />);
    expect(document.querySelector('.fw-kpi__change')?.textContent).toBe('vs previous period —');
  });
});

describe('leaderboard', () => {
  it('is a table of rank, name, value and the move in rank in words, ties sharing a rank', () => {
    render(<WidgetView widget={sampleWidget('top', 'leaderboard')} data={sampleData.top} locale="en" />);
    const table = screen.getByRole('table', { name: 'Top reps' });
    expect(rowsOf(table)).toEqual([
      ['Rank', 'Rep', 'Amount', 'Rank change'],
      ['1', 'Li Qiang', '120', '↑ up 2'],
      ['2', 'Wang Fang', '90', '↓ down 1'],
      ['2', 'Zhang Wei', '90', 'new'],
    ]);
    // The arrows are for the eye only; the name heads each row.
    expect(table.querySelectorAll('[aria-hidden="true"]')).toHaveLength(2);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Li Qiang', 'Wang Fang', 'Zhang Wei']);
  });

  it('in Chinese', () => {
    render(<WidgetView widget={sampleWidget('top', 'leaderboard')} data={sampleData.top} locale="zh-CN" />);
    expect(rowsOf(screen.getByRole('table', { name: 'Top reps' }))[0]).toEqual(['排名', 'Rep', 'Amount', '名次变化']);
    expect(rowsOf(screen.getByRole('table', { name: 'Top reps' })).map((row) => row[3])).toEqual(['名次变化', '↑ 上升 2 名', '↓ 下降 1 名', '新上榜']);
  });
});

describe('pivot table', () => {
  it('has a column per column key, a row per row key, and empty groups left blank', () => {
    render(<WidgetView widget={sampleWidget('pivot', 'pivot')} data={sampleData.pivot} locale="en" />);
    expect(rowsOf(screen.getByRole('table', { name: 'Deals by region and quarter' }))).toEqual([
      ['Region', 'Q1', 'Q2'],
      ['North', '3', '4'],
      ['South', '1', ''],
    ]);
  });

  it('heads columns with key and measure when there are several measures, and with the measure alone when nothing spreads across', () => {
    const widget = sampleWidget('pivot', 'pivot');
    const measures = [
      { id: 'count', label: 'Deals' },
      { id: 'sum', label: 'Amount' },
    ];
    render(
      <WidgetView
        widget={widget}
        data={{ ...sampleData.pivot, measures, columnKeys: [[{ value: '2024-Q1', label: 'Q1' }]], cells: [[[3, 900]], [[1, 100]]] }}
        locale="en"
      />,
    );
    expect(rowsOf(screen.getByRole('table'))[0]).toEqual(['Region', 'Q1 / Deals', 'Q1 / Amount']);
    cleanup();
    render(<WidgetView widget={widget} data={{ ...sampleData.pivot, columnDimensions: [], columnKeys: [], measures, cells: [[[3, 900]], [[1, 100]]] }} locale="en" />);
    expect(rowsOf(screen.getByRole('table'))).toEqual([
      ['Region', 'Deals', 'Amount'],
      ['North', '3', '900'],
      ['South', '1', '100'],
    ]);
  });
});

describe('record table', () => {
  it('lists the records as sent (text never run) and says when more exist', () => {
    render(<WidgetView widget={sampleWidget('latest', 'table')} data={sampleData.latest} locale="zh-CN" />);
    expect(rowsOf(screen.getByRole('table', { name: 'Latest deals' }))).toEqual([
      ['Customer', 'Amount'],
      ['=HYPERLINK("http://evil")', '5,000'],
      ['Acme, Inc.', '1,200.5'],
    ]);
    expect(screen.getByText('显示 2 条，共 40 条')).toBeTruthy();
  });

  it('says so when there are no rows', () => {
    render(<WidgetView widget={sampleWidget('latest', 'table')} data={{ ...sampleData.latest, rows: [], total: 0 }} locale="en" />);
    expect(rowsOf(screen.getByRole('table'))).toEqual([['Customer', 'Amount'], ['No data']]);
    expect(screen.queryByText(/Showing/)).toBeNull();
  });
});
