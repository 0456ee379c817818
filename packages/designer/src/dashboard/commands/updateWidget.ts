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
    case 'kpi':
      return withUnit(titled, patch.unit);
    default:
      return titled;
  }
}

function withUnit<T extends { readonly unit?: string }>(widget: T, unit: string | null | undefined): T {
  if (unit === undefined) return widget;
  const { unit: _dropped, ...rest } = widget;
  return (unit === null || unit === '' ? rest : { ...rest, unit }) as T;
}
