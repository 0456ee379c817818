import type { WidgetData, WidgetType } from '../../engine/index.js';
import type { ApiErrorDetail } from './ApiError.js';

/** An entry of `GET /api/apps/:appId/dashboards` (non-admins get the published, live ones only). */
export interface DashboardSummaryView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
}

/**
 * `GET /api/dashboards/:id` as the app reads it: the published DashboardSchema, still unchecked
 * JSON (the page parses it inside the lazily loaded dashboard chunk, so the parser's tables stay
 * out of the fill page's bundle).
 */
export interface DashboardView {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly published: { readonly version: number; readonly schema: Readonly<Record<string, unknown>>; readonly publishedAt: string } | null;
}

/** One widget of `POST /api/dashboards/:id/data`: its data, or the error (in the caller's language) that stopped it. */
export type WidgetAnswer =
  | { readonly id: string; readonly type: WidgetType; readonly data: WidgetData }
  | { readonly id: string; readonly type: WidgetType; readonly error: { readonly code: string; readonly message: string; readonly details?: readonly ApiErrorDetail[] } };

export interface DashboardDataView {
  readonly widgets: readonly WidgetAnswer[];
  readonly computedAt: string;
  readonly cached: boolean;
}
