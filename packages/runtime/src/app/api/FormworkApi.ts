import type { RecordData } from '../../engine/index.js';
import type { ApiClient } from './ApiClient.js';
import { ApiError } from './ApiError.js';
import type { AppView, DepartmentNode, DirectoryEntry, FormSummaryView, FormView, HistoryEntry, ImportResult, MeView, RecordPage, RecordView } from './ApiViews.js';
import type { DashboardDataView, DashboardSummaryView, DashboardView } from './DashboardViews.js';
import type { DecomposeRequest, DecompositionView, LaggardsView, LeaderboardView, ScoreConfirmationView, ScoreRunSummaryView, ScoreRunView, ScoreTrendView, ScoringSummaryView, ScoringView, TargetProgressView } from './PerformanceViews.js';
import type { FilterTree } from './RecordFilter.js';
import type { FlowTimeline, InboxBox, InboxCounts, InboxPage, NotificationPage, OpenedTaskView, TaskAction, TaskActionBody } from './TaskViews.js';
import type { WorkbenchView } from './WorkbenchViews.js';

export interface RecordQuery {
  readonly filter?: FilterTree | undefined;
  /** `fieldId:asc` or `fieldId:desc`. */
  readonly sort?: string | undefined;
  readonly limit?: number;
  readonly cursor?: string | undefined;
  /** List the deleted records (the trash) instead of the live ones. */
  readonly deleted?: boolean;
}

const enc = encodeURIComponent;

/** The typed calls the app makes. Each is one HTTP request; errors are ApiErrors. */
export class FormworkApi {
  constructor(readonly client: ApiClient) {}

  me = () => this.client.request<MeView>('/api/me');
  login = (username: string, password: string) => this.client.request<MeView>('/api/auth/login', { method: 'POST', body: { username, password } });
  logout = () => this.client.request<void>('/api/auth/logout', { method: 'POST', body: {} });

  apps = async () => (await this.client.request<{ items: AppView[] }>('/api/apps')).items;
  /** The home page's one call: to-dos, apps, score and targets, team, latest records (#15). */
  workbench = () => this.client.request<WorkbenchView>('/api/workbench');
  forms = async (appId: string) => (await this.client.request<{ items: FormSummaryView[] }>(`/api/apps/${enc(appId)}/forms`)).items;
  form = (formId: string) => this.client.request<FormView>(`/api/forms/${enc(formId)}`);
  /** An app's dashboards; an app with none for this user answers 404, which means none here. */
  dashboards = async (appId: string) => {
    try {
      return (await this.client.request<{ items: DashboardSummaryView[] }>(`/api/apps/${enc(appId)}/dashboards`)).items;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  };
  dashboard = (dashboardId: string) => this.client.request<DashboardView>(`/api/dashboards/${enc(dashboardId)}`);
  /** Every widget's data in one call; `filters` keyed by the dashboard's filter ids. */
  dashboardData = (dashboardId: string, filters: Readonly<Record<string, unknown>>) =>
    this.client.request<DashboardDataView>(`/api/dashboards/${enc(dashboardId)}/data`, { method: 'POST', body: { filters } });
  users = async () => (await this.client.request<{ items: DirectoryEntry[] }>('/api/users')).items;
  departments = async () => {
    const body = await this.client.request<{ items: DepartmentNode[] } | DepartmentNode[]>('/api/departments');
    return Array.isArray(body) ? body : body.items;
  };

  submitRecord = (formId: string, data: RecordData, idempotencyKey: string) =>
    this.client.request<RecordView>(`/api/forms/${enc(formId)}/records`, { method: 'POST', body: { data }, headers: { 'Idempotency-Key': idempotencyKey } });

  records = (formId: string, query: RecordQuery = {}) =>
    this.client.request<RecordPage>(`/api/forms/${enc(formId)}/records`, { query: recordQuery(query) });

  record = (recordId: string) => this.client.request<RecordView>(`/api/records/${enc(recordId)}`);

  /** `reason` (why the record changed) goes into its history; a blank one is not sent. */
  updateRecord = (recordId: string, data: RecordData, version: number, reason?: string) =>
    this.client.request<RecordView>(`/api/records/${enc(recordId)}`, {
      method: 'PATCH',
      body: { data, ...reasonBody(reason) },
      headers: { 'If-Match': `"${version}"` },
    });

  deleteRecord = (recordId: string, reason?: string) => {
    // Without a reason the request stays as it always was: no body.
    const body = reasonBody(reason);
    return this.client.request<void>(`/api/records/${enc(recordId)}`, { method: 'DELETE', ...('reason' in body ? { body } : {}) });
  };
  restoreRecord = (recordId: string, reason?: string) =>
    this.client.request<RecordView>(`/api/records/${enc(recordId)}/restore`, { method: 'POST', body: reasonBody(reason) });

  /** Sets fields on (`set`) or deletes many records in one go; all or nothing (400 `batch_rejected` lists each failure). */
  batchRecords = (formId: string, ids: readonly string[], change: { readonly set: RecordData } | { readonly delete: true }, reason?: string) =>
    this.client.request<{ changed: number }>(`/api/forms/${enc(formId)}/records/batch`, { method: 'POST', body: { ids, ...change, ...reasonBody(reason) } });

  history = async (recordId: string) => {
    const body = await this.client.request<{ items: HistoryEntry[] } | HistoryEntry[]>(`/api/records/${enc(recordId)}/history`);
    return Array.isArray(body) ? body : body.items;
  };

  /** Sums of number fields over every record matching the filter (not just one page). */
  totals = async (formId: string, fieldIds: readonly string[], filter: FilterTree | undefined) => {
    const body = await this.client.request<{ rows?: { values?: Record<string, unknown>; [key: string]: unknown }[] }>(`/api/forms/${enc(formId)}/aggregate`, {
      method: 'POST',
      body: { groupBy: [], measures: [{ op: 'count' }, ...fieldIds.map((field) => ({ op: 'sum', field }))], ...(filter ? { filter } : {}) },
    });
    return body.rows?.[0];
  };

  exportUrl = (formId: string, format: 'csv' | 'xlsx', filter: FilterTree | undefined) =>
    this.client.linkUrl(`/api/forms/${enc(formId)}/export`, { format, filter: filter ? JSON.stringify(filter) : undefined });

  /** `skipInvalid`: write the good records and skip the bad ones (the answer says which, with a report). */
  importRecords = async (formId: string, file: File, dryRun: boolean, skipInvalid = false) => {
    const body = new FormData();
    body.set('file', file, file.name);
    return this.client.request<ImportResult>(`/api/forms/${enc(formId)}/import`, {
      method: 'POST',
      body,
      query: { dryRun: dryRun ? 'true' : undefined, mode: skipInvalid ? 'skip-invalid' : undefined },
    });
  };

  importTemplateUrl = (formId: string, format: 'csv' | 'xlsx') => this.client.linkUrl(`/api/forms/${enc(formId)}/import/template`, { format });

  /** One page of an inbox box, newest first. */
  tasks = (box: InboxBox, query: { readonly formId?: string | undefined; readonly cursor?: string | undefined } = {}) =>
    this.client.request<InboxPage>('/api/tasks', { query: { box, formId: query.formId, cursor: query.cursor } });
  taskCounts = () => this.client.request<InboxCounts>('/api/tasks/counts');
  task = (taskId: string) => this.client.request<OpenedTaskView>(`/api/tasks/${enc(taskId)}`);
  /** 409 when someone else acted first (`task_closed`) or the flow moved on. */
  actOnTask = (taskId: string, action: TaskAction, body: TaskActionBody) =>
    this.client.request<{ recordId: string; flow: unknown }>(`/api/tasks/${enc(taskId)}/${action}`, { method: 'POST', body });
  withdrawRecord = (recordId: string, comment?: string) =>
    this.client.request<unknown>(`/api/records/${enc(recordId)}/withdraw`, { method: 'POST', body: comment?.trim() ? { comment: comment.trim() } : {} });
  /** The initiator (or an admin) urges whoever holds the record's open tasks; 409 once the flow finished. */
  urgeRecord = (recordId: string) => this.client.request<unknown>(`/api/records/${enc(recordId)}/urge`, { method: 'POST', body: {} });
  /** One page of the user's notifications, newest first. */
  notifications = (cursor?: string) => this.client.request<NotificationPage>('/api/notifications', { query: { cursor } });
  /** Marks these notifications read, or all of the user's (`'all'`). */
  markNotificationsRead = (which: readonly string[] | 'all') =>
    this.client.request<{ changed: number }>('/api/notifications/read', { method: 'POST', body: which === 'all' ? { all: true } : { ids: which } });
  flowTimeline = (recordId: string) => this.client.request<FlowTimeline>(`/api/records/${enc(recordId)}/flow`);

  /** An app's scoring schemes; an app with none for this user answers 404, which means none here. */
  scorings = async (appId: string) => {
    try {
      return (await this.client.request<{ items: ScoringSummaryView[] }>(`/api/apps/${enc(appId)}/scorings`)).items;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return [];
      throw error;
    }
  };
  scoring = (schemeId: string) => this.client.request<ScoringView>(`/api/scorings/${enc(schemeId)}`);
  /** 404 `no_run`: the period is not computed yet; `not_found`: nothing of it is the viewer's. */
  scoreRun = (schemeId: string, period: string) => this.client.request<ScoreRunView>(`/api/scorings/${enc(schemeId)}/runs/${enc(period)}`);
  /** A summary of the new run (read the sheet with `scoreRun`); 422 `reason_required` once the period's sheet was confirmed. */
  computeScoreRun = (schemeId: string, period: string, reason?: string) =>
    this.client.request<ScoreRunSummaryView>(`/api/scorings/${enc(schemeId)}/runs`, { method: 'POST', body: { period, ...reasonBody(reason) } });
  /** `note`: what the confirmer says with it; a blank one is not sent. */
  confirmScoreRun = (schemeId: string, period: string, subject: 'team' | 'person', id: string, note?: string) =>
    this.client.request<{ confirmations: ScoreConfirmationView[] }>(`/api/scorings/${enc(schemeId)}/runs/${enc(period)}/confirm`, {
      method: 'POST',
      body: { subject, id, ...(note?.trim() ? { note: note.trim() } : {}) },
    });
  leaderboard = (schemeId: string, period: string) => this.client.request<LeaderboardView>(`/api/scorings/${enc(schemeId)}/leaderboard`, { query: { period } });
  scoreTrend = (schemeId: string, period: string, periods: number) =>
    this.client.request<ScoreTrendView>(`/api/scorings/${enc(schemeId)}/trend`, { query: { period, periods: String(periods) } });
  targetProgress = (appId: string, period: string, metric: string) =>
    this.client.request<TargetProgressView>(`/api/apps/${enc(appId)}/targets/progress`, { query: { period, metric } });
  laggards = (appId: string, period: string, metric: string) =>
    this.client.request<LaggardsView>(`/api/apps/${enc(appId)}/targets/laggards`, { query: { period, metric } });
  decomposeTarget = (appId: string, request: DecomposeRequest) =>
    this.client.request<DecompositionView>(`/api/apps/${enc(appId)}/targets/decompose`, { method: 'POST', body: request });

  uploadFile = (file: Blob, name: string, onProgress?: (fraction: number) => void, target?: { formId: string; fieldId: string }) =>
    uploadWithProgress(target ? this.client.url('/api/files', target) : '/api/files', file, name, onProgress);
}

/** `{ reason }` trimmed, or nothing when there is no reason to give. */
function reasonBody(reason: string | undefined): { reason?: string } {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? {} : { reason: trimmed };
}

function recordQuery(query: RecordQuery): Record<string, string | number | undefined> {
  return {
    filter: query.filter ? JSON.stringify(query.filter) : undefined,
    sort: query.sort,
    limit: query.limit,
    cursor: query.cursor,
    deleted: query.deleted ? 'true' : undefined,
  };
}

/** fetch cannot report upload progress; XMLHttpRequest can. */
function uploadWithProgress(url: string, file: Blob, name: string, onProgress?: (fraction: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('X-Requested-With', 'fetch');
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve(request.response);
      // The server's own words (too large, not an image) are worth showing beside the file.
      const envelope = request.response as { error?: { message?: unknown } } | null;
      reject(new Error(typeof envelope?.error?.message === 'string' ? envelope.error.message : ''));
    };
    request.onerror = () => reject(new Error(''));
    const body = new FormData();
    body.set('file', file, name);
    request.send(body);
  });
}
