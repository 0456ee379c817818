import type { WidgetType } from '@formwork/runtime';

/** What is being dragged on the dashboard canvas: a palette entry, a widget (moved), or a widget's resize corner. */
export type DashboardDrag = { readonly kind: 'palette'; readonly type: WidgetType } | { readonly kind: 'move' | 'resize'; readonly widgetId: string };

/** Reads the `data` a draggable of the dashboard designer carries. */
export function asDashboardDrag(data: unknown): DashboardDrag | undefined {
  if (typeof data !== 'object' || data === null || !('kind' in data)) return undefined;
  return data as DashboardDrag;
}
