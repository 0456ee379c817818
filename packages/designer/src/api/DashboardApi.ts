import type { DashboardSchema, WidgetData, WidgetType } from '@formwork/runtime';

/** An entry of `GET /api/apps/:appId/dashboards` as an admin reads it. */
export interface DashboardSummary {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly publishedVersion: number | null;
  readonly draftRevision?: number;
  readonly hasUnpublishedChanges?: boolean;
}

/** A published version in a list: when and by whom. */
export interface DashboardVersionSummary {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
}

/** `GET /api/dashboards/:id/versions/:version`: one published version; its document is JSON the designer parses before trusting it. */
export interface DashboardVersion extends DashboardVersionSummary {
  readonly schema: unknown;
}

/**
 * `GET /api/dashboards/:id` as an admin reads it. The draft is JSON the designer parses with
 * `parseDashboardSchema` before trusting it.
 */
export interface DashboardDocument {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly draft: unknown;
  readonly draftRevision: number;
  readonly published: { readonly version: number; readonly publishedAt: string } | null;
  readonly hasUnpublishedChanges?: boolean;
  readonly versions: readonly DashboardVersionSummary[];
}

/** One widget of the data answer: its data, or why it has none (in the caller's language). */
export type DashboardWidgetAnswer =
  | { readonly id: string; readonly type: WidgetType; readonly data: WidgetData }
  | { readonly id: string; readonly type: WidgetType; readonly error: { readonly code: string; readonly message: string } };

/** `POST /api/dashboards/:id/data?draft=true`: every widget of the stored draft, computed on the stored records. */
export interface DashboardPreview {
  readonly widgets: readonly DashboardWidgetAnswer[];
  readonly computedAt: string;
}

/** The calls of the dashboard designer. Every method rejects with an `ApiError`. */
export interface DashboardApi {
  listDashboards(appId: string): Promise<readonly DashboardSummary[]>;
  /** Creates a dashboard with `schema` as its first draft (nothing published). */
  createDashboard(appId: string, schema: DashboardSchema): Promise<DashboardDocument>;
  getDashboard(dashboardId: string): Promise<DashboardDocument>;
  /** Saves the draft if the server still holds `revision`; a 409 `stale_draft` when someone else saved. */
  saveDashboard(dashboardId: string, schema: DashboardSchema, revision: number): Promise<DashboardDocument>;
  /** Publishes the draft at `revision` as the next version; a 400 `invalid_schema` lists the faults. */
  publishDashboard(dashboardId: string, revision: number): Promise<{ readonly version: number }>;
  /** One published version with its document (admins only). */
  getDashboardVersion(dashboardId: string, version: number): Promise<DashboardVersion>;
  /** Every widget of the saved draft on the stored data (admins only, the server's own data path). */
  previewDashboard(dashboardId: string): Promise<DashboardPreview>;
}
