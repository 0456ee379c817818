import type { DataQuery, Locale, Widget, WidgetLayout, WidgetType } from '@formwork/runtime';
import { widgetTypeNames } from '../i18n/dashboardMessages.js';

/** The size a new widget of each type starts with, in grid cells. */
export const defaultWidgetSize = {
  kpi: { w: 3, h: 2 },
  bar: { w: 6, h: 4 },
  line: { w: 6, h: 4 },
  pie: { w: 4, h: 4 },
  funnel: { w: 4, h: 4 },
  gauge: { w: 4, h: 3 },
  leaderboard: { w: 4, h: 4 },
  pivot: { w: 6, h: 4 },
  table: { w: 12, h: 4 },
} as const satisfies Record<WidgetType, { readonly w: number; readonly h: number }>;

/** The gauge's target until the admin sets one (the document requires a positive one). */
export const DEFAULT_GAUGE_TARGET = 100;

/**
 * A widget of `type` with everything its type requires and nothing another type would refuse:
 * a gauge gets a target, a leaderboard ranks who created the records. Used for new widgets and
 * when a widget changes type (keeping its id, title, query and place).
 */
export function widgetOfType(type: WidgetType, base: { readonly id: string; readonly title: string; readonly query: DataQuery; readonly layout: WidgetLayout }): Widget {
  const { id, title, query, layout } = base;
  switch (type) {
    case 'gauge':
      return { id, type, title, query, layout, target: DEFAULT_GAUGE_TARGET };
    case 'leaderboard':
      return { id, type, title, layout, query: query.groupBy && query.groupBy.length > 0 ? query : { ...query, groupBy: [{ field: '_createdBy' }] } };
    case 'pivot':
      // A chart's series (its second grouping) become the pivot's columns.
      return (query.groupBy?.length ?? 0) >= 2 ? { id, type, title, query, layout, columnLevels: 1 } : { id, type, title, query, layout };
    default:
      return { id, type, title, query, layout };
  }
}

/** The title a new widget of `type` starts with: the type's name. */
export function defaultWidgetTitle(type: WidgetType, locale: Locale): string {
  return widgetTypeNames[type][locale];
}
