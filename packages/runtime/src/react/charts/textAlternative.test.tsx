import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleData, sampleWidget } from './testing/sampleDashboard.js';
import { WidgetView } from './WidgetView.js';

vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'));

afterEach(cleanup);

/** The rows of a table as the text a screen reader meets, cell by cell. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('text alternatives of the charts', () => {
  it('a bar chart: the canvas is an image with a summary, the data a table captioned with the title', () => {
    render(<WidgetView widget={sampleWidget('byMonth', 'bar')} data={sampleData.byMonth} locale="en" />);
    expect(screen.getByRole('img', { name: 'Bar chart of 2 categories and 2 series; the data is in the table' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Revenue by month' });
    expect(rowsOf(table)).toEqual([
      ['Month', 'North', 'South'],
      ['Jan', '100', '80'],
      ['Feb', '120', ''],
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Jan', 'Feb']);
  });

  it('a line chart in Chinese', () => {
    render(<WidgetView widget={sampleWidget('trend', 'line')} data={sampleData.trend} locale="zh-CN" />);
    expect(screen.getByRole('img', { name: '折线图：3 个类别，1 个系列，数据见表格' })).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: 'Visits' }))).toEqual([
      ['类别', 'Visits'],
      ['W1', '5'],
      ['W2', '8'],
      ['W3', '13'],
    ]);
  });

  it('a pie chart, with each slice’s share', () => {
    render(<WidgetView widget={sampleWidget('sources', 'pie')} data={sampleData.sources} locale="en" />);
    expect(screen.getByRole('img', { name: 'Pie chart of 2 slices; the data is in the table' })).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: 'Lead sources' }))).toEqual([
      ['Source', 'Value', 'Share'],
      ['Website', '30', '75.0%'],
      ['Trade fair', '10', '25.0%'],
    ]);
  });

  it('a funnel, with the conversion between stages and from the top', () => {
    render(<WidgetView widget={sampleWidget('funnel', 'funnel')} data={sampleData.funnel} locale="zh-CN" />);
    expect(screen.getByRole('img', { name: '漏斗图：3 个阶段，总转化率 5.0%，数据见表格' })).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: '商机漏斗' }))).toEqual([
      ['阶段', '数量', '阶段转化率', '总转化率'],
      ['线索', '200', '—', '100.0%'],
      ['报价', '50', '25.0%', '25.0%'],
      ['成交', '10', '20.0%', '5.0%'],
    ]);
  });

  it('a gauge, with actual, target and completion', () => {
    render(<WidgetView widget={sampleWidget('target', 'gauge')} data={sampleData.target} locale="en" />);
    expect(screen.getByRole('img', { name: 'Gauge: 75.0% complete (150,000 of 200,000)' })).toBeTruthy();
    expect(rowsOf(screen.getByRole('table', { name: 'Target' }))).toEqual([
      ['Actual', 'Target', 'Completion'],
      ['150,000', '200,000', '75.0%'],
    ]);
  });

  it('is hidden to the eye until "Show as table" is pressed, which shows it in place of the chart', async () => {
    const user = userEvent.setup();
    render(<WidgetView widget={sampleWidget('trend', 'line')} data={sampleData.trend} locale="zh-CN" />);
    const table = screen.getByRole('table', { name: 'Visits' });
    expect(table.classList.contains('fw-visually-hidden')).toBe(true);
    const toggle = screen.getByRole('button', { name: '以表格显示' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(table.classList.contains('fw-visually-hidden')).toBe(false);
    expect(screen.queryByRole('img')).toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('img')).toBeTruthy();
    expect(table.classList.contains('fw-visually-hidden')).toBe(true);
  });
});
