import type { LocalizedText } from '../../engine/index.js';
import type { FormworkApi } from '../api/FormworkApi.js';

/** One claim of `…/targets/claims` (the server's TargetClaimView). */
export interface TargetClaimView {
  readonly id: string;
  readonly personId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly status: 'proposed' | 'approved' | 'returned' | 'confirmed';
  readonly proposed: number | null;
  readonly note: string | null;
  readonly approved: number | null;
  readonly decisionNote: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly confirmedAmount: number | null;
  readonly confirmedBy: string | null;
  readonly confirmedAt: string | null;
  readonly target: number | null;
  readonly confirmedCurrent: boolean;
}

/** A team's target beside its people's claims (the engine's compareClaims). */
export interface TeamClaimsView {
  readonly departmentId: string;
  readonly name: string;
  readonly summary: { readonly target: number; readonly proposedTotal: number; readonly approvedTotal: number; readonly gap: number; readonly proposedGap: number; readonly pending: readonly string[]; readonly unconfirmed: readonly string[]; readonly message: LocalizedText };
}

export interface TargetClaimsView {
  readonly period: string;
  readonly metric: string;
  readonly myTarget: number | null;
  readonly mine: TargetClaimView | null;
  readonly claims: readonly TargetClaimView[];
  readonly teams: readonly TeamClaimsView[];
}

const enc = encodeURIComponent;

/**
 * The target-claim calls of the targets page, over the app's API client. Every call answers the
 * claims as the caller now sees them, so the page shows what the server holds after each action.
 */
export function targetClaimsApi(api: FormworkApi, appId: string) {
  const base = `/api/apps/${enc(appId)}/targets/claims`;
  return {
    read: (period: string, metric: string) => api.client.request<TargetClaimsView>(base, { query: { period, metric } }),
    claim: (period: string, metric: string, proposed: number, note: string) =>
      api.client.request<TargetClaimsView>(base, { method: 'POST', body: { period, metric, proposed, ...(note.trim() === '' ? {} : { note: note.trim() }) } }),
    decide: (claimId: string, decision: 'approve' | 'return', amount: number | undefined, note: string) =>
      api.client.request<TargetClaimsView>(`${base}/${enc(claimId)}/decision`, {
        method: 'POST',
        body: { decision, ...(amount === undefined ? {} : { amount }), ...(note.trim() === '' ? {} : { note: note.trim() }) },
      }),
    confirm: (period: string, metric: string) => api.client.request<TargetClaimsView>(`${base}/confirm`, { method: 'POST', body: { period, metric } }),
  };
}
