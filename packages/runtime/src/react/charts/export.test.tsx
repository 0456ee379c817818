import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from './table/toCsv.js';
import { fakeCharts } from './testing/fakeEchartsCore.js';
import { sampleData, sampleWidget } from './testing/sampleDashboard.js';
import { chartSpecs } from './specs/chartSpecs.js';
import { kpiTable } from './widgets/kpiTable.js';
import { recordTable } from './widgets/recordTable.js';
import { WidgetView } from './WidgetView.js';

vi.mock('echarts/core', () => import('./testing/fakeEchartsCore.js'));

/** Links the widgets clicked to save a file, with what they were given. */
const saved: { download: string; href: string }[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  fakeCharts.length = 0;
  saved.length = 0;
  blobs.clear();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ download: this.download, href: this.getAttribute('href') ?? '' });
  });
  // jsdom has no object URLs.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom's Blob lacks text(); FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('CSV export', () => {
  it('neutralises text that a spreadsheet would run as a formula, and quotes separators', () => {
    const csv = toCsv(recordTable(sampleWidget('latest', 'table'), sampleData.latest), 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual(['Customer,Amount', `"'=HYPERLINK(""http://evil"")",5000`, '"Acme, Inc.",1200.5', '']);
    const hostile = toCsv({ columns: [{ label: '@cmd', kind: 'text' }], rows: [{ cells: ['+1'] }, { cells: ['-2+3'] }, { cells: ['\tx'] }, { cells: ['plain'] }] }, 'en');
    expect(lines(hostile)).toEqual(["'@cmd", "'+1", "'-2+3", "'\tx", 'plain', '']);
  });

  it('keeps numbers as numbers, negatives too, and ratios as the shown percentage under a "(%)" heading', () => {
    const kpi = sampleWidget('revenue', 'kpi');
    const falling = { type: 'kpi', value: 80, previous: 100, change: { absolute: -20, ratio: -0.2 } } as const;
    expect(lines(toCsv(kpiTable(kpi, falling, 'zh-CN'), 'zh-CN'))).toEqual(['数值 (元),上期,变化,变化率（%）', '80,100,-20,-20', '']);
    const funnel = chartSpecs.funnel.table(sampleWidget('funnel', 'funnel'), sampleData.funnel, 'en');
    expect(lines(toCsv(funnel, 'en'))).toEqual([
      'Stage,Count,Conversion from previous stage (%),Conversion from first stage (%)',
      '线索,200,,100',
      '报价,50,25,25',
      '成交,10,20,5',
      '',
    ]);
  });

  it('the widget’s button saves its data as "<title>.csv"', async () => {
    const user = userEvent.setup();
    render(<WidgetView widget={sampleWidget('top', 'leaderboard')} data={sampleData.top} locale="en" />);
    await user.click(screen.getByRole('button', { name: 'Export CSV of “Top reps”' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.download).toBe('Top reps.csv');
    const blob = blobs.get(saved[0]!.href);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(lines(await readBlob(blob!))).toEqual(['Rank,Rep,Amount,Rank change', '1,Li Qiang,120,2', '2,Wang Fang,90,-1', '2,Zhang Wei,90,', '']);
  });
});

describe('PNG export', () => {
  it('reads the chart back from echarts at twice the size on white, saved as "<title>.png"', async () => {
    const user = userEvent.setup();
    render(<WidgetView widget={sampleWidget('funnel', 'funnel')} data={sampleData.funnel} locale="zh-CN" />);
    await user.click(screen.getByRole('button', { name: '导出图片：商机漏斗' }));
    expect(fakeCharts[0]!.getDataURL).toHaveBeenCalledWith({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    expect(saved).toEqual([{ download: '商机漏斗.png', href: 'data:image/png;base64,ZmFrZQ==' }]);
  });

  it('is offered only for charts, not for the HTML widgets', () => {
    render(<WidgetView widget={sampleWidget('pivot', 'pivot')} data={sampleData.pivot} locale="en" />);
    expect(screen.queryByRole('button', { name: /PNG/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV of “Deals by region and quarter”' })).toBeTruthy();
  });
});
