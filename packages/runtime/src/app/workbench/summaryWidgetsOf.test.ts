import { describe, expect, it } from 'vitest';
import type { DashboardSchema } from '../../engine/index.js';
import { exampleDashboard } from '../../engine/documents/testing/exampleDashboard.js';
import { summaryWidgetsOf } from './summaryWidgetsOf.js';

const titles = (dashboard: DashboardSchema) => dashboard.widgets.map((widget) => widget.title);

describe('summaryWidgetsOf: what a key dashboard shows on the workbench', () => {
  it('takes the first two KPI or gauge widgets in reading order, side by side on one row', () => {
    // Reversed: the order on screen (y, then x) decides, not the order stored.
    const summary = summaryWidgetsOf({ ...exampleDashboard, widgets: [...exampleDashboard.widgets].reverse() });
    expect(titles(summary)).toEqual(['本月回款', '目标完成']);
    expect(summary.widgets.map((widget) => widget.layout)).toEqual([
      { x: 0, y: 0, w: 6, h: 2 },
      { x: 6, y: 0, w: 6, h: 2 },
    ]);
    expect(summary.title).toBe(exampleDashboard.title);
  });

  it('skips charts before a later KPI, and takes two at most', () => {
    const [kpi, gauge, line] = exampleDashboard.widgets;
    if (!kpi || !gauge || !line) throw new Error('the example dashboard changed');
    const widgets = [
      { ...line, layout: { x: 0, y: 0, w: 12, h: 4 } },
      { ...gauge, id: 'g1', title: 'G1', layout: { x: 0, y: 4, w: 4, h: 2 } },
      { ...kpi, id: 'k1', title: 'K1', layout: { x: 4, y: 4, w: 4, h: 2 } },
      { ...kpi, id: 'k2', title: 'K2', layout: { x: 8, y: 4, w: 4, h: 2 } },
    ];
    expect(titles(summaryWidgetsOf({ ...exampleDashboard, widgets }))).toEqual(['G1', 'K1']);
  });

  it('takes the first widget alone, full width, on a dashboard without a KPI or gauge', () => {
    const charts = exampleDashboard.widgets.filter((widget) => widget.type !== 'kpi' && widget.type !== 'gauge');
    const summary = summaryWidgetsOf({ ...exampleDashboard, widgets: charts });
    expect(summary.widgets).toHaveLength(1);
    expect(summary.widgets[0]?.id).toBe([...charts].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x)[0]?.id);
    expect(summary.widgets[0]?.layout).toMatchObject({ x: 0, y: 0, w: 12 });
    expect(summaryWidgetsOf({ ...exampleDashboard, widgets: [] }).widgets).toEqual([]);
  });
});
