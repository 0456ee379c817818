import type { FormworkApi } from '../api/FormworkApi.js';

/** The app's targets settings (the server's `GET …/targets/settings`). */
export interface TargetSettingsView {
  /** How many times a target may change in its period after it is written; null: no limit. */
  readonly maxChangesPerPeriod: number | null;
}

const enc = encodeURIComponent;

/** The targets-settings calls of the targets page, over the app's API client: everyone reads, admins save. */
export function targetSettingsApi(api: FormworkApi, appId: string) {
  const path = `/api/apps/${enc(appId)}/targets/settings`;
  return {
    read: () => api.client.request<TargetSettingsView>(path),
    save: (settings: TargetSettingsView, reason: string) =>
      api.client.request<TargetSettingsView>(path, { method: 'PUT', body: { maxChangesPerPeriod: settings.maxChangesPerPeriod, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) } }),
  };
}
