import type { FormworkApi } from '../api/FormworkApi.js';

/** `GET …/targets/actuals`: each stored target's actual by record id (null where the server has none for you). */
export interface TargetActualsView {
  readonly metric: string;
  readonly source: boolean;
  readonly actuals: Readonly<Record<string, number | null>>;
}

/** The actual of every stored target of a metric, for the tree's bars. */
export function readTargetActuals(api: FormworkApi, appId: string, metric: string): Promise<TargetActualsView> {
  return api.client.request<TargetActualsView>(`/api/apps/${encodeURIComponent(appId)}/targets/actuals`, { query: { metric } });
}
