import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget } from './findWidget.js';
import { placeWidget } from './placeWidget.js';

/** Resizes a widget to `size`, keeping its top left cell. */
export function resizeWidget(context: DashboardCommandContext, id: string, size: { readonly w: number; readonly h: number }): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  return placeWidget(context, id, { ...found.widget.layout, w: size.w, h: size.h });
}
