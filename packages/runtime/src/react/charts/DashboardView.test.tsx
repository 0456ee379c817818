import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardView } from './DashboardView.js';
import { fakeCharts } from './testing/fakeEchartsCore.js';
import { sampleDashboard, sampleData } from './testing/sampleDashboard.js';

vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'));

afterEach(cleanup);

describe('DashboardView', () => {
  it('lays every widget on the 12-column grid where the designer put it, in reading order', () => {
    fakeCharts.length = 0;
    render(<DashboardView dashboard={sampleDashboard} data={sampleData} locale="en" />);
    expect(screen.getByRole('heading', { level: 2, name: '销售晨会' })).toBeTruthy();
    const cells = [...document.querySelectorAll<HTMLElement>('.fw-dashboard__cell')];
    expect(cells.map((cell) => within(cell).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '本月回款',
      'Revenue by month',
      'Visits',
      'Lead sources',
      '商机漏斗',
      'Target',
      'Top reps',
      'Deals by region and quarter',
      'Latest deals',
    ]);
    const bar = cells[1]!;
    expect([bar.style.getPropertyValue('--fw-x'), bar.style.getPropertyValue('--fw-y'), bar.style.getPropertyValue('--fw-w'), bar.style.getPropertyValue('--fw-h')]).toEqual(['4', '1', '9', '4']);
    // Five charts drawn by echarts; the KPI card and the three tables are HTML.
    expect(fakeCharts).toHaveLength(5);
  });

  it('says so for a widget without data, or with data of another type, and draws the rest', () => {
    const { revenue: _revenue, byMonth: _byMonth, ...rest } = sampleData;
    render(<DashboardView dashboard={sampleDashboard} data={{ ...rest, byMonth: sampleData.sources }} locale="zh-CN" />);
    expect(within(screen.getByRole('region', { name: '本月回款' })).getByText('暂无数据')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Revenue by month' })).getByText('数据与组件类型不符，请刷新页面。')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Top reps' })).toBeTruthy();
  });
});
