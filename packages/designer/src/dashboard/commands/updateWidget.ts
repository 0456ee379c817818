import type { Widget } from '@formwork/runtime';
import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget, replaceWidget } from './findWidget.js';

/**
 * What `updateWidget` may change beside the query: the title and the settings of the widget's
 * type. `null` removes a setting; a setting the widget's type does not have is ignored.
 */
export interface WidgetPatch {
  readonly title?: string;
  /** Funnel: the stages, in order. */
  readonly stages?: readonly string[] | null;
  /** Gauge: the target (positive). */
  readonly target?: number;
  /** KPI card and gauge: the unit shown after the number. */
  readonly unit?: string | null;
  /** KPI card: the change against the previous period shown beside the number. */
  readonly comparePrevious?: boolean;
  /** Bar and line charts: series stacked. */
  readonly stacked?: boolean;
  /** Bar chart: bars lying down. */
  readonly horizontal?: boolean;
  /** Line chart: the area under the line filled. */
  readonly area?: boolean;
  /** Pie chart: a ring. */
  readonly donut?: boolean;
}

/** Changes a widget's title or its type's settings; the document's checks refuse a bad value (an empty title, a target of 0). */
export function updateWidget(context: DashboardCommandContext, id: string, patch: WidgetPatch): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  return { ok: true, dashboard: replaceWidget(context.dashboard, found.index, patched(found.widget, patch)), selectedId: id };
}

function patched(widget: Widget, patch: WidgetPatch): Widget {
  const titled = patch.title === undefined ? widget : { ...widget, title: patch.title };
  switch (titled.type) {
    case 'funnel': {
      if (patch.stages === undefined) return titled;
      const { stages: _dropped, ...rest } = titled;
      return patch.stages === null ? rest : { ...rest, stages: patch.stages };
    }
    case 'gauge': {
      const targeted = patch.target === undefined ? titled : { ...titled, target: patch.target };
      return withUnit(targeted, patch.unit);
    }
    case 'kpi': {
      const unit = withUnit(titled, patch.unit);
      return patch.comparePrevious === undefined ? unit : withFlag(unit, 'compareTo', patch.comparePrevious ? 'previousPeriod' : false);
    }
    case 'bar':
      return withFlag(withFlag(titled, 'stacked', patch.stacked), 'horizontal', patch.horizontal);
    case 'line':
      return withFlag(withFlag(titled, 'stacked', patch.stacked), 'area', patch.area);
    case 'pie':
      return withFlag(titled, 'donut', patch.donut);
    default:
      return titled;
  }
}

function withUnit<T extends { readonly unit?: string }>(widget: T, unit: string | null | undefined): T {
  if (unit === undefined) return widget;
  const { unit: _dropped, ...rest } = widget;
  return (unit === null || unit === '' ? rest : { ...rest, unit }) as T;
}

/**
 * Sets an optional setting, or (`false`) removes it: off is the default and stays unwritten.
 * `undefined` leaves the widget as it is.
 */
function withFlag<T extends object, K extends string>(widget: T, key: K, value: boolean | string | undefined): T {
  if (value === undefined) return widget;
  const copy = { ...widget } as Record<string, unknown>;
  if (value === false) delete copy[key];
  else copy[key] = value;
  return copy as T;
}
