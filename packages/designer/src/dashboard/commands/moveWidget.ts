import type { DashboardCommandContext, DashboardEdit } from '../DashboardEdit.js';
import { findWidget } from './findWidget.js';
import { placeWidget } from './placeWidget.js';

/** Moves a widget so its top left cell is `to`, keeping its size. */
export function moveWidget(context: DashboardCommandContext, id: string, to: { readonly x: number; readonly y: number }): DashboardEdit {
  const found = findWidget(context.dashboard, id);
  if ('reason' in found) return { ok: false, reason: found.reason };
  return placeWidget(context, id, { ...found.widget.layout, x: to.x, y: to.y });
}
