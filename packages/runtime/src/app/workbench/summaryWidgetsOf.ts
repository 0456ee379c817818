import type { DashboardSchema, Widget } from '../../engine/index.js';

/** KPI cards and gauges: a figure each, readable in a card beside the to-dos, on a phone too. */
const glanceTypes: ReadonlySet<Widget['type']> = new Set(['kpi', 'gauge']);
const maxGlances = 2;

/**
 * The part of a key dashboard the workbench draws inline: its first KPI or gauge widgets (two at
 * most, in reading order) — the headline figures a manager checks each morning, which stay
 * legible in a narrow card — or, on a dashboard without any, its first widget alone (a chart
 * needs the room the full page gives it; one keeps the workbench short). Laid out anew for a
 * card: side by side on one row, each its own height, one column under 600 px as on the page.
 *
 * @example
 * summaryWidgetsOf(salesOverview).widgets.map((widget) => widget.title) // ['签约金额', '回款金额']
 */
export function summaryWidgetsOf(dashboard: DashboardSchema): DashboardSchema {
  const inReadingOrder = [...dashboard.widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
  const glances = inReadingOrder.filter((widget) => glanceTypes.has(widget.type)).slice(0, maxGlances);
  const chosen = glances.length > 0 ? glances : inReadingOrder.slice(0, 1);
  const width = Math.floor(12 / Math.max(chosen.length, 1));
  return {
    ...dashboard,
    widgets: chosen.map((widget, index) => ({ ...widget, layout: { x: index * width, y: 0, w: width, h: widget.layout.h } })),
  };
}
